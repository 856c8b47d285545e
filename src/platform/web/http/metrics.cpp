#include "platform/web/http/metrics.hpp"

#include <cstdio>

namespace koers::web {
namespace {

std::string MetricNumber(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

// Route patterns contain only path characters, but escape quotes and backslashes regardless.
std::string Label(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

}  // namespace

void Metrics::Record(std::string_view route, int status, double seconds) {
    std::lock_guard lock(mu_);
    auto it = routes_.find(route);
    if (it == routes_.end()) it = routes_.emplace(std::string(route), RouteStats{}).first;
    ++it->second.by_status[status];
    auto& h = it->second.latency;
    for (size_t i = 0; i < kBuckets.size(); ++i)
        if (seconds <= kBuckets[i]) ++h.buckets[i];
    ++h.count;
    h.sum += seconds;
}

std::string Metrics::Render(const storage::PoolStats& pool) const {
    std::lock_guard lock(mu_);
    std::string out;
    out += "# HELP koers_http_requests_total HTTP requests by route and status.\n";
    out += "# TYPE koers_http_requests_total counter\n";
    for (const auto& [route, stats] : routes_)
        for (const auto& [status, n] : stats.by_status)
            out += "koers_http_requests_total{route=\"" + Label(route) + "\",status=\"" +
                   std::to_string(status) + "\"} " + std::to_string(n) + "\n";
    out += "# HELP koers_http_request_duration_seconds Time to handle a request.\n";
    out += "# TYPE koers_http_request_duration_seconds histogram\n";
    for (const auto& [route, stats] : routes_) {
        const Histogram& h = stats.latency;
        std::string l = "route=\"" + Label(route) + "\"";
        for (size_t i = 0; i < kBuckets.size(); ++i)
            out += "koers_http_request_duration_seconds_bucket{" + l + ",le=\"" +
                   MetricNumber(kBuckets[i]) + "\"} " + std::to_string(h.buckets[i]) + "\n";
        out += "koers_http_request_duration_seconds_bucket{" + l + ",le=\"+Inf\"} " +
               std::to_string(h.count) + "\n";
        out += "koers_http_request_duration_seconds_sum{" + l + "} " + MetricNumber(h.sum) + "\n";
        out += "koers_http_request_duration_seconds_count{" + l + "} " + std::to_string(h.count) +
               "\n";
    }
    out += "# HELP koers_db_pool_connections Size of the database connection pool.\n";
    out += "# TYPE koers_db_pool_connections gauge\n";
    out += "koers_db_pool_connections " + std::to_string(pool.size) + "\n";
    out += "# HELP koers_db_pool_in_use Connections leased right now.\n";
    out += "# TYPE koers_db_pool_in_use gauge\n";
    out += "koers_db_pool_in_use " + std::to_string(pool.in_use) + "\n";
    out += "# HELP koers_db_pool_waits_total Leases that waited for a free connection.\n";
    out += "# TYPE koers_db_pool_waits_total counter\n";
    out += "koers_db_pool_waits_total " + std::to_string(pool.waits) + "\n";
    return out;
}

}  // namespace koers::web
