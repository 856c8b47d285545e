// A student's opdrachten: the activities of the curriculumplanner given to their group, with what
// to do (the activity's words and, when it came from the opdrachtenbank, the assignment's steps
// and terugblik), and beginning one in their loopbaandossier: an entry filled in from the
// activity (StartOf) that is the student's own from then on. The student reads "je"; their
// mentor and the decaan read the same list, and their look is logged like any look at the
// dossier.
#include <algorithm>
#include <map>
#include <optional>
#include <string>

#include "modules/curriculum/core/assignment.hpp"
#include "modules/curriculum/web/curriculum_parts.hpp"
#include "modules/curriculum/web/dossier_start.hpp"
#include "modules/curriculum/web/paths.hpp"
#include "modules/curriculum/web/routes.hpp"
#include "modules/curriculum/web/worksheets.hpp"
#include "modules/dossier/storage/dossier_repo.hpp"
#include "modules/dossier/web/dossier_parts.hpp"
#include "modules/dossier/web/dossier_view.hpp"
#include "modules/dossier/web/paths.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/db/unit_of_work.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/uploaded_file.hpp"
#include "platform/web/records/author.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {

using namespace curriculum_paths;
using core::Permission;
namespace {

std::vector<storage::GroupActivity> TasksOf(Ctx& ctx, const storage::StudentRecord& s) {
    if (!s.group_id) return {};
    return CurriculumOf(ctx).reach.OfGroup(s.school_id, *s.group_id);
}

// The bank's assignment the activity came from, when the school may still see it.
std::optional<storage::StoredAssignment> AssignmentOf(Ctx& ctx, int64_t school,
                                                      const storage::StoredActivity& a) {
    if (!a.assignment_id) return std::nullopt;
    return CurriculumOf(ctx).assignments.Visible(school, *a.assignment_id);
}

// The activity `id` when it is given to the student's group; 404 otherwise.
storage::GroupActivity TaskOf(Ctx& ctx, const storage::StudentRecord& s, int64_t id) {
    auto tasks = TasksOf(ctx, s);
    const auto task = std::find_if(tasks.begin(), tasks.end(),
                                   [&](const auto& t) { return t.activity.id == id; });
    if (task == tasks.end()) throw core::NotFound();
    return std::move(*task);
}

View TaskView(Ctx& ctx, const StudentScope& scope, const storage::GroupActivity& task,
              const std::map<int64_t, int64_t>& begun) {
    const auto& s = scope.student;
    const auto& a = task.activity;
    View v = Object();
    v.set("anchor", "opdracht-" + std::to_string(a.id));
    v.set("title", std::string(core::FieldOf(a.fields, "titel")));
    v.set("when", "leerjaar " + std::to_string(task.leerjaar) + ", periode " +
                      std::to_string(task.periode));
    v.set("what", std::string(core::FieldOf(a.fields, "wat")));
    const auto assignment = AssignmentOf(ctx, s.school_id, a);
    const core::Fields from = assignment ? assignment->fields : core::Fields{};
    ViewList sheets;
    if (assignment)
        for (const auto& f : CurriculumOf(ctx).worksheets.Of(assignment->id))
            sheets.push_back(StoredFileView(f, kTaskWorksheet.With(s.school_id, s.id, a.id, f.id)));
    v.set("sheets", std::move(sheets));
    ViewList steps;
    for (auto& step : core::AssignmentSteps(core::FieldOf(from, "stappen")))
        steps.emplace_back(std::move(step));
    v.set("steps", std::move(steps));
    v.set("terugblik", std::string(core::FieldOf(from, "terugblik")));
    if (const auto entry = begun.find(a.id); entry != begun.end())
        v.set("entry_path", dossier_paths::kEntry.With(s.school_id, s.id, entry->second));
    else if (scope.own_open())
        v.set("begin_path", kBeginTask.With(s.school_id, s.id, a.id));
    return v;
}

Response Tasks(Ctx& ctx) {
    const StudentScope scope = LoadStudent(ctx, Use::kAsIs);
    const auto& s = scope.student;
    LogLook(ctx, scope, "de opdrachten");
    ViewList tasks;
    const auto begun = CurriculumOf(ctx).reach.Begun(s.id);
    for (const auto& task : TasksOf(ctx, s)) tasks.push_back(TaskView(ctx, scope, task, begun));
    View v = Object();
    v.set("own", scope.own);
    v.set("name", s.name);
    v.set("group", s.group_name);
    v.set("dossier_path", dossier_paths::kDossier.With(s.school_id, s.id));
    v.set("has_tasks", !tasks.empty());
    v.set("tasks", std::move(tasks));
    return RenderPage(ctx, "curriculum/student_tasks", std::move(v),
                      scope.own ? "Mijn opdrachten" : "Opdrachten van " + s.name);
}

// The student begins an activity of their group: once, after that the link leads to the entry
// (until they delete it, when beginning again starts a new one).
Response Begin(Ctx& ctx) {
    const StudentScope scope = LoadOwnStudent(ctx, Use::kChange);
    const auto& s = scope.student;
    const int64_t id = ctx.Id("activiteit");
    const auto task = TaskOf(ctx, s, id);
    const auto assignment = AssignmentOf(ctx, s.school_id, task.activity);
    const auto start =
        StartOf(task.activity.fields, assignment ? assignment->fields : core::Fields{});
    const int64_t now = ctx.app.clock.Now();
    // The check, the entry and its link in one transaction: two presses at the same moment add
    // one entry (SQLite runs them one after the other; on PostgreSQL the second meets the first's
    // link and adds nothing).
    std::optional<int64_t> entry, added;
    try {
        storage::InTransaction(ctx.app.db, [&](storage::Database& tx) {
            storage::ActivityGroupRepo reach(tx);
            const auto begun = reach.Begun(s.id);
            if (const auto found = begun.find(id); found != begun.end()) {
                entry = found->second;
                return;
            }
            added =
                storage::DossierRepo(tx).Add(s.id, start.kind, start.fields, AuthorOf(ctx), now);
            reach.Link(id, s.id, *added, now);
        });
    } catch (const storage::ConstraintError&) {
        const auto begun = CurriculumOf(ctx).reach.Begun(s.id);
        const auto found = begun.find(id);
        if (found == begun.end()) throw;
        entry = found->second;
    }
    if (added) {
        SetFlash(ctx, "opdracht-begonnen");
        entry = added;
    }
    return Redirect(dossier_paths::kEntry.With(s.school_id, s.id, *entry));
}

// A worksheet of the activity's assignment: the same file the school's staff download, found
// through the student's group, the activity and the assignment (any other id is 404).
Response TaskWorksheet(Ctx& ctx) {
    const StudentScope scope = LoadStudent(ctx, Use::kAsIs);
    const auto& s = scope.student;
    const auto task = TaskOf(ctx, s, ctx.Id("activiteit"));
    const auto assignment = AssignmentOf(ctx, s.school_id, task.activity);
    if (!assignment) throw core::NotFound();
    return WorksheetFile(ctx, assignment->id);
}

}  // namespace

void AddStudentTaskRoutes(Router& r) {
    r.Get(kStudentTasks, Access::School(Permission::kViewDossier, "school").Within(StudentParam),
          Tasks);
    r.Post(kBeginTask, Access::School(Permission::kWriteDossier, "school").Within(StudentParam),
           Begin);
    r.Get(kTaskWorksheet, Access::School(Permission::kViewDossier, "school").Within(StudentParam),
          TaskWorksheet);
}

}  // namespace koers::web
