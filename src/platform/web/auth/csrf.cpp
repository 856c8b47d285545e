#include "platform/web/auth/csrf.hpp"

#include "platform/web/auth/crypto.hpp"

namespace koers::web::auth {
namespace {

constexpr std::string_view kHex = "0123456789abcdef";

int HexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

}  // namespace

std::string MaskCsrf(std::string_view token, core::Random& random) {
    std::string mask = random.Token(token.size());
    mask.resize(token.size(), 'x');  // Token(n) carries n bytes of entropy in at least n chars
    std::string out = mask;
    out.reserve(token.size() * 3);
    for (size_t i = 0; i < token.size(); ++i) {
        const auto x = static_cast<unsigned char>(token[i] ^ mask[i]);
        out += kHex[x >> 4];
        out += kHex[x & 0x0f];
    }
    return out;
}

bool CsrfMatches(std::string_view sent, std::string_view token) {
    if (token.empty()) return false;
    if (sent.size() != token.size() * 3) return SafeEquals(sent, token);
    const std::string_view mask = sent.substr(0, token.size());
    const std::string_view hex = sent.substr(token.size());
    std::string unmasked(token.size(), '\0');
    bool valid = true;
    for (size_t i = 0; i < token.size(); ++i) {
        const int hi = HexValue(hex[2 * i]), lo = HexValue(hex[2 * i + 1]);
        valid = valid && hi >= 0 && lo >= 0;
        unmasked[i] = static_cast<char>(((hi & 0x0f) << 4 | (lo & 0x0f)) ^ mask[i]);
    }
    return SafeEquals(unmasked, token) && valid;
}

}  // namespace koers::web::auth
