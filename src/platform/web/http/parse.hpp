#pragma once
// Parsers for untrusted input: request targets, query strings, form bodies and cookies.
// They never throw on malformed input; what cannot be decoded is dropped. Fuzzed in fuzz/.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "platform/web/http/message.hpp"

namespace koers::web {

struct Target {
    std::string path;  // percent-decoded; "/" when the target is unusable
    Pairs query;
    bool valid = true;  // false when the target was malformed
};

Target ParseTarget(std::string_view target);
// application/x-www-form-urlencoded, as in query strings and form posts.
Pairs ParseUrlEncoded(std::string_view text);
// A Cookie header: "a=1; b=2".
Pairs ParseCookies(std::string_view header);
// The first value for `name`, if any.
std::optional<std::string> Find(const Pairs& pairs, std::string_view name);
// Every value for `name` (checkbox groups).
std::vector<std::string> FindAll(const Pairs& pairs, std::string_view name);
// A positive decimal id ("12"); nullopt for anything else (signs, spaces, overflow, "").
std::optional<int64_t> ParsePositiveId(std::string_view s);
// Percent-encodes for use in a query string value.
std::string UrlEncode(std::string_view s);

}  // namespace koers::web
