#pragma once
// How long a leaver's loopbaandossier is kept (DOMAIN.md §6): the school's term, counted from the
// day the student left, 2 years unless the school chose otherwise (1 to 10). A month before the
// end the student is told, so they can download it; then it is erased completely.
#include <cstdint>
#include <optional>

namespace koers::core {

inline constexpr int kDefaultRetentionYears = 2;
inline constexpr int kMinRetentionYears = 1;
inline constexpr int kMaxRetentionYears = 10;
inline constexpr int64_t kRetentionWarning = int64_t{30} * 86400;

struct RetentionDates {
    int64_t warn_at = 0;   // the student is told from this moment on
    int64_t erase_at = 0;  // the dossier is erased from this moment on
};

// The dates for a student who left at `left_at`, with the school's term in years.
RetentionDates RetentionFor(int64_t left_at, int years);

// The term a school chose, when it lies in the allowed range.
std::optional<int> RetentionYears(int64_t years);

}  // namespace koers::core
