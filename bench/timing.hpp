#pragma once
// What the benchmark programs share: wall-clock time for the code under test, elapsed
// milliseconds and percentiles.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <vector>

#include "platform/core/common/environment.hpp"

namespace koers::bench {

using Clock = std::chrono::steady_clock;

// The real time, for the Services the benchmarks build.
class WallClock final : public core::Clock {
public:
    int64_t Now() const override {
        return std::chrono::duration_cast<std::chrono::seconds>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
    }
};

inline double Millis(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

// The p-th percentile (0..1) of the samples.
inline double Percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[static_cast<size_t>(p * static_cast<double>(v.size() - 1))];
}

}  // namespace koers::bench
