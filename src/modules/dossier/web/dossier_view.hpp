#pragma once
// Shared pieces of the loopbaandossier pages: whose dossier a request is about, on what basis
// the viewer may read it, and the log of every look by someone other than the student.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/dossier/core/parents.hpp"
#include "modules/dossier/storage/conversation_repo.hpp"
#include "modules/dossier/storage/dossier_repo.hpp"
#include "platform/core/access/policy.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

struct StudentScope {
    storage::StudentRecord student;
    std::string school_name;
    bool own = false;   // the student themselves
    std::string basis;  // for anyone else: why they may ("mentor van groep 3B", "decaan")
};

// Reads {school} and {leerling}; throws core::NotFound for a student of another school.
StudentScope LoadStudent(Ctx& ctx);
// LoadStudent for what only the student does in their own dossier (routes with kWriteDossier,
// which already refuse anyone else): core::Forbidden when it is not the signed-in student.
StudentScope LoadOwnStudent(Ctx& ctx);

// For Access::Within: the {leerling} of the route as Target::Student, when it is a student of
// {school}.
std::optional<core::Target> StudentParam(const Ctx& ctx);

// Entries per competency and element (the dossier "in één oogopslag"): rows {label, cells
// [{count}]} in the order of core::Competencies() and core::Elements().
ViewList Glance(const std::vector<storage::DossierEntry>& entries);
// The actions agreed in the latest core::kTalksOnTodoList gesprekken, the student's to-do list:
// {text, from, entry, done, done_on, tick_path} each; `tick_path` (where the student ticks it
// off) is set only when given.
ViewList Actions(const std::vector<storage::DossierEntry>& entries,
                 const std::vector<storage::ActionDone>& done, const std::string& tick_path);

// What a parent may see of the student today, by the birth date (core::AgeOn); without a valid
// birth date the strictest rule: only what the student shares.
core::ParentRule ParentRuleOf(const Ctx& ctx, const storage::StudentRecord& s);

// Records that someone other than the student looked at `what` ("het dossier", "ervaring: Open
// dag"); the student reads this log. Nothing is logged for the student's own looks.
void LogLook(Ctx& ctx, const StudentScope& scope, std::string_view what);

}  // namespace koers::web
