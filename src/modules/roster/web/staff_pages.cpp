// The school's staff: who works there in which LOB role, and importing the staff list from the
// school's administration system: upload, a preview that checks every row before anything is
// written, applying it (new colleagues are invited by mail), and undoing the last import.
#include <algorithm>
#include <map>
#include <string>

#include "modules/roster/web/import_views.hpp"
#include "modules/roster/web/paths.hpp"
#include "modules/roster/web/roster_parts.hpp"
#include "modules/roster/web/routes.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "platform/web/auth/accounts.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {

using namespace roster_paths;
using core::Permission;
namespace {

constexpr core::Role kShownRoles[] = {core::Role::kSchoolleider, core::Role::kDecaan,
                                      core::Role::kTeamleider, core::Role::kMentor,
                                      core::Role::kDocent};

struct Colleague {
    storage::UserRecord user;
    std::string roles;   // "Mentor/SLB'er (team Bovenbouw), Docent"
    std::string groups;  // "H4A, H4B"
};

std::vector<Colleague> Colleagues(Ctx& ctx, int64_t school) {
    std::map<int64_t, std::string> team_names;
    for (const auto& t : ctx.app.orgs.Teams(school)) team_names.emplace(t.id, t.name);
    std::map<int64_t, std::string> groups;  // mentor -> their groups
    for (const auto& g : ctx.app.students.Groups(school))
        for (int64_t m : g.mentor_ids) groups[m] += (groups[m].empty() ? "" : ", ") + g.name;
    std::vector<Colleague> out;
    for (const auto& r : ctx.app.users.RolesAtSchool(school, kShownRoles)) {
        if (out.empty() || out.back().user.id != r.user.id)
            out.push_back({r.user, {}, groups[r.user.id]});
        std::string role(core::RoleLabel(r.role));
        if (r.team_id && team_names.count(*r.team_id))
            role += " (team " + team_names.at(*r.team_id) + ")";
        out.back().roles += (out.back().roles.empty() ? "" : ", ") + role;
    }
    std::sort(out.begin(), out.end(), [](const Colleague& a, const Colleague& b) {
        return a.user.display_name < b.user.display_name;
    });
    return out;
}

Response StaffPage(Ctx& ctx) {
    const int64_t school = ctx.Id("school");
    View v = Object();
    v.set("school", SchoolParam(ctx).name);
    v.set("import_path", kStaffImport.With(school));
    v.set("invite_path", kStaffInvite.With(school));
    ViewList rows;
    int waiting = 0;
    for (const auto& c : Colleagues(ctx, school)) {
        const bool active = c.user.password_hash.has_value();
        waiting += active ? 0 : 1;
        View row = Object();
        row.set("name", c.user.display_name);
        row.set("email", c.user.email);
        row.set("roles", c.roles);
        row.set("groups", c.groups);
        row.set("account", active ? std::string("actief") : std::string("nog niet"));
        rows.push_back(std::move(row));
    }
    v.set("count", std::to_string(rows.size()));
    v.set("waiting", std::to_string(waiting));
    v.set("has_waiting", waiting > 0);
    v.set("has_staff", !rows.empty());
    v.set("staff", std::move(rows));
    return RenderPage(ctx, "roster/staff", std::move(v), "Medewerkers");
}

Response InviteStaff(Ctx& ctx) {
    const int64_t school = ctx.Id("school");
    std::vector<int64_t> users;
    for (const auto& c : Colleagues(ctx, school))
        if (!c.user.password_hash) users.push_back(c.user.id);
    ctx.app.accounts.InviteStaff(*ctx.user, SchoolParam(ctx).name, users, ctx.req.remote_address);
    SetFlash(ctx, "medewerkers-uitgenodigd");
    return Redirect(kStaff.With(school));
}

View StaffImportView(Ctx& ctx, int64_t school) {
    View v = Object();
    v.set("school", SchoolParam(ctx).name);
    v.set("staff_path", kStaff.With(school));
    v.set("action", kStaffImport.With(school));
    SetImportHistory(v, ctx, school, storage::ImportKind::kStaff, kStaffPreview, kStaffUndo);
    return v;
}

Response StaffImportPage(Ctx& ctx) {
    const int64_t school = ctx.Id("school");
    return RenderPage(ctx, "roster/staff_import", StaffImportView(ctx, school),
                      "Medewerkers importeren");
}

Response StaffUpload(Ctx& ctx) {
    const int64_t school = ctx.Id("school");
    core::Validation v;
    int status = 400;
    if (const auto file =
            UploadedList(ctx, v, status, "Kies het CSV-bestand met de medewerkers.")) {
        const StaffPlan plan = RosterOf(ctx).staff.Plan(school, *file, ctx.user->user_id);
        if (plan.problems.empty()) {
            const int64_t id = RosterOf(ctx).imports.AddPreview(
                school, storage::ImportKind::kStaff, UploadName(ctx, "medewerkers.csv"),
                std::string(*file), ctx.user->user_id, ctx.user->display_name, ctx.app.clock.Now());
            return Redirect(kStaffPreview.With(school, id));
        }
        // Nothing of a file that cannot be read, or that holds a BSN, is kept.
        for (const auto& problem : plan.problems) v.Add("bestand", problem);
        status = 422;
    }
    View view = StaffImportView(ctx, school);
    AddErrors(view, v);
    return RenderPage(ctx, "roster/staff_import", std::move(view), "Medewerkers importeren",
                      status);
}

std::string Joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "; ") + p;
    return out;
}

