#pragma once
// The composition root: which capability modules this Koers consists of. Adding a capability is
// one line in modules.cpp (docs/ARCHITECTURE.md, "Adding a capability").
#include <cstdint>
#include <span>

#include "platform/storage/db/database.hpp"
#include "platform/web/module.hpp"

namespace koers::app {

// Every module, in order: a module comes after the modules it uses.
std::span<const web::Module> Modules();

// Brings a database up to date: the platform's and every module's migrations, then each
// module's preparation (e.g. the shipped LOB-scan instruments). Returns the migrations applied.
int UpgradeSchema(storage::Database& db, int64_t now);

}  // namespace koers::app
