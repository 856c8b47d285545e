#pragma once
// The events behind rate limits (core/common/rate_limit.hpp). Thread-safe.
#include <cstdint>
#include <string>

#include "platform/storage/db/database.hpp"

namespace koers::storage {

class RateRepo {
public:
    explicit RateRepo(Database& db) : db_(db) {}
    void Record(const std::string& bucket, const std::string& subject, int64_t now);
    int Count(const std::string& bucket, const std::string& subject, int64_t since);
    int64_t Prune(int64_t before);

private:
    Database& db_;
};

}  // namespace koers::storage
