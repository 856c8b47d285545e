#pragma once
// Versioned schema migrations, applied in order at start-up and by `koers migrate`, recorded in
// the table schema_migrations. A database with a newer version than this binary knows is refused.
#include <cstdint>

#include "storage/db/database.hpp"

namespace koers::storage {

// The newest schema version this binary knows.
int64_t LatestSchemaVersion();
// The version recorded in the database (0 for an empty database).
int64_t CurrentSchemaVersion(Database& db);
// Applies all pending migrations, each in its own transaction. Throws DbError when the database
// is newer than this binary or a migration fails. Returns the number applied.
int ApplyMigrations(Database& db, int64_t now);

}  // namespace koers::storage
