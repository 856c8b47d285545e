#pragma once
// What the curriculum module builds at start (Module::build) and its handlers use.
#include "modules/content/web/snowball_stemmer.hpp"
#include "modules/curriculum/storage/activity_group_repo.hpp"
#include "modules/curriculum/storage/activity_repo.hpp"
#include "modules/curriculum/storage/assignment_repo.hpp"
#include "modules/curriculum/web/assignment_bank.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

struct CurriculumParts {
    CurriculumParts(storage::Database& db, core::Clock& clock)
        : assignments(db),
          worksheets(db, storage::kWorksheets),
          activities(db),
          reach(db),
          bank(assignments, clock, stemmer) {}

    storage::AssignmentRepo assignments;
    storage::FileTable worksheets;     // the assignments' werkbladen
    storage::ActivityRepo activities;  // the curriculumplanner's
    storage::ActivityGroupRepo reach;  // their groups, and the dossier entries begun from them
    SnowballDutch stemmer;
    AssignmentBank bank;  // the assignments in memory, searchable
};

inline CurriculumParts& CurriculumOf(const Services& app) {
    return app.parts.Get<CurriculumParts>();
}
inline CurriculumParts& CurriculumOf(const Ctx& ctx) { return CurriculumOf(ctx.app); }

// Whether the signed-in person writes the {school}'s curriculumplanner (kPlanCurriculum).
bool MayPlan(const Ctx& ctx, int64_t school);

// The assignment {opdracht} of the path when it is the `school`'s own; throws core::NotFound.
storage::StoredAssignment OwnAssignment(const Ctx& ctx, int64_t school);

// After this process saved an assignment: the bank reads it again and the public pages kept in
// memory are dropped, so whoever saved, and every reader after, sees the change at once.
void AssignmentChanged(const Ctx& ctx, int64_t id);

}  // namespace koers::web
