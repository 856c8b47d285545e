#pragma once
// Fills an empty database with the demo world of core/demo/demo_data.hpp.
#include <cstdint>
#include <string_view>

#include "platform/storage/db/database.hpp"

namespace koers::app {

// Seeds when the database has no users yet; returns whether it did. All demo accounts get
// core::kDemoPassword, stored as `password_hash` when given (the tests give one made with
// Argon2id's smallest cost, which they would otherwise pay at every sign-in) and otherwise as
// a hash made here.
bool SeedDemoData(storage::Database& db, int64_t now, std::string_view password_hash = {});

}  // namespace koers::app
