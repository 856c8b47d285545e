#include "platform/storage/rate_repo.hpp"

namespace koers::storage {

void RateRepo::Record(const std::string& bucket, const std::string& subject, int64_t now) {
    db_.With([&](Connection& c) {
        c.Execute("INSERT INTO rate_events (bucket, subject, at) VALUES (?, ?, ?)",
                  {bucket, subject, now});
    });
}

int RateRepo::Count(const std::string& bucket, const std::string& subject, int64_t since) {
    return db_.Use([&](Connection& c) {
        return static_cast<int>(
            c.QueryOne("SELECT COUNT(*) AS n FROM rate_events WHERE bucket = ? AND subject = ? "
                       "AND at >= ?",
                       {bucket, subject, since})
                ->Int("n"));
    });
}

int64_t RateRepo::Prune(int64_t before) {
    return db_.Use(
        [&](Connection& c) { return c.Execute("DELETE FROM rate_events WHERE at < ?", {before}); });
}

}  // namespace koers::storage
