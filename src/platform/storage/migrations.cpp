#include "platform/storage/migrations.hpp"

#include <algorithm>
#include <map>
#include <string_view>

#include "platform/core/common/embedded.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/storage/db/fold_function.hpp"

namespace koers::storage::platform_migrations {
const std::vector<koers::EmbeddedFile>& Files();  // generated from migrations/*.sql
}

namespace koers::storage {
namespace {

// Before module keys, schema_migrations counted one global version. What each of those versions
// applied, in module keys (version 4 held both the team memberships and the quality cycle).
struct Legacy {
    int64_t version;
    std::string_view module;
    int64_t module_version;
};
constexpr Legacy kLegacy[] = {
    {1, "platform", 1}, {2, "content", 1}, {3, "scan", 1}, {4, "platform", 2}, {4, "quality", 1}};
// Recorded in schema_migrations once schema_versions rules, so that a release from before module
// keys refuses this database ("newer than this koers knows") instead of touching it.
constexpr int64_t kLegacySentinel = 1000;

struct Migration {
    std::string module;
    int64_t version;
    std::string name;
    std::string_view sql;
};

// The platform first, then the modules in the order given: a module's tables may refer to those
// before it.
std::vector<ModuleSchema> InOrder(std::span<const ModuleSchema> modules) {
    std::vector<ModuleSchema> out{{"platform", platform_migrations::Files}};
    out.insert(out.end(), modules.begin(), modules.end());
    return out;
}

// Every migration, "<module>-<NNNN>-<what>.sql", in the order they are applied.
std::vector<Migration> Known(std::span<const ModuleSchema> modules) {
    std::vector<Migration> out;
    for (const auto& schema : InOrder(modules)) {
        if (!schema.migrations) continue;
        std::vector<Migration> own;
        for (const auto& f : schema.migrations()) {
            const std::string name(f.name);
            const size_t dash = name.find('-');
            const auto version = dash == std::string::npos
                                     ? std::nullopt
                                     : core::ParseInt(name.substr(dash + 1, 4), 1);
            if (!version || name.substr(0, dash) != schema.module)
                throw std::logic_error("migration name is not " + std::string(schema.module) +
                                       "-<NNNN>-<what>.sql: " + name);
            own.push_back({std::string(schema.module), *version, name, f.content});
        }
        std::sort(own.begin(), own.end(),
                  [](const Migration& a, const Migration& b) { return a.version < b.version; });
        out.insert(out.end(), own.begin(), own.end());
    }
    return out;
}

std::map<std::string, int64_t> Recorded(Connection& c) {
    std::map<std::string, int64_t> out;
    for (const auto& r :
         c.Query("SELECT module, MAX(version) AS version FROM schema_versions GROUP BY module"))
        out[r.Text("module")] = r.Int("version");
    return out;
}

// Creates the bookkeeping tables, and takes over what a release before module keys recorded.
void Prepare(Connection& c, int64_t now) {
    c.ExecScript(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, "
        "name TEXT NOT NULL, applied_at BIGINT NOT NULL);"
        "CREATE TABLE IF NOT EXISTS schema_versions (module TEXT NOT NULL, "
        "version BIGINT NOT NULL, name TEXT NOT NULL, applied_at BIGINT NOT NULL, "
        "PRIMARY KEY (module, version))");
    if (c.QueryOne("SELECT 1 FROM schema_migrations WHERE version = ?", {kLegacySentinel})) return;
    for (const auto& r : c.Query("SELECT version, applied_at FROM schema_migrations")) {
        for (const auto& l : kLegacy) {
            if (l.version != r.Int("version")) continue;
            c.Execute(
                "INSERT INTO schema_versions (module, version, name, applied_at) "
                "VALUES (?, ?, ?, ?)",
                {std::string(l.module), l.module_version,
                 "overgenomen uit schema_migrations versie " + std::to_string(l.version),
                 r.Int("applied_at")});
        }
    }
    c.Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
              {kLegacySentinel, std::string("zie schema_versions"), now});
}

// Throws when the database records a module or version this binary does not know.
void RefuseNewer(const std::map<std::string, int64_t>& recorded,
                 std::span<const ModuleSchema> modules) {
    std::map<std::string, int64_t> latest;
    for (const auto& v : LatestSchema(modules)) latest[v.module] = v.version;
    for (const auto& [module, version] : recorded) {
        auto it = latest.find(module);
        if (it == latest.end() || version > it->second)
            throw DbError("het databaseschema (" + module + " versie " + std::to_string(version) +
                          ") is nieuwer dan deze versie van koers kent; werk koers bij voordat u "
                          "start");
    }
}

}  // namespace

std::string ForDialect(std::string_view sql, Dialect d) {
    const std::string id = d == Dialect::kSqlite
                               ? "INTEGER PRIMARY KEY"
                               : "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
    const std::string blob = d == Dialect::kSqlite ? "BLOB" : "BYTEA";
    std::string out(sql);
    for (size_t pos; (pos = out.find("{{id}}")) != std::string::npos;) out.replace(pos, 6, id);
    for (size_t pos; (pos = out.find("{{blob}}")) != std::string::npos;) out.replace(pos, 8, blob);
    return out;
}

std::vector<SchemaVersion> LatestSchema(std::span<const ModuleSchema> modules) {
    std::vector<SchemaVersion> out;
    for (const auto& m : Known(modules)) {
        if (out.empty() || out.back().module != m.module) out.push_back({m.module, 0});
        out.back().version = m.version;
    }
    return out;
}

std::vector<SchemaVersion> CurrentSchema(Database& db, std::span<const ModuleSchema> modules) {
    const auto recorded = db.Use([](Connection& c) { return Recorded(c); });
    std::vector<SchemaVersion> out;
    for (const auto& schema : InOrder(modules))
        if (auto it = recorded.find(std::string(schema.module)); it != recorded.end())
            out.push_back({it->first, it->second});
    return out;
}

std::string Describe(const std::vector<SchemaVersion>& schema) {
    std::string out;
    for (const auto& v : schema)
        out += (out.empty() ? "" : ", ") + v.module + " " + std::to_string(v.version);
    return out.empty() ? "leeg" : out;
}

int ApplyMigrations(Database& db, std::span<const ModuleSchema> modules, int64_t now) {
    // Several koers processes may start at once on PostgreSQL: each step takes the same lock.
    auto locked = [&](auto&& step) {
        int result = 0;
        db.Transaction([&](Connection& c) {
            if (c.dialect() == Dialect::kPostgres) c.Query("SELECT pg_advisory_xact_lock(4242001)");
            result = step(c);
        });
        return result;
    };
    locked([&](Connection& c) {
        Prepare(c, now);
        RefuseNewer(Recorded(c), modules);
        return 0;
    });
    // Functions the queries use, made anew at every start (SQLite registers its own on each
    // connection).
    locked([&](Connection& c) {
        if (c.dialect() == Dialect::kPostgres) c.ExecScript(PostgresFoldFunction());
        return 0;
    });
    int applied = 0;
    for (const auto& m : Known(modules)) {
        applied += locked([&](Connection& c) {
            const auto recorded = Recorded(c);
            if (auto it = recorded.find(m.module); it != recorded.end() && it->second >= m.version)
                return 0;
            c.ExecScript(ForDialect(m.sql, c.dialect()));
            c.Execute(
                "INSERT INTO schema_versions (module, version, name, applied_at) "
                "VALUES (?, ?, ?, ?)",
                {m.module, m.version, m.name, now});
            return 1;
        });
    }
    return applied;
}

}  // namespace koers::storage
