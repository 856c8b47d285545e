#pragma once
// Fresh, migrated databases for tests, of either kind. PostgreSQL comes from the throw-away
// cluster that ctest starts (tests/support/pg_cluster.sh); each call creates a new database in
// it. Without a cluster the PostgreSQL variant is skipped locally and fails under CI=true.
#include <memory>
#include <string>

#include "platform/storage/db/database.hpp"

namespace koers::testing {

// "sqlite" or "postgresql". Returns nullptr when the kind is unavailable here (and not in CI).
std::unique_ptr<storage::Database> NewTestDatabase(const std::string& kind, int pool_size = 4);
// The connection URL of a fresh PostgreSQL database, or "" when no cluster runs.
std::string NewPostgresUrl();
// A fresh SQLite file path in a temporary folder.
std::string NewSqlitePath();
// The absolute path of a file in the source tree ("tests/fixtures/...").
std::string SourcePath(const std::string& relative);

}  // namespace koers::testing
