// PostgreSQL driver over libpq: a pool of connections, each preparing a statement once and
// executing it by name afterwards. '?' placeholders are numbered $1, $2, ... here.
#include <libpq-fe.h>

#include <string>
#include <unordered_map>

#include "platform/core/common/numbers.hpp"
#include "platform/storage/db/pool.hpp"

namespace koers::storage {
namespace {

constexpr Oid kByteaOid = 17;

// BYTEA arrives in text results as "\\x" followed by hex digits.
std::string DecodeBytea(const char* p, int n) {
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return 0;
    };
    std::string out;
    if (n < 2 || p[0] != '\\' || p[1] != 'x') return std::string(p, n);
    out.reserve((n - 2) / 2);
    for (int i = 2; i + 1 < n; i += 2)
        out.push_back(static_cast<char>(nibble(p[i]) * 16 + nibble(p[i + 1])));
    return out;
}

std::string NumberPlaceholders(std::string_view sql) {
    std::string out;
    out.reserve(sql.size() + 16);
    int n = 0;
    bool in_string = false;
    for (char c : sql) {
        if (c == '\'') in_string = !in_string;
        if (c == '?' && !in_string) {
            out += '$';
            out += std::to_string(++n);
        } else {
            out += c;
        }
    }
    return out;
}

[[noreturn]] void PgFail(PGresult* res, PGconn* conn, std::string_view what) {
    const char* code = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
    std::string state = code ? code : "";
    std::string msg = std::string(what) + ": " + PQerrorMessage(conn);
    if (res) PQclear(res);
    if (state.rfind("23", 0) == 0) throw ConstraintError(msg);
    throw DbError(msg);
}

struct ResultGuard {
    PGresult* r;
    ~ResultGuard() { PQclear(r); }
};

class PgConnection final : public Connection {
public:
    explicit PgConnection(const std::string& url) : conn_(PQconnectdb(url.c_str())) {
        if (PQstatus(conn_) != CONNECTION_OK) {
            std::string msg = PQerrorMessage(conn_);
            PQfinish(conn_);
            throw DbError("kan PostgreSQL niet bereiken: " + msg);
        }
        ExecScript("SET client_min_messages = warning; SET TIME ZONE 'UTC'");
    }
    ~PgConnection() override { PQfinish(conn_); }
    // A server that went away sent a last FATAL message and closed the socket. Reading what is
    // there, without blocking, takes the message (libpq keeps it as a notice) and then the end
    // of the stream, which turns the status bad; a live idle connection has nothing to read.
    bool Healthy() override {
        for (int read = 0; read < 2 && PQstatus(conn_) == CONNECTION_OK; ++read)
            if (PQconsumeInput(conn_) == 0) break;
        return PQstatus(conn_) == CONNECTION_OK;
    }

    Dialect dialect() const override { return Dialect::kPostgres; }

    std::vector<Row> Query(std::string_view sql, const std::vector<Value>& params) override {
        PGresult* res = Run(sql, params);
        ResultGuard guard{res};
        int n = PQntuples(res), cols = PQnfields(res);
        auto names = std::make_shared<std::vector<std::string>>();
        names->reserve(cols);
        for (int c = 0; c < cols; ++c) names->emplace_back(PQfname(res, c));
        std::vector<Row> rows;
        rows.reserve(n);
        for (int r = 0; r < n; ++r) {
            std::vector<std::optional<std::string>> cells;
            cells.reserve(cols);
            for (int c = 0; c < cols; ++c) {
                if (PQgetisnull(res, r, c))
                    cells.emplace_back(std::nullopt);
                else if (PQftype(res, c) == kByteaOid)
                    cells.emplace_back(DecodeBytea(PQgetvalue(res, r, c), PQgetlength(res, r, c)));
                else
                    cells.emplace_back(std::string(PQgetvalue(res, r, c), PQgetlength(res, r, c)));
            }
            rows.emplace_back(names, std::move(cells));
        }
        return rows;
    }

    int64_t Execute(std::string_view sql, const std::vector<Value>& params) override {
        PGresult* res = Run(sql, params);
        ResultGuard guard{res};
        const char* n = PQcmdTuples(res);
        return n ? core::ParseInt(n).value_or(0) : 0;
    }

    void ExecScript(std::string_view sql) override {
        std::string s(sql);
        PGresult* res = PQexec(conn_, s.c_str());
        auto st = PQresultStatus(res);
        if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) PgFail(res, conn_, "script");
        PQclear(res);
    }

private:
    PGresult* Run(std::string_view sql, const std::vector<Value>& params) {
        auto it = names_.find(sql);
        if (it == names_.end()) {
            std::string name = "k" + std::to_string(names_.size() + 1);
            std::string numbered = NumberPlaceholders(sql);
            PGresult* res = PQprepare(conn_, name.c_str(), numbered.c_str(), 0, nullptr);
            if (PQresultStatus(res) != PGRES_COMMAND_OK) PgFail(res, conn_, "prepare");
            PQclear(res);
            it = names_.emplace(std::string(sql), std::move(name)).first;
        }
        std::vector<std::string> text(params.size());
        std::vector<const char*> values(params.size());
        std::vector<int> lengths(params.size(), 0);
        std::vector<int> formats(params.size(), 0);  // 0 = text, 1 = binary (blobs)
        for (size_t i = 0; i < params.size(); ++i) {
            if (std::holds_alternative<std::nullptr_t>(params[i])) {
                values[i] = nullptr;
                continue;
            }
            if (auto* v = std::get_if<int64_t>(&params[i])) {
                text[i] = std::to_string(*v);
            } else if (auto* b = std::get_if<Blob>(&params[i])) {
                values[i] = b->bytes.data();
                lengths[i] = static_cast<int>(b->bytes.size());
                formats[i] = 1;
                continue;
            } else {
                text[i] = std::get<std::string>(params[i]);
            }
            values[i] = text[i].c_str();
        }
        PGresult* res = PQexecPrepared(conn_, it->second.c_str(), static_cast<int>(values.size()),
                                       values.data(), lengths.data(), formats.data(), 0);
        auto st = PQresultStatus(res);
        if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) PgFail(res, conn_, "query");
        return res;
    }

    PGconn* conn_;
    StatementCache<std::string> names_;
};

class PgDatabase final : public PooledDatabase {
public:
    PgDatabase(const std::string& url, int pool_size)
        : PooledDatabase(pool_size, [url] { return std::make_unique<PgConnection>(url); }) {
        With([](Connection&) {});
    }
    Dialect dialect() const override { return Dialect::kPostgres; }
    void Backup(const std::string&) override {
        throw DbError(
            "koers backup werkt alleen voor SQLite. Gebruik voor PostgreSQL pg_dump, "
            "bijvoorbeeld: pg_dump --format=custom --file=koers.dump <database-url>");
    }
    void Restore(const std::string&) override {
        throw DbError(
            "koers restore werkt alleen voor SQLite. Gebruik voor PostgreSQL pg_restore, "
            "bijvoorbeeld: pg_restore --clean --if-exists --dbname=<database-url> koers.dump");
    }

protected:
    std::string_view BeginSql() const override { return "BEGIN"; }
};

}  // namespace

std::unique_ptr<Database> OpenPostgres(const std::string& url, int pool_size) {
    return std::make_unique<PgDatabase>(url, pool_size);
}

}  // namespace koers::storage
