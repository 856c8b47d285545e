#pragma once
// The demo's curriculumplanners: a school's leerlijn filled from the demo opdrachtenbank, with
// what the school already does, what it planned since, a few evaluations, and gaps left open so
// the coverage has something to show.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/core/records/fields.hpp"
#include "platform/storage/db/database.hpp"

namespace koers::modules {

// An assignment of the demo bank as the seeder made it: its id and fields.
using DemoBankEntry = std::pair<int64_t, core::Fields>;

// Places the assignments of `sector` (at most `limit`) in the school's planner, each in its first
// leerjaar, the periods taken in turn.
void SeedDemoPlan(storage::Database& db, int64_t school, std::string_view sector,
                  const std::vector<DemoBankEntry>& bank, size_t limit, int64_t now);

// Gives the school's activities of `leerjaar` to its groups named `groups` (those it has).
void GiveDemoGroups(storage::Database& db, int64_t school, int leerjaar,
                    const std::vector<std::string>& groups);

}  // namespace koers::modules
