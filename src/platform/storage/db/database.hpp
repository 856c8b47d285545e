#pragma once
// The storage driver: one small interface over SQLite (sqlite3 C API) and PostgreSQL (libpq).
// Repositories write SQL once, in the subset both databases share, with '?' placeholders; the
// PostgreSQL driver numbers them. Values travel as text, 64-bit integers or bytes (Blob: BLOB
// in SQLite, BYTEA in PostgreSQL; read back with Row::Text, which then holds the raw bytes). See
// docs/decisions/0002-storage-driver.md for why this is not an ORM or SOCI.
//
// Thread-safety: a Database is shared by all threads; a Connection is used by one thread at a
// time (leased from the pool). Errors: DbError (ConstraintError for unique/foreign-key
// violations) is thrown; a transaction rolls back when its function throws.
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace koers::storage {

enum class Dialect { kSqlite, kPostgres };

// Raw bytes for a BLOB/BYTEA column (files); std::string is for text.
struct Blob {
    std::string bytes;
};

using Value = std::variant<std::nullptr_t, int64_t, std::string, Blob>;

// An optional text or integer as a Value (nullopt becomes NULL).
inline Value Opt(const std::optional<int64_t>& v) { return v ? Value(*v) : Value(nullptr); }
inline Value Opt(const std::optional<std::string>& v) { return v ? Value(*v) : Value(nullptr); }

class DbError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};
class ConstraintError : public DbError {
public:
    using DbError::DbError;
};

// The names of a result's columns, shared by its rows.
using ColumnNames = std::shared_ptr<const std::vector<std::string>>;

// One row of a result. A cell is read by the name the query gives its column: a plain column
// keeps its own name ("kind" for "r.kind"), anything else is named with AS ("COUNT(*) AS n"),
// in lower case (PostgreSQL folds unquoted names). There are no positions: a name the query did
// not select throws DbError, so a reader and its SELECT that drift apart fail every test that
// runs the query instead of quietly reading the wrong column.
class Row {
public:
    Row(ColumnNames names, std::vector<std::optional<std::string>> cells)
        : names_(std::move(names)), cells_(std::move(cells)) {}
    bool IsNull(std::string_view column) const { return !Cell(column).has_value(); }
    const std::string& Text(std::string_view column) const;  // "" for NULL
    int64_t Int(std::string_view column) const;              // 0 for NULL
    std::optional<int64_t> OptInt(std::string_view column) const;
    std::optional<std::string> OptText(std::string_view column) const { return Cell(column); }

    // A position would otherwise convert to a (null) name.
    bool IsNull(int) const = delete;
    const std::string& Text(int) const = delete;
    int64_t Int(int) const = delete;
    std::optional<int64_t> OptInt(int) const = delete;
    std::optional<std::string> OptText(int) const = delete;

private:
    const std::optional<std::string>& Cell(std::string_view column) const;

    ColumnNames names_;
    std::vector<std::optional<std::string>> cells_;
};

using Params = std::initializer_list<Value>;

class Connection {
public:
    virtual ~Connection() = default;
    virtual Dialect dialect() const = 0;
    // Runs one statement (prepared once per connection and reused) and returns its rows.
    virtual std::vector<Row> Query(std::string_view sql, const std::vector<Value>& params) = 0;
    // Runs one statement and returns the number of rows it changed.
    virtual int64_t Execute(std::string_view sql, const std::vector<Value>& params) = 0;
    // Runs several statements without parameters (migrations).
    virtual void ExecScript(std::string_view sql) = 0;
    // False once the link to the server is lost (a restarted PostgreSQL), checked without
    // blocking: the pool then closes the connection instead of lending it out again.
    virtual bool Healthy() { return true; }

    std::vector<Row> Query(std::string_view sql, Params params = {}) {
        return Query(sql, std::vector<Value>(params));
    }
    int64_t Execute(std::string_view sql, Params params = {}) {
        return Execute(sql, std::vector<Value>(params));
    }
    std::optional<Row> QueryOne(std::string_view sql, Params params = {});
    // For "INSERT ... RETURNING id" (the returned column is named id).
    int64_t InsertReturningId(std::string_view sql, Params params);
    // Appended to a SELECT in a transaction to hold its rows until the commit, so a check and
    // the write it guards cannot interleave with another's: " FOR UPDATE" on PostgreSQL; empty
    // on SQLite, whose transactions (BEGIN IMMEDIATE) already run one writer at a time.
    std::string_view ForUpdate() const {
        return dialect() == Dialect::kPostgres ? " FOR UPDATE" : "";
    }
};

struct PoolStats {
    int size = 0;
    int in_use = 0;
    int64_t waits = 0;  // leases that had to wait for a free connection
};

class Database {
public:
    virtual ~Database() = default;
    virtual Dialect dialect() const = 0;
    // "sqlite" or "postgresql".
    std::string_view Kind() const {
        return dialect() == Dialect::kSqlite ? "sqlite" : "postgresql";
    }
    // Runs `fn` with a pooled connection (auto-commit per statement).
    virtual void With(const std::function<void(Connection&)>& fn) = 0;
    // Runs `fn` inside one transaction; commits when it returns, rolls back when it throws.
    virtual void Transaction(const std::function<void(Connection&)>& fn) = 0;

    // With() for a function that returns a value: `auto n = db.Use([](Connection& c) {...});`
    template <class F>
    auto Use(F&& fn) -> std::invoke_result_t<F, Connection&> {
        std::optional<std::invoke_result_t<F, Connection&>> out;
        With([&](Connection& c) { out.emplace(fn(c)); });
        return std::move(*out);
    }
    virtual PoolStats Stats() const = 0;
    // See ReadScope. True when this database keeps this thread's reads together from now on;
    // a scope that is already open on this thread (or a database that does not) returns false.
    virtual bool EnterReadScope() { return false; }
    virtual void LeaveReadScope() noexcept {}
    // Takes a consistent online copy into `path` (SQLite only; PostgreSQL throws DbError).
    virtual void Backup(const std::string& path) = 0;
    // Replaces the whole database with the copy at `path` that Backup made, after checking
    // that copy's integrity (SQLite only; PostgreSQL throws DbError). Nothing changes when the
    // copy is damaged.
    virtual void Restore(const std::string& path) = 0;
};

// One request's reads in one snapshot. While a ReadScope lives on this thread, With() and
// Transaction() on `db` use one connection, and on SQLite its read-only statements share one read
// transaction: begun at the first of them, ended before any statement that writes (so a request
// reads what it wrote) and when the scope ends. Each SQLite statement outside a transaction
// otherwise locks and unlocks the database file and its WAL index on its own. PostgreSQL keeps a
// statement per round trip: BEGIN and COMMIT would cost two more, so there it does nothing.
// The router opens one around each request's handler (decision 0037).
class ReadScope {
public:
    explicit ReadScope(Database& db) : db_(db), held_(db.EnterReadScope()) {}
    ~ReadScope() {
        if (held_) db_.LeaveReadScope();
    }
    ReadScope(const ReadScope&) = delete;
    ReadScope& operator=(const ReadScope&) = delete;

private:
    Database& db_;
    const bool held_;
};

// Opens "postgresql://..." / "postgres://..." with libpq, anything else as a SQLite file path.
// `pool_size` connections are opened lazily. Throws DbError when the database cannot be opened.
std::unique_ptr<Database> OpenDatabase(const std::string& url, int pool_size);

}  // namespace koers::storage
