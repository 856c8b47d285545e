#pragma once
// The quality cycle of the demo world, and the generator the benchmark shares: a filled
// schooljaar (visie, beleid with goals, a werkplan per team with activities, evaluations).
#include <cstdint>
#include <vector>

#include "modules/quality/storage/quality_repo.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/org_repo.hpp"

namespace koers::modules {

// Fills an open schooljaar: visie and beleid (vastgesteld), four goals, for every team an adopted
// werkplan with `activities` activities (those in months before `now` mostly uitgevoerd) and,
// when `evaluated`, the evaluations with their bijstellingen.
void FillQualityYear(storage::QualityRepo& repo, const storage::YearRecord& year,
                     const std::vector<storage::TeamRecord>& teams, int activities, bool evaluated,
                     int64_t now);

// Veldzicht College: last schooljaar complete and closed, the current one under way.
void SeedDemoQuality(storage::Database& db, int64_t school_id, int64_t now);

}  // namespace koers::modules
