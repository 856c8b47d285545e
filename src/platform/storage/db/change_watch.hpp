#pragma once
// Keeping a copy in memory in step with rows that several koers processes change (the content
// catalogue, the opdrachtenbank): a save in this process updates the copy at once; saves by
// others are looked for at most a second after the last look, by asking for what changed since a
// few seconds before it (the clocks of several machines differ a little). One thread looks; the
// others that ask in the meantime go on with the copy as it is.
#include <atomic>
#include <cstdint>
#include <mutex>

#include "platform/core/common/environment.hpp"

namespace koers::storage {

// How old a copy in memory may be: a process sees another's save within this.
inline constexpr int64_t kMaxStaleMillis = 1000;

class ChangeWatch {
public:
    // A change is looked for this much longer than since the last look.
    static constexpr int64_t kOverlapSeconds = 5;

    explicit ChangeWatch(core::Clock& clock) : clock_(clock) {}

    // Everything was read just now (at start): the copy is current as of `started_ms`.
    void Loaded(int64_t started_ms) { synced_ms_ = started_ms; }

    // When the last look is a second old or more: `look(since)` with `since` in Unix seconds,
    // for the rows saved at or after it. The copy is then current as of when this look began.
    template <class Look>
    void LookIfDue(Look&& look) {
        if (clock_.NowMillis() - synced_ms_.load() < kMaxStaleMillis) return;
        std::lock_guard one(mu_);
        const int64_t started = clock_.NowMillis();
        const int64_t previous = synced_ms_.load();
        if (started - previous < kMaxStaleMillis) return;  // another thread just looked
        look(previous / 1000 - kOverlapSeconds);
        synced_ms_ = started;
    }

    // When the last look began (Unix milliseconds): the copy is current as of then.
    int64_t SyncedMillis() const { return synced_ms_.load(); }

private:
    core::Clock& clock_;
    std::mutex mu_;
    std::atomic<int64_t> synced_ms_{0};
};

}  // namespace koers::storage
