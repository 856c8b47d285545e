#pragma once
// Parsers for untrusted input: request targets, query strings, form bodies and cookies.
// They never throw on malformed input; what cannot be decoded is dropped. Fuzzed in fuzz/.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "platform/web/http/message.hpp"

namespace koers::web {

struct Target {
    std::string path;  // percent-decoded; "/" when the target is unusable
    Pairs query;
    bool valid = true;  // false when the target was malformed
};

Target ParseTarget(std::string_view target);
// More fields than this in one form body or query string are refused before any handler sees
// them: no page of Koers posts more than a few hundred, and each field costs work.
inline constexpr size_t kMaxFields = 1000;

// application/x-www-form-urlencoded, as in query strings and form posts; nullopt when it holds
// more than kMaxFields fields.
std::optional<Pairs> ParseUrlEncoded(std::string_view text);
// A Cookie header: "a=1; b=2".
Pairs ParseCookies(std::string_view header);
// The first value for `name`, if any (a linear search: for a request's form, use Ctx::Field).
std::optional<std::string> Find(const Pairs& pairs, std::string_view name);
// Every value for `name` (checkbox groups).
std::vector<std::string> FindAll(const Pairs& pairs, std::string_view name);
// The fields of a form by name, for lookups in constant time. Built over pairs that then stay
// unchanged (it points into them).
class FieldIndex {
public:
    explicit FieldIndex(const Pairs& pairs);
    // The first value of `name`, or nullptr.
    const std::string* First(std::string_view name) const;
    // Every value of `name`, in the order they were posted (checkbox groups).
    std::vector<std::string> All(std::string_view name) const;

private:
    std::unordered_map<std::string_view, std::vector<const std::string*>> by_name_;
};

// A positive decimal id ("12"); nullopt for anything else (signs, spaces, overflow, "").
std::optional<int64_t> ParsePositiveId(std::string_view s);
// Percent-encodes all but letters, digits and -_.~: for a query string value, where a '/' may
// stay as it is (a local path in ?terug=), or for one path segment, where it may not.
enum class Slash { kKeep, kEncode };
std::string UrlEncode(std::string_view s, Slash slash = Slash::kKeep);
// `path` with the pairs that have a value as its query string, in their order
// ("/kennisbank?q=loopbaan&sector=vo"); `path` alone when none has.
std::string WithQuery(std::string_view path, const Pairs& pairs);

}  // namespace koers::web
