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

    // The student has left the school: the dossier is kept to be read, downloaded, carried to the
    // next school and erased, until the school's term ends; nothing is added to it or changed.
    bool left() const { return student.left_at.has_value(); }
    // The student in their own dossier while at the school: what they may add and change.
    bool own_open() const { return own && !left(); }
};

// What a request does with the dossier. kChange adds to or changes what it holds (an entry, a
// file, a reaction, a gesprek, a request for one, an action ticked off): a leaver's dossier
// refuses it with a 409 that says so. kAsIs reads it, downloads it, shares it with the next
// school or erases it, which a leaver's dossier allows.
enum class Use { kAsIs, kChange };

// Reads {school} and {leerling}; throws core::NotFound for a student of another school, and
// core::Conflict for kChange on a leaver's dossier.
StudentScope LoadStudent(Ctx& ctx, Use use);
// LoadStudent for what only the student does in their own dossier (routes with kWriteDossier,
// which already refuse anyone else): core::Forbidden when it is not the signed-in student.
StudentScope LoadOwnStudent(Ctx& ctx, Use use);

// For Access::Within: the {leerling} of the route as Target::Student, when it is a student of
// {school}.
std::optional<core::Target> StudentParam(const Ctx& ctx);

// For a leaver's dossier, kept for the school's term and then erased: `left_on` and `erased_on`,
// said to whoever reads it.
void AddLeaving(Ctx& ctx, const StudentScope& scope, View& v);

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
