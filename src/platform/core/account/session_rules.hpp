#pragma once
// Session lifetime: a session ends after a period without requests (idle) and in any case a
// fixed time after sign-in (absolute). Last-seen is written at most once a minute.
#include <cstdint>

namespace koers::core {

struct SessionRules {
    int64_t idle_seconds = int64_t{2} * 3600;
    int64_t absolute_seconds = int64_t{12} * 3600;
    int64_t touch_interval_seconds = 60;
};

struct SessionTimes {
    int64_t created_at;
    int64_t last_seen_at;
};

inline bool SessionExpired(const SessionRules& r, const SessionTimes& s, int64_t now) {
    return now - s.last_seen_at > r.idle_seconds || now - s.created_at > r.absolute_seconds;
}

inline bool SessionNeedsTouch(const SessionRules& r, const SessionTimes& s, int64_t now) {
    return now - s.last_seen_at >= r.touch_interval_seconds;
}

}  // namespace koers::core
