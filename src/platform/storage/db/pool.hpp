#pragma once
// A fixed-size connection pool shared by both drivers. Connections are created on first need
// by `factory`; Lease() blocks until one is free.
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "platform/storage/db/database.hpp"

namespace koers::storage {

// Heterogeneous hashing so a statement cache is searched by string_view, without allocating.
struct SqlHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <class V>
using StatementCache = std::unordered_map<std::string, V, SqlHash, std::equal_to<>>;

class Pool {
public:
    using Factory = std::function<std::unique_ptr<Connection>()>;
    Pool(int size, Factory factory) : size_(size), factory_(std::move(factory)) {}

    class Lease {
    public:
        Lease(Pool& pool, std::unique_ptr<Connection> c) : pool_(pool), conn_(std::move(c)) {}
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        ~Lease() { pool_.Return(std::move(conn_), broken_); }
        Connection& operator*() { return *conn_; }
        // A connection whose state is unknown (failed rollback) is closed, not reused.
        void MarkBroken() { broken_ = true; }

    private:
        Pool& pool_;
        std::unique_ptr<Connection> conn_;
        bool broken_ = false;
    };

    Lease Acquire();
    PoolStats Stats() const;

private:
    void Return(std::unique_ptr<Connection> c, bool broken);

    const int size_;
    Factory factory_;
    mutable std::mutex mu_;
    std::condition_variable cv_;
    std::vector<std::unique_ptr<Connection>> idle_;
    int open_ = 0;
    int in_use_ = 0;
    int64_t waits_ = 0;
};

// Shared transaction/With logic over a Pool, for both drivers.
class PooledDatabase : public Database {
public:
    PooledDatabase(int size, Pool::Factory f) : pool_(size, std::move(f)) {}
    void With(const std::function<void(Connection&)>& fn) override;
    void Transaction(const std::function<void(Connection&)>& fn) override;
    PoolStats Stats() const override { return pool_.Stats(); }

protected:
    virtual std::string_view BeginSql() const = 0;
    // Runs `fn` in a transaction on the leased connection: commits when it returns, rolls back
    // when it throws (and closes the connection when even that fails).
    void RunTransaction(Pool::Lease& lease, const std::function<void(Connection&)>& fn);
    Pool pool_;
};

}  // namespace koers::storage
