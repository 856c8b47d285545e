// Fuzz target: parsers of untrusted request input (targets, query strings, form bodies,
// cookies, X-Forwarded-For). They must never crash or throw, whatever the bytes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "platform/web/http/client_limits.hpp"
#include "platform/web/http/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    auto target = koers::web::ParseTarget(in);
    if (target.valid && (target.path.empty() || target.path[0] != '/')) __builtin_trap();
    if (auto form = koers::web::ParseUrlEncoded(in)) {
        if (form->size() > koers::web::kMaxFields) __builtin_trap();
        for (const auto& [k, v] : *form)
            if (k.empty()) __builtin_trap();
    }
    koers::web::ParseCookies(in);
    // Behind a trusted proxy, the address believed is the peer's or one that parses as an IP
    // address: never the raw header.
    static const std::vector<std::string> kProxies{"127.0.0.1", "::1"};
    const std::string client = koers::web::ClientAddress("127.0.0.1", in, kProxies);
    if (client.size() > 64 || client.find_first_of(" ,;\r\n") != std::string::npos)
        __builtin_trap();
    // Encoding then parsing gives the original back.
    auto round = koers::web::ParseUrlEncoded("x=" + koers::web::UrlEncode(in));
    if (!round || round->size() != 1 || (*round)[0].second != in) __builtin_trap();
    return 0;
}
