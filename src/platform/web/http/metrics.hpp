#pragma once
// Request metrics for Prometheus: requests by route and status, a latency histogram per route,
// and database pool use. Per process (Prometheus scrapes every node). Thread-safe.
#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>

#include "platform/storage/db/database.hpp"

namespace koers::web {

class Metrics {
public:
    static constexpr std::array<double, 10> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025,
                                                        0.05,  0.1,    0.25,  0.5,  1.0};

    void Record(std::string_view route, int status, double seconds);
    // Prometheus text exposition format 0.0.4.
    std::string Render(const storage::PoolStats& pool) const;

private:
    struct Histogram {
        std::array<uint64_t, kBuckets.size()> buckets{};
        uint64_t count = 0;
        double sum = 0;
    };
    mutable std::mutex mu_;
    struct RouteStats {
        std::map<int, uint64_t> by_status;
        Histogram latency;
    };
    std::map<std::string, RouteStats, std::less<>> routes_;
};

}  // namespace koers::web
