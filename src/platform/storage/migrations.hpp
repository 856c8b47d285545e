#pragma once
// Schema migrations keyed by module and version ("platform" 1, 2; "content" 1; "scan" 1;
// "quality" 1), applied at start-up and by `koers migrate`, the platform's first and then each
// module's in the order the composition root lists them, recorded in the table schema_versions. A
// database that records a module or version this binary does not know is refused. A database of the
// releases before module keys (schema_migrations, versions 1-4) is taken over in place: decision
// 0011.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/common/embedded.hpp"
#include "platform/storage/db/database.hpp"

namespace koers::storage {

// The newest version of one module's schema.
struct SchemaVersion {
    std::string module;
    int64_t version = 0;
    bool operator==(const SchemaVersion&) const = default;
};

// A module's migrations: files "<module>-<NNNN>-<what>.sql".
struct ModuleSchema {
    std::string_view module;
    EmbeddedFiles migrations = nullptr;
};

// A migration's SQL for a dialect: {{id}} becomes the dialect's auto-numbered primary key and
// {{blob}} its bytes type.
std::string ForDialect(std::string_view sql, Dialect d);

// In each function below, `modules` are the composed modules in order; the platform's own
// migrations always come first.

// The schema this binary knows: each module's newest version, in the order they are migrated.
std::vector<SchemaVersion> LatestSchema(std::span<const ModuleSchema> modules);
// What a migrated database records, in the same order (a plain read: no DDL, so /healthz can
// call it freely). Throws DbError on a database never migrated.
std::vector<SchemaVersion> CurrentSchema(Database& db, std::span<const ModuleSchema> modules);
// "platform 2, content 1, scan 1, quality 1", for people.
std::string Describe(const std::vector<SchemaVersion>& schema);
// Applies all pending migrations, each in its own transaction. Throws DbError when the database
// is newer than this binary or a migration fails. Returns the number applied.
int ApplyMigrations(Database& db, std::span<const ModuleSchema> modules, int64_t now);

}  // namespace koers::storage
