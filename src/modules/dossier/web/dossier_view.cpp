#include "modules/dossier/web/dossier_view.hpp"

#include "modules/dossier/web/dossier_parts.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/org_repo.hpp"

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
        if (m.school_id == s.school_id && m.role == core::Role::kDecaan)
            return std::string(core::RoleLabel(m.role));
    return "toegang via de school";
}

}  // namespace

StudentScope LoadStudent(Ctx& ctx) {
    auto student = StudentOfSchool(ctx);
    if (!student) throw core::NotFound();
    auto school = ctx.app.orgs.School(student->school_id);
    if (!school) throw core::NotFound();
    StudentScope scope{*student, school->name, false, {}};
    scope.own = ctx.user != nullptr && ctx.user->user_id == student->user_id;
    if (!scope.own && ctx.user != nullptr) scope.basis = Basis(*ctx.user, *student);
    return scope;
}

std::optional<core::Target> StudentParam(const Ctx& ctx) {
    const auto student = StudentOfSchool(ctx);
    if (!student) return std::nullopt;
    return core::Target::Student(student->school_id, student->group_id.value_or(0),
                                 student->user_id);
}

std::optional<core::Target> GroupParam(const Ctx& ctx) {
    const auto school = ctx.FindId("school");
    const auto id = ctx.FindId("groep");
    if (!school || !id) return std::nullopt;
    const auto group = ctx.app.students.Group(*id);
    if (!group || group->school_id != *school) return std::nullopt;
    return core::Target::Group(group->school_id, group->id);
}

void LogLook(Ctx& ctx, const StudentScope& scope, std::string_view what) {
    if (scope.own || ctx.user == nullptr) return;
    DossierOf(ctx).dossiers.LogLook(scope.student.id, {ctx.user->user_id, ctx.user->display_name},
                                    scope.basis, what, ctx.app.clock.Now());
}

}  // namespace koers::web
