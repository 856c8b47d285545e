#include "platform/web/http/route_path.hpp"

#include "platform/web/http/parse.hpp"

namespace koers::web {

std::string RoutePath::EncodeSegment(std::string_view text) {
    // "." and ".." would step within the path: their dots are encoded too.
    if (!text.empty() && text.find_first_not_of('.') == std::string_view::npos) {
        std::string dots;
        for (size_t i = 0; i < text.size(); ++i) dots += "%2E";
        return dots;
    }
    return UrlEncode(text, Slash::kEncode);
}

std::string RoutePath::Fill(const std::string* segments) const {
    const std::string_view p(pattern_);
    std::string out;
    out.reserve(p.size() + 16);
    size_t from = 0;  // the literal text between parameters goes in whole
    for (size_t open = p.find('{'); open != std::string_view::npos; open = p.find('{', from)) {
        out.append(p.substr(from, open - from));
        out.append(*segments++);
        from = p.find('}', open) + 1;
    }
    out.append(p.substr(from));
    return out;
}

}  // namespace koers::web
