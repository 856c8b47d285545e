#include "platform/storage/db/pool.hpp"

#include "platform/core/common/numbers.hpp"

namespace koers::storage {

const std::optional<std::string>& Row::Cell(std::string_view column) const {
    if (names_)
        for (size_t i = 0; i < names_->size() && i < cells_.size(); ++i)
            if ((*names_)[i] == column) return cells_[i];
    throw DbError("de query selecteert geen kolom " + std::string(column));
}

const std::string& Row::Text(std::string_view column) const {
    static const std::string kEmpty;
    const auto& c = Cell(column);
    return c ? *c : kEmpty;
}

int64_t Row::Int(std::string_view column) const { return OptInt(column).value_or(0); }

std::optional<int64_t> Row::OptInt(std::string_view column) const {
    const auto& c = Cell(column);
    if (!c) return std::nullopt;
    auto v = core::ParseInt(*c);
    if (!v) throw DbError("not an integer column value: " + *c);
    return v;
}

std::optional<Row> Connection::QueryOne(std::string_view sql, Params params) {
    auto rows = Query(sql, std::vector<Value>(params));
    if (rows.empty()) return std::nullopt;
    return std::move(rows.front());
}

int64_t Connection::InsertReturningId(std::string_view sql, Params params) {
    auto row = QueryOne(sql, params);
    if (!row) throw DbError("INSERT ... RETURNING returned no row");
    return row->Int("id");
}

Pool::Lease Pool::Acquire() {
    std::unique_lock lock(mu_);
    if (idle_.empty() && open_ >= size_) {
        ++waits_;
        cv_.wait(lock, [&] { return !idle_.empty() || open_ < size_; });
    }
    while (!idle_.empty()) {
        auto c = std::move(idle_.back());
        idle_.pop_back();
        if (!c->Healthy()) {  // the server went away since: close it, try the next one
            --open_;
            continue;
        }
        ++in_use_;
        return Lease(*this, std::move(c));
    }
    ++open_;
    ++in_use_;
    lock.unlock();
    try {
        return Lease(*this, factory_());
    } catch (...) {
        std::lock_guard relock(mu_);
        --open_;
        --in_use_;
        cv_.notify_one();
        throw;
    }
}

void Pool::Return(std::unique_ptr<Connection> c, bool broken) {
    std::lock_guard lock(mu_);
    --in_use_;
    if (broken || !c)
        --open_;
    else
        idle_.push_back(std::move(c));
    cv_.notify_one();
}

PoolStats Pool::Stats() const {
    std::lock_guard lock(mu_);
    return {size_, in_use_, waits_};
}

void PooledDatabase::With(const std::function<void(Connection&)>& fn) {
    auto lease = pool_.Acquire();
    fn(*lease);
}

void PooledDatabase::Transaction(const std::function<void(Connection&)>& fn) {
    auto lease = pool_.Acquire();
    RunTransaction(lease, fn);
}

void PooledDatabase::RunTransaction(Pool::Lease& lease,
                                    const std::function<void(Connection&)>& fn) {
    Connection& c = *lease;
    c.ExecScript(BeginSql());
    try {
        fn(c);
        c.ExecScript("COMMIT");
    } catch (...) {
        try {
            c.ExecScript("ROLLBACK");
        } catch (...) {
            lease.MarkBroken();
        }
        throw;
    }
}

}  // namespace koers::storage
