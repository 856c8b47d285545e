#pragma once
// Login throttling rule. Failed attempts are counted per account (the e-mail address typed,
// whether or not it exists) and per client address, over a sliding window; the counts come from
// the database so the limit holds across koers processes.
#include <cstdint>

namespace koers::core {

struct ThrottleRule {
    int64_t window_seconds = int64_t{15} * 60;
    int max_per_account = 5;
    int max_per_address = 30;
};

// True when another attempt must be refused.
inline bool IsThrottled(const ThrottleRule& rule, int account_failures, int address_failures) {
    return account_failures >= rule.max_per_account || address_failures >= rule.max_per_address;
}

}  // namespace koers::core
