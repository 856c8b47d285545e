#pragma once
// The outside world as core sees it: time and randomness are injected so that rules and tests
// are deterministic (tests pass a ManualClock; the server passes the system clock).
#include <cstdint>
#include <string>

namespace koers::core {

class Clock {
public:
    virtual ~Clock() = default;
    // Seconds since the Unix epoch, UTC. Thread-safe.
    virtual int64_t Now() const = 0;
    // Milliseconds, for short intervals (caches). Thread-safe.
    virtual int64_t NowMillis() const { return Now() * 1000; }
};

class ManualClock final : public Clock {
public:
    explicit ManualClock(int64_t now) : now_ms_(now * 1000) {}
    int64_t Now() const override { return now_ms_ / 1000; }
    int64_t NowMillis() const override { return now_ms_; }
    void Advance(int64_t seconds) { now_ms_ += seconds * 1000; }
    void AdvanceMillis(int64_t ms) { now_ms_ += ms; }

private:
    int64_t now_ms_;
};

class Random {
public:
    virtual ~Random() = default;
    // A URL-safe random token carrying `bytes` bytes of entropy. Thread-safe.
    virtual std::string Token(size_t bytes) = 0;
};

}  // namespace koers::core
