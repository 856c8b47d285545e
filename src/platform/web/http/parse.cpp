#include "platform/web/http/parse.hpp"

#include <boost/url/parse.hpp>

#include "platform/core/common/numbers.hpp"

namespace koers::web {
namespace {

int Hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Decodes %XX and '+' (as space when `plus_is_space`). nullopt when an escape is broken.
std::optional<std::string> Decode(std::string_view s, bool plus_is_space) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c == '%') {
            if (i + 2 >= s.size()) return std::nullopt;
            int hi = Hex(s[i + 1]), lo = Hex(s[i + 2]);
            if (hi < 0 || lo < 0) return std::nullopt;
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
        } else if (c == '+' && plus_is_space) {
            out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace

std::optional<Pairs> ParseUrlEncoded(std::string_view text) {
    Pairs out;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('&', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view part = text.substr(start, end - start);
        if (!part.empty()) {
            size_t eq = part.find('=');
            auto key = Decode(part.substr(0, eq), true);
            auto value = eq == std::string_view::npos ? std::optional<std::string>("")
                                                      : Decode(part.substr(eq + 1), true);
            if (key && value && !key->empty()) {
                if (out.size() == kMaxFields) return std::nullopt;
                out.emplace_back(std::move(*key), std::move(*value));
            }
        }
        start = end + 1;
    }
    return out;
}

FieldIndex::FieldIndex(const Pairs& pairs) {
    by_name_.reserve(pairs.size());
    for (const auto& [name, value] : pairs) by_name_[name].push_back(&value);
}

const std::string* FieldIndex::First(std::string_view name) const {
    auto it = by_name_.find(name);
    return it == by_name_.end() ? nullptr : it->second.front();
}

std::vector<std::string> FieldIndex::All(std::string_view name) const {
    std::vector<std::string> out;
    if (auto it = by_name_.find(name); it != by_name_.end())
        for (const auto* value : it->second) out.push_back(*value);
    return out;
}

Target ParseTarget(std::string_view target) {
    Target t;
    auto parsed = boost::urls::parse_origin_form(target);
    if (!parsed) {
        t.path = "/";
        t.valid = false;
        return t;
    }
    auto path = Decode(parsed->encoded_path(), false);
    if (!path || path->empty() || path->find('\0') != std::string::npos) {
        t.path = "/";
        t.valid = false;
        return t;
    }
    t.path = std::move(*path);
    if (parsed->has_query()) {
        auto query = ParseUrlEncoded(parsed->encoded_query());
        if (!query) {
            t.valid = false;  // more fields than any page of Koers asks for
            return t;
        }
        t.query = std::move(*query);
    }
    return t;
}

Pairs ParseCookies(std::string_view header) {
    Pairs out;
    size_t start = 0;
    while (start < header.size()) {
        size_t end = header.find(';', start);
        if (end == std::string_view::npos) end = header.size();
        std::string_view part = header.substr(start, end - start);
        while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
        while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
        size_t eq = part.find('=');
        if (eq != std::string_view::npos && eq > 0)
            out.emplace_back(std::string(part.substr(0, eq)), std::string(part.substr(eq + 1)));
        start = end + 1;
    }
    return out;
}

std::optional<std::string> Find(const Pairs& pairs, std::string_view name) {
    for (const auto& [k, v] : pairs)
        if (k == name) return v;
    return std::nullopt;
}

std::vector<std::string> FindAll(const Pairs& pairs, std::string_view name) {
    std::vector<std::string> out;
    for (const auto& [k, v] : pairs)
        if (k == name) out.push_back(v);
    return out;
}

std::optional<int64_t> ParsePositiveId(std::string_view s) { return core::ParseInt(s, 1); }

std::string UrlEncode(std::string_view s, Slash slash) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                     c == '-' || c == '_' || c == '.' || c == '~' ||
                     (c == '/' && slash == Slash::kKeep);
        if (plain) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

std::string WithQuery(std::string_view path, const Pairs& pairs) {
    std::string out(path);
    char sep = '?';
    for (const auto& [key, value] : pairs) {
        if (value.empty()) continue;
        out += sep;
        out += UrlEncode(key);
        out += '=';
        out += UrlEncode(value);
        sep = '&';
    }
    return out;
}

}  // namespace koers::web
