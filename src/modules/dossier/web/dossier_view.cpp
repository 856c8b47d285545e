#include "modules/dossier/web/dossier_view.hpp"

#include <map>

#include "modules/dossier/core/entries.hpp"
#include "modules/dossier/core/retention.hpp"
#include "modules/dossier/core/talks.hpp"
#include "modules/dossier/web/dossier_parts.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/web/records/author.hpp"

namespace koers::web {
namespace {

std::optional<storage::StudentRecord> StudentOfSchool(const Ctx& ctx) {
    const auto school = ctx.FindId("school");
    const auto id = ctx.FindId("leerling");
    if (!school || !id) return std::nullopt;
    auto student = ctx.app.students.Student(*id);
    if (!student || student->school_id != *school) return std::nullopt;
    return student;
}

// Why a viewer other than the student may read the dossier, as the student will read it.
std::string Basis(const core::Principal& viewer, const storage::StudentRecord& s) {
    for (const auto& m : viewer.memberships) {
        if (m.school_id != s.school_id) continue;
        if (m.role == core::Role::kMentor && s.group_id &&
            core::Allowed(&viewer, core::Permission::kViewDossier,
                          core::Target::Student(s.school_id, *s.group_id, s.user_id)))
            return "mentor van groep " + s.group_name;
    }
    for (const auto& m : viewer.memberships)
        if (m.school_id == s.school_id &&
            (m.role == core::Role::kDecaan || m.role == core::Role::kOuder))
            return std::string(core::RoleLabel(m.role));
    return "toegang via de school";
}

// kChange on a leaver's dossier: a 409 that says what can still be done with it.
void RefuseChangeAfterLeaving(const StudentScope& scope, Use use) {
    if (use != Use::kChange || !scope.left()) return;
    throw core::Conflict(
        scope.own ? "Je zit niet meer op " + scope.school_name +
                        ". Je dossier van deze school is gesloten: je kunt het nog lezen, "
                        "downloaden en naar je nieuwe school sturen, maar je kunt er niets meer "
                        "in zetten of veranderen."
                  : scope.student.name +
                        " zit niet meer op deze school. Het dossier is gesloten: u kunt het nog "
                        "lezen, maar er niets meer aan toevoegen of veranderen.");
}

StudentScope LoadScope(Ctx& ctx) {
    auto student = StudentOfSchool(ctx);
    if (!student) throw core::NotFound();
    auto school = ctx.app.orgs.School(student->school_id);
    if (!school) throw core::NotFound();
    StudentScope scope{*student, school->name, false, {}};
    scope.own = ctx.user != nullptr && ctx.user->user_id == student->user_id;
    if (!scope.own && ctx.user != nullptr) scope.basis = Basis(*ctx.user, *student);
    return scope;
}

}  // namespace

StudentScope LoadStudent(Ctx& ctx, Use use) {
    StudentScope scope = LoadScope(ctx);
    RefuseChangeAfterLeaving(scope, use);
    return scope;
}

StudentScope LoadOwnStudent(Ctx& ctx, Use use) {
    StudentScope scope = LoadScope(ctx);
    if (!scope.own) throw core::Forbidden("Alleen de leerling zelf kan dit in het eigen dossier.");
    RefuseChangeAfterLeaving(scope, use);
    return scope;
}

std::optional<core::Target> StudentParam(const Ctx& ctx) {
    const auto student = StudentOfSchool(ctx);
    if (!student) return std::nullopt;
    return core::Target::Student(student->school_id, student->group_id.value_or(0),
                                 student->user_id);
}

void AddLeaving(Ctx& ctx, const StudentScope& scope, View& v) {
    const auto& s = scope.student;
    if (!s.left_at) return;
    const auto dates = core::RetentionFor(*s.left_at, DossierOf(ctx).retention.Years(s.school_id));
    v.set("left_on", core::FormatDateLong(*s.left_at));
    v.set("erased_on", core::FormatDateLong(dates.erase_at));
}

// Entries per competency and element: where the student has been busy, and where not yet.
ViewList Glance(const std::vector<storage::DossierEntry>& entries) {
    std::map<std::pair<std::string, std::string_view>, int> count;
    for (const auto& e : entries)
        for (const auto& c : core::CompetenciesOf(e.kind, e.fields))
            ++count[{c, core::InfoOf(e.kind).element}];
    ViewList rows;
    for (const auto& c : core::Competencies()) {
        View row = Object();
        row.set("label", c.label);
        ViewList cells;
        for (auto element : core::Elements()) {
            const auto it = count.find({c.code, element});
            const int n = it == count.end() ? 0 : it->second;
            View cell = Object();
            cell.set("count", std::to_string(n));
            cells.push_back(std::move(cell));
        }
        row.set("cells", std::move(cells));
        rows.push_back(std::move(row));
    }
    return rows;
}

ViewList Actions(const std::vector<storage::DossierEntry>& entries,
                 const std::vector<storage::ActionDone>& done, const std::string& tick_path) {
    ViewList out;
    int talks = 0;
    for (const auto& e : entries) {  // the last changed first
        if (e.kind != core::EntryKind::kGesprek || ++talks > core::kTalksOnTodoList) continue;
        for (auto& action : core::TalkActions(e.fields)) {
            const auto ticked = std::find_if(done.begin(), done.end(), [&](const auto& d) {
                return d.entry_id == e.id && d.action == action;
            });
            View item = Object();
            item.set("from", core::EntryTitle(e.kind, e.fields));
            item.set("entry", std::to_string(e.id));
            item.set("done", ticked != done.end());
            item.set("done_on",
                     ticked != done.end() ? core::FormatDateLong(ticked->done_at) : std::string());
            item.set("tick_path", tick_path);
            item.set("text", std::move(action));
            out.push_back(std::move(item));
        }
    }
    return out;
}

core::ParentRule ParentRuleOf(const Ctx& ctx, const storage::StudentRecord& s) {
    const auto age =
        core::AgeOn(s.birth_date, core::FormatLocalInput(ctx.app.clock.Now()).substr(0, 10));
    return age ? core::ParentRuleFor(*age) : core::ParentRule::kWhatIsShared;
}

void LogLook(Ctx& ctx, const StudentScope& scope, std::string_view what) {
    if (scope.own || ctx.user == nullptr) return;
    DossierOf(ctx).dossiers.LogLook(scope.student.id, AuthorOf(ctx), scope.basis, what,
                                    ctx.app.clock.Now());
}

}  // namespace koers::web
