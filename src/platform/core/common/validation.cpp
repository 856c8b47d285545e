#include "platform/core/common/validation.hpp"

#include <cstdint>

namespace koers::core {

std::string Trim(std::string_view s) {
    auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return std::string(s);
}

std::string CheckedText(std::string_view raw, const TextRule& rule, Validation& v) {
    std::string s = Trim(raw);
    const std::string field(rule.field), label(rule.label);
    if (s.empty()) {
        if (rule.required) v.Add(field, "Vul " + label + " in.");
    } else if (s.size() > rule.max) {
        v.Add(field,
              "Maak " + label + " korter (hoogstens " + std::to_string(rule.max) + " tekens).");
    } else if (!IsCleanText(s, rule.lines)) {
        v.Add(field, "In " + label + " staan tekens die niet kunnen.");
    }
    return s;
}

std::string DutchList(std::span<const std::string> items) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i)
        out += (i == 0 ? "" : i + 1 == items.size() ? " en " : ", ") + items[i];
    return out;
}

std::string AsciiLower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string AsciiUpper(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

bool IsCleanText(std::string_view s, bool allow_newlines) {
    size_t i = 0;
    while (i < s.size()) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            bool newline_ok = allow_newlines && (c == '\n' || c == '\r' || c == '\t');
            if ((c < 0x20 && !newline_ok) || c == 0x7f) return false;
            ++i;
            continue;
        }
        int len = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
        if (len == 0 || i + len > s.size()) return false;
        uint32_t cp = c & (0xff >> (len + 1));
        for (int k = 1; k < len; ++k) {
            auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc >> 6) != 0x2) return false;
            cp = (cp << 6) | (cc & 0x3f);
        }
        bool overlong =
            (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
        if (cp >= 0x80 && cp < 0xa0) return false;  // C1 controls
        i += len;
    }
    return true;
}

bool LooksLikeEmail(std::string_view s) {
    if (s.size() < 5 || s.size() > 254 || !IsCleanText(s, false)) return false;
    auto at = s.find('@');
    if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos)
        return false;
    auto domain = s.substr(at + 1);
    auto dot = domain.find('.');
    if (dot == std::string_view::npos || dot == 0 || domain.back() == '.') return false;
    for (char c : s)
        if (c == ' ' || c == ',' || c == ';' || c == '<' || c == '>') return false;
    return true;
}

}  // namespace koers::core
