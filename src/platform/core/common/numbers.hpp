#pragma once
// The one integer parser of Koers: untrusted text (path parameters, query strings, form fields,
// command-line options) and stored text (database cells, file names) alike.
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>

namespace koers::core {

// The decimal integer that is all of `text` (an optional '-' and digits; no spaces, no '+', no
// trailing characters), when it lies within [min, max]; nullopt otherwise. Never throws.
std::optional<int64_t> ParseInt(std::string_view text,
                                int64_t min = std::numeric_limits<int64_t>::min(),
                                int64_t max = std::numeric_limits<int64_t>::max());

}  // namespace koers::core
