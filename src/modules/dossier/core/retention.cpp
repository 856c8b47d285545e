#include "modules/dossier/core/retention.hpp"

namespace koers::core {

RetentionDates RetentionFor(int64_t left_at, int years) {
    // A year of 365.25 days, so leap years do not shorten the term.
    const int64_t erase_at = left_at + int64_t{years} * 31'557'600;
    return {erase_at - kRetentionWarning, erase_at};
}

std::optional<int> RetentionYears(int64_t years) {
    if (years < kMinRetentionYears || years > kMaxRetentionYears) return std::nullopt;
    return static_cast<int>(years);
}

}  // namespace koers::core
