#include "platform/web/http/beast_request.hpp"

#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <cstdio>

#include "platform/web/http/client_limits.hpp"

namespace koers::web {
namespace {

// Unique within a process and unlikely to repeat across restarts: the start time, then a count.
std::string RequestId() {
    static std::atomic<uint64_t> counter{0};
    static const uint64_t start =
        static_cast<uint64_t>(std::chrono::system_clock::now().time_since_epoch().count());
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08llx-%06llx",
                  static_cast<unsigned long long>(start & 0xffffffff),
                  static_cast<unsigned long long>(++counter));
    return buf;
}

}  // namespace

Request FromBeast(boost::beast::http::request<boost::beast::http::string_body>& request,
                  std::string_view peer, const std::vector<std::string>& trusted_proxies) {
    Request req;
    req.method = std::string(request.method_string());
    req.target = std::string(request.target());
    for (const auto& f : request) {
        std::string name(f.name_string());
        for (char& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        req.headers.emplace_back(std::move(name), std::string(f.value()));
    }
    req.body = std::move(request.body());
    req.remote_address =
        ClientAddress(peer, std::string_view(request["X-Forwarded-For"]), trusted_proxies);
    req.request_id = RequestId();
    return req;
}

}  // namespace koers::web
