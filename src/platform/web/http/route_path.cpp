#include "platform/web/http/route_path.hpp"

#include <cctype>

namespace koers::web {

std::string RoutePath::EncodeSegment(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    const bool dots_only = text.find_first_not_of('.') == std::string_view::npos;  // "", ".", ".."
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '~' || (c == '.' && !dots_only)) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

std::string RoutePath::Fill(const std::string* segments) const {
    const std::string_view p(pattern_);
    std::string out;
    out.reserve(p.size() + 16);
    for (size_t i = 0; i < p.size(); ++i) {
        if (p[i] != '{') {
            out += p[i];
            continue;
        }
        out += *segments++;
        i = p.find('}', i);
    }
    return out;
}

}  // namespace koers::web