Response StaffPreview(Ctx& ctx) {
    const int64_t school = ctx.Id("school");
    const auto stored = LoadImport(ctx, storage::ImportKind::kStaff);
    const StaffPlan plan = stored.applied_at
                               ? StaffPlan{}
                               : RosterOf(ctx).staff.Plan(school, stored.file, ctx.user->user_id);
    View v = Object();
    v.set("school", SchoolParam(ctx).name);
    v.set("import_path", kStaffImport.With(school));
    v.set("file", stored.file_name);
    v.set("applied", stored.applied_at.has_value());
    v.set("summary", stored.summary);
    v.set("problems", Texts(plan.problems));
    v.set("has_problems", !plan.problems.empty());
    v.set("columns", Texts(plan.columns));
    v.set("ok", plan.ok() && !stored.applied_at);
    v.set("apply_path", kStaffApply.With(school, stored.id));
    v.set("plan_summary", plan.Summary());
    v.set("with_errors", plan.with_errors == 1
                             ? std::string("1 regel klopt niet.")
                             : std::to_string(plan.with_errors) + " regels kloppen niet.");
    v.set("has_errors", plan.with_errors > 0);
    v.set("actor_missing", plan.actor_missing);
    ViewList rows;
    for (const auto& p : plan.rows) {
        // Only what needs attention or changes is listed; unchanged rows are counted.
        if (p.action == "gelijk" && p.row.errors.empty()) continue;
        View row = Object();
        row.set("line", std::to_string(p.row.line));
        row.set("name", p.row.name);
        row.set("email", p.row.email);
        row.set("action", p.action);
        row.set("errors", Texts(p.row.errors));
        row.set("has_errors", !p.row.errors.empty());
        row.set("changes", Joined(p.changes));
        rows.push_back(std::move(row));
    }
    v.set("rows", std::move(rows));
    ViewList leavers;
    for (const auto& l : plan.leavers) {
        View item = Object();
        item.set("name", l.user.display_name);
        item.set("email", l.user.email);
        std::string roles;
        for (const auto& r : l.roles) roles += (roles.empty() ? "" : ", ") + r;
        item.set("roles", roles);
        leavers.push_back(std::move(item));
    }
    v.set("has_leavers", !leavers.empty());
    v.set("leaver_count", std::to_string(leavers.size()));
    v.set("leavers", std::move(leavers));
    return RenderPage(ctx, "roster/staff_preview", std::move(v), "Controle: " + stored.file_name);
}

Response StaffApply(Ctx& ctx) {
    const int64_t school = ctx.Id("school");
    const auto stored = LoadImport(ctx, storage::ImportKind::kStaff);
    const StaffApplied applied = RosterOf(ctx).staff.Apply(school, stored.id, ctx.user->user_id);
    for (int64_t user : applied.touched) ctx.app.accounts.RolesChanged(user);
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {"staff.imported", "Medewerkers geïmporteerd"}, stored.file_name,
                         applied.plan.Summary(), ctx.req.remote_address);
    ctx.app.accounts.InviteStaff(*ctx.user, SchoolParam(ctx).name, applied.new_accounts,
                                 ctx.req.remote_address);
    SetFlash(ctx, "medewerkers-verwerkt");
    return Redirect(kStaffImport.With(school));
}

Response StaffUndo(Ctx& ctx) {
    return UndoImport(ctx, storage::ImportKind::kStaff,
                      {"staff.import_undone", "Import van medewerkers ongedaan gemaakt"},
                      kStaffImport);
}

}  // namespace

void AddStaffRoutes(Router& r) {
    const auto manage = Access::School(Permission::kManageStaff, "school");
    r.Get(kStaff, manage, StaffPage);
    r.Post(kStaffInvite, manage, InviteStaff);
    r.Get(kStaffImport, manage, StaffImportPage);
    r.Upload(kStaffImport, manage, StaffUpload);
    r.Get(kStaffPreview, manage, StaffPreview);
    r.Post(kStaffApply, manage, StaffApply);
    r.Post(kStaffUndo, manage, StaffUndo);
}

}  // namespace koers::web
