#pragma once
// The one integer parser of Koers: untrusted text (path parameters, query strings, form fields,
// command-line options) and stored text (database cells, file names) alike; and the one way to
// write a number with one decimal (chart coordinates, means).
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace koers::core {

// The decimal integer that is all of `text` (an optional '-' and digits; no spaces, no '+', no
// trailing characters), when it lies within [min, max]; nullopt otherwise. Never throws.
std::optional<int64_t> ParseInt(std::string_view text,
                                int64_t min = std::numeric_limits<int64_t>::min(),
                                int64_t max = std::numeric_limits<int64_t>::max());

// `v` with one decimal, as printf's "%.1f" writes it ("12.3", "-0.5"), without printf's cost
// (std::to_chars); a page draws hundreds of these.
std::string OneDecimal(double v);

}  // namespace koers::core
