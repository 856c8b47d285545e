#pragma once
// Versioned schema migrations, applied in order at start-up and by `koers migrate`, recorded in
// the table schema_migrations. A database with a newer version than this binary knows is refused.
#include <cstdint>

#include "storage/db/database.hpp"

namespace koers::storage {

// The newest schema version this binary knows.
int64_t LatestSchemaVersion();
// The version recorded in a database that ApplyMigrations has run on (a plain read: no DDL,
// so /healthz can call it freely). Throws DbError on a database never migrated.
int64_t CurrentSchemaVersion(Database& db);
// Applies all pending migrations, each in its own transaction. Throws DbError when the database
// is newer than this binary or a migration fails. Returns the number applied.
int ApplyMigrations(Database& db, int64_t now);

}  // namespace koers::storage
