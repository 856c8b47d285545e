#pragma once
// A rate limit: at most `max` events per `window_seconds` of one kind (`bucket`) for one
// subject (a client address, an account). Counted from the database, so a limit holds across
// koers processes. A rule may have several windows, e.g. a burst per minute and a total per hour.
#include <cstdint>
#include <span>

namespace koers::core {

struct RateWindow {
    int max = 0;
    int64_t seconds = 0;
};

// Events older than this are pruned: no window may be longer.
inline constexpr int64_t kLongestRateWindow = int64_t{24} * 3600;

// True when one more event would exceed a window; `counted(seconds)` gives the subject's events
// in the last `seconds`.
template <class Count>
bool RateExceeded(std::span<const RateWindow> windows, Count&& counted) {
    for (const RateWindow& w : windows)
        if (counted(w.seconds) >= w.max) return true;
    return false;
}

}  // namespace koers::core
