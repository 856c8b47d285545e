#pragma once
// Fills an empty database with the demo world of core/demo/demo_data.hpp.
#include <cstdint>

#include "platform/storage/db/database.hpp"

namespace koers::app {

// Seeds when the database has no users yet; returns whether it did. All demo accounts get
// core::kDemoPassword.
bool SeedDemoData(storage::Database& db, int64_t now);

}  // namespace koers::app
