#pragma once
// Login throttling rule. Failed attempts are counted over a sliding window, from the database so
// the limit holds across koers processes:
// - per account (the e-mail address typed, whether or not it exists) and client address pair:
//   five wrong passwords stop that pair, not the account, so someone guessing from elsewhere
//   cannot lock the real person out;
// - per client address, over all accounts (one machine trying many accounts);
// - per account over all addresses, with a limit high enough that locking someone out takes
//   guesses from many machines (distributed guessing still stops).
#include <cstdint>

namespace koers::core {

struct ThrottleRule {
    int64_t window_seconds = int64_t{15} * 60;
    int max_per_pair = 5;
    int max_per_address = 30;
    int max_per_account = 100;
};

struct FailureCounts {
    int pair = 0;     // this account from this address
    int address = 0;  // any account from this address
    int account = 0;  // this account from any address
};

// True when another attempt must be refused.
inline bool IsThrottled(const ThrottleRule& rule, const FailureCounts& failures) {
    return failures.pair >= rule.max_per_pair || failures.address >= rule.max_per_address ||
           failures.account >= rule.max_per_account;
}

}  // namespace koers::core
