#include "platform/core/common/numbers.hpp"

#include <charconv>

namespace koers::core {

std::optional<int64_t> ParseInt(std::string_view text, int64_t min, int64_t max) {
    int64_t value = 0;
    const char* end = text.data() + text.size();
    auto [stop, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || stop != end || value < min || value > max)
        return std::nullopt;
    return value;
}

std::string OneDecimal(double v) {
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 1);
    if (ec != std::errc()) return "0.0";  // beyond 1e60: no chart or mean gets there
    return std::string(buf, end);
}

}  // namespace koers::core
