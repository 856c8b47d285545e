// SQLite driver: WAL journal, foreign keys on, busy timeout, statements prepared once per
// connection, koers_fold() (db/fold_function.hpp). One connection per pool slot; WAL lets readers
// run beside the single writer.
#include <sqlite3.h>

#include <string>
#include <unordered_map>

#include "platform/core/common/fold.hpp"
#include "platform/storage/db/pool.hpp"

namespace koers::storage {
namespace {

[[noreturn]] void SqliteFail(sqlite3* db, int rc, std::string_view what) {
    std::string msg = std::string(what) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    if ((rc & 0xff) == SQLITE_CONSTRAINT) throw ConstraintError(msg);
    throw DbError(msg);
}

// koers_fold(text): core::FoldForSearch; NULL stays NULL.
void Fold(sqlite3_context* context, int /*argc*/, sqlite3_value** argv) {
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return sqlite3_result_null(context);
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    if (text == nullptr) return sqlite3_result_error_nomem(context);
    const auto bytes = static_cast<size_t>(sqlite3_value_bytes(argv[0]));
    const std::string folded = core::FoldForSearch(std::string_view(text, bytes));
    sqlite3_result_text(context, folded.data(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

class SqliteConnection final : public Connection {
public:
    explicit SqliteConnection(const std::string& path) {
        int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
        int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
        if (rc != SQLITE_OK) {
            std::string msg = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
            sqlite3_close(db_);
            throw DbError("kan SQLite-database '" + path + "' niet openen: " + msg);
        }
        sqlite3_busy_timeout(db_, 5000);
        sqlite3_extended_result_codes(db_, 1);
        ExecScript("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;");
        rc = sqlite3_create_function_v2(db_, "koers_fold", 1,
                                        SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                        nullptr, Fold, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK) SqliteFail(db_, rc, "koers_fold");
    }
    ~SqliteConnection() override {
        for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
        sqlite3_close(db_);
    }

    Dialect dialect() const override { return Dialect::kSqlite; }

    std::vector<Row> Query(std::string_view sql, const std::vector<Value>& params) override {
        sqlite3_stmt* stmt = Prepare(sql, params);
        BeforeStep(stmt);
        std::vector<Row> rows;
        int cols = sqlite3_column_count(stmt);
        auto names = std::make_shared<std::vector<std::string>>();
        names->reserve(cols);
        for (int i = 0; i < cols; ++i) names->emplace_back(sqlite3_column_name(stmt, i));
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            std::vector<std::optional<std::string>> cells;
            cells.reserve(cols);
            for (int i = 0; i < cols; ++i) {
                if (sqlite3_column_type(stmt, i) == SQLITE_NULL) {
                    cells.emplace_back(std::nullopt);
                } else {
                    auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
                    cells.emplace_back(std::string(p, sqlite3_column_bytes(stmt, i)));
                }
            }
            rows.emplace_back(names, std::move(cells));
        }
        sqlite3_reset(stmt);
        if (rc != SQLITE_DONE) SqliteFail(db_, rc, "query");
        return rows;
    }

    int64_t Execute(std::string_view sql, const std::vector<Value>& params) override {
        sqlite3_stmt* stmt = Prepare(sql, params);
        BeforeStep(stmt);
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        }
        sqlite3_reset(stmt);
        if (rc != SQLITE_DONE) SqliteFail(db_, rc, "execute");
        return sqlite3_changes64(db_);
    }

    void ExecScript(std::string_view sql) override {
        EndRead();  // a script begins, ends or changes: never inside a scope's read transaction
        char* err = nullptr;
        std::string s(sql);
        int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
        if (rc != SQLITE_OK) {
            std::string msg = err ? err : sqlite3_errstr(rc);
            sqlite3_free(err);
            if ((rc & 0xff) == SQLITE_CONSTRAINT) throw ConstraintError(msg);
            throw DbError(msg);
        }
    }

    sqlite3* handle() { return db_; }

    // In a ReadScope (see database.hpp): read-only statements outside a transaction share one
    // read transaction until something writes or the scope ends. Ending it throws DbError.
    void KeepReadsTogether(bool on) {
        if (!on) EndRead();
        scoped_ = on;
    }

private:
    void BeforeStep(sqlite3_stmt* stmt) {
        if (!scoped_) return;
        if (!sqlite3_stmt_readonly(stmt)) {
            EndRead();
        } else if (!reading_ && sqlite3_get_autocommit(db_)) {
            Run("BEGIN");
            reading_ = true;
        }
    }
    void EndRead() {
        if (!reading_) return;
        reading_ = false;
        Run("COMMIT");
    }
    // A statement without parameters or rows (BEGIN, COMMIT), prepared once.
    void Run(std::string_view sql) {
        sqlite3_stmt* stmt = Prepare(sql, {});
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        if (rc != SQLITE_DONE) SqliteFail(db_, rc, sql);
    }

    sqlite3_stmt* Prepare(std::string_view sql, const std::vector<Value>& params) {
        auto it = cache_.find(sql);
        sqlite3_stmt* stmt = nullptr;
        if (it == cache_.end()) {
            int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                        SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
            if (rc != SQLITE_OK) SqliteFail(db_, rc, "prepare");
            cache_.emplace(std::string(sql), stmt);
        } else {
            stmt = it->second;
        }
        sqlite3_clear_bindings(stmt);
        if (static_cast<int>(params.size()) != sqlite3_bind_parameter_count(stmt))
            throw DbError("wrong number of parameters for: " + std::string(sql));
        for (size_t i = 0; i < params.size(); ++i) {
            int idx = static_cast<int>(i) + 1;
            int rc = std::visit(
                [&](const auto& v) -> int {
                    using T = std::decay_t<decltype(v)>;
                    if constexpr (std::is_same_v<T, std::nullptr_t>)
                        return sqlite3_bind_null(stmt, idx);
                    else if constexpr (std::is_same_v<T, int64_t>)
                        return sqlite3_bind_int64(stmt, idx, v);
                    else if constexpr (std::is_same_v<T, Blob>)
                        return sqlite3_bind_blob64(stmt, idx, v.bytes.data(), v.bytes.size(),
                                                   SQLITE_TRANSIENT);
                    else
                        return sqlite3_bind_text(stmt, idx, v.data(), static_cast<int>(v.size()),
                                                 SQLITE_TRANSIENT);
                },
                params[i]);
            if (rc != SQLITE_OK) SqliteFail(db_, rc, "bind");
        }
        return stmt;
    }

    sqlite3* db_ = nullptr;
    StatementCache<sqlite3_stmt*> cache_;
    bool scoped_ = false;   // in a ReadScope
    bool reading_ = false;  // in the scope's read transaction
};

class SqliteDatabase final : public PooledDatabase {
public:
    SqliteDatabase(const std::string& path, int pool_size)
        : PooledDatabase(pool_size, [path] { return std::make_unique<SqliteConnection>(path); }) {
        // Open one connection now so a bad path fails at start-up, not at the first request.
        With([](Connection&) {});
    }
    Dialect dialect() const override { return Dialect::kSqlite; }

    void With(const std::function<void(Connection&)>& fn) override {
        if (Scope* scope = ScopeOf(this)) return fn(scope->Connection(pool_));
        PooledDatabase::With(fn);
    }
    void Transaction(const std::function<void(Connection&)>& fn) override {
        if (Scope* scope = ScopeOf(this)) {
            scope->Connection(pool_);
            return RunTransaction(*scope->lease, fn);
        }
        PooledDatabase::Transaction(fn);
    }
    bool EnterReadScope() override {
        if (tls_scope.db != nullptr) return false;
        tls_scope.db = this;
        return true;
    }
    void LeaveReadScope() noexcept override {
        if (tls_scope.lease) {
            try {
                static_cast<SqliteConnection&>(**tls_scope.lease).KeepReadsTogether(false);
            } catch (...) {
                tls_scope.lease->MarkBroken();
            }
        }
        tls_scope = {};
    }

    void Backup(const std::string& path) override {
        auto lease = pool_.Acquire();
        OtherFile dest(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        Copy(static_cast<SqliteConnection&>(*lease).handle(), dest.db, "back-up");
    }

    void Restore(const std::string& path) override {
        // Read-write without create: a missing file is an error, and SQLite falls back to
        // read-only for a write-protected one (a WAL file cannot always be opened read-only).
        OtherFile src(path, SQLITE_OPEN_READWRITE);
        RequireIntact(src.db);
        auto lease = pool_.Acquire();
        Copy(src.db, static_cast<SqliteConnection&>(*lease).handle(), "terugzetten");
    }

protected:
    std::string_view BeginSql() const override { return "BEGIN IMMEDIATE"; }

private:
    // This thread's ReadScope: the database it is for, and the connection it leased at its first
    // use (returned to the pool when the scope ends).
    struct Scope {
        SqliteDatabase* db = nullptr;
        std::unique_ptr<Pool::Lease> lease;
        SqliteConnection& Connection(Pool& pool) {
            if (!lease) {
                lease.reset(new Pool::Lease(pool.Acquire()));
                static_cast<SqliteConnection&>(**lease).KeepReadsTogether(true);
            }
            return static_cast<SqliteConnection&>(**lease);
        }
    };
    static thread_local Scope tls_scope;
    static Scope* ScopeOf(const SqliteDatabase* db) {
        return tls_scope.db == db ? &tls_scope : nullptr;
    }

    // A backup file, open for as long as this lives.
    struct OtherFile {
        OtherFile(const std::string& path, int flags) {
            if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
                std::string msg = sqlite3_errmsg(db);
                sqlite3_close(db);
                throw DbError("kan back-upbestand '" + path + "' niet openen: " + msg);
            }
        }
        ~OtherFile() { sqlite3_close(db); }
        OtherFile(const OtherFile&) = delete;
        OtherFile& operator=(const OtherFile&) = delete;
        sqlite3* db = nullptr;
    };

    // Copies every page of `from` into `to` in one step: a consistent snapshot of `from`, and
    // `to` changes completely or not at all.
    static void Copy(sqlite3* from, sqlite3* to, std::string_view what) {
        sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
        const int rc = b ? sqlite3_backup_step(b, -1) : sqlite3_errcode(to);
        if (b) sqlite3_backup_finish(b);
        if (rc != SQLITE_DONE) throw DbError(std::string(what) + " mislukt: " + sqlite3_errmsg(to));
    }

    // A Koers backup: SQLite's own integrity check passes and the schema is Koers's.
    static void RequireIntact(sqlite3* db) {
        auto first = [db](const char* sql) -> std::string {
            sqlite3_stmt* st = nullptr;
            std::string out;
            if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK &&
                sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
                out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
            sqlite3_finalize(st);
            return out;
        };
        if (first("PRAGMA integrity_check") != "ok")
            throw DbError("het back-upbestand is beschadigd of geen SQLite-database");
        if (first("SELECT name FROM sqlite_master WHERE name = 'schema_versions'").empty())
            throw DbError("het back-upbestand is geen back-up van Koers");
    }
};

thread_local SqliteDatabase::Scope SqliteDatabase::tls_scope;

}  // namespace

std::unique_ptr<Database> OpenSqlite(const std::string& path, int pool_size) {
    return std::make_unique<SqliteDatabase>(path, pool_size);
}

}  // namespace koers::storage
