// The school's student list: who is on it, per group, and importing it from the school's
// administration system: upload, a preview that checks every row before anything is written,
// applying it, and undoing the last import.
#include <string>

#include "modules/roster/web/import_views.hpp"
#include "modules/roster/web/paths.hpp"
#include "modules/roster/web/roster_parts.hpp"
#include "modules/roster/web/routes.hpp"
#include "platform/core/account/activation.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/web/auth/accounts.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {

using namespace roster_paths;
using core::Permission;
namespace {

Response Students(Ctx& ctx) {
    const int64_t school = ctx.Id("school");
    View v = Object();
    v.set("school", SchoolParam(ctx).name);
    v.set("import_path", kImport.With(school));
    ViewList rows;
    int left = 0, waiting = 0;
    for (const auto& s : ctx.app.students.OfSchool(school)) {
        if (s.left_at) {
            ++left;
            continue;
        }
        waiting += s.activated ? 0 : 1;
        View row = Object();
        row.set("name", s.name);
        row.set("local_id", s.local_id);
        row.set("group", s.group_name);
        row.set("about", s.onderwijstype + " " + std::to_string(s.leerjaar));
        row.set("account", s.activated ? std::string("actief") : std::string("nog niet"));
        rows.push_back(std::move(row));
    }
    const size_t parents = ctx.app.students.WaitingParentsAt(school).size();
    v.set("waiting", std::to_string(waiting));
    v.set("waiting_parents", std::to_string(parents));
    v.set("has_waiting", waiting > 0 || parents > 0);
    v.set("invite_path", kInvite.With(school));
    v.set("count", std::to_string(rows.size()));
    v.set("left", std::to_string(left));
    v.set("has_students", !rows.empty());
    v.set("students", std::move(rows));
    return RenderPage(ctx, "roster/students", std::move(v), "Leerlingen");
}

Response Invite(Ctx& ctx) {
    const int64_t school = ctx.Id("school");
    std::vector<int64_t> users;
    for (const auto& s : ctx.app.students.OfSchool(school))
        if (!s.left_at && !s.activated) users.push_back(s.user_id);
    const std::string name = SchoolParam(ctx).name;
    ctx.app.accounts.InviteStudents(*ctx.user, name, users, ctx.req.remote_address);
    ctx.app.accounts.InviteParents(*ctx.user, name, ctx.app.students.WaitingParentsAt(school),
                                   ctx.req.remote_address);
    SetFlash(ctx, "leerlingen-uitgenodigd");
    return Redirect(kStudents.With(school));
}

View ImportView(Ctx& ctx, int64_t school) {
    View v = Object();
    v.set("school", SchoolParam(ctx).name);
    v.set("students_path", kStudents.With(school));
    v.set("action", kImport.With(school));
    SetImportHistory(v, ctx, school, storage::ImportKind::kStudents, kPreview, kUndo);
    return v;
}

Response ImportPage(Ctx& ctx) {
    const int64_t school = ctx.Id("school");
    return RenderPage(ctx, "roster/import", ImportView(ctx, school), "Leerlingen importeren");
}

Response Upload(Ctx& ctx) {
    const int64_t school = ctx.Id("school");
    core::Validation v;
    int status = 400;
    if (const auto file = UploadedList(ctx, v, status, "Kies het CSV-bestand met de leerlingen.")) {
        const RosterPlan plan = RosterOf(ctx).service.Plan(school, *file);
        if (plan.problems.empty()) {
            const int64_t id = RosterOf(ctx).imports.AddPreview(
                school, storage::ImportKind::kStudents, UploadName(ctx, "leerlingen.csv"),
                std::string(*file), ctx.user->user_id, ctx.user->display_name, ctx.app.clock.Now());
            return Redirect(kPreview.With(school, id));
        }
        // Nothing of a file that cannot be read, or that holds a BSN, is kept.
        for (const auto& problem : plan.problems) v.Add("bestand", problem);
        status = 422;
    }
    View view = ImportView(ctx, school);
    AddErrors(view, v);
    return RenderPage(ctx, "roster/import", std::move(view), "Leerlingen importeren", status);
}

Response Preview(Ctx& ctx) {
    const int64_t school = ctx.Id("school");
    const auto stored = LoadImport(ctx, storage::ImportKind::kStudents);
    const RosterPlan plan =
        stored.applied_at ? RosterPlan{} : RosterOf(ctx).service.Plan(school, stored.file);
    View v = Object();
    v.set("school", SchoolParam(ctx).name);
    v.set("import_path", kImport.With(school));
    v.set("file", stored.file_name);
    v.set("applied", stored.applied_at.has_value());
    v.set("summary", stored.summary);
    v.set("problems", Texts(plan.problems));
    v.set("has_problems", !plan.problems.empty());
    v.set("columns", Texts(plan.columns));
    v.set("ok", plan.ok() && !stored.applied_at);
    v.set("apply_path", kApply.With(school, stored.id));
    v.set("progress_path", kProgress.With(school, stored.id));
    v.set("plan_summary", plan.Summary());
    v.set("with_errors", plan.with_errors == 1
                             ? std::string("1 regel klopt niet.")
                             : std::to_string(plan.with_errors) + " regels kloppen niet.");
    v.set("has_errors", plan.with_errors > 0);
    ViewList rows;
    for (const auto& p : plan.rows) {
        // Only what needs attention or changes is listed; unchanged rows are counted.
        if (p.action == "gelijk" && p.row.errors.empty()) continue;
        View row = Object();
        row.set("line", std::to_string(p.row.line));
        row.set("local_id", p.row.local_id);
        row.set("name", p.row.name);
        row.set("group", p.row.group);
        row.set("action", p.action);
        row.set("errors", Texts(p.row.errors));
        row.set("has_errors", !p.row.errors.empty());
        std::string changes;
        if (!p.sign_in.empty() && !core::IsMailAddress(p.sign_in))
            changes = "geen e-mailadres: inlognaam " + p.sign_in +
                      ", de mentor geeft een activeringscode";
        for (const auto& c : p.changes) {
            if (!changes.empty()) changes += "; ";
            changes += c;
        }
        row.set("changes", changes);
        rows.push_back(std::move(row));
    }
    v.set("rows", std::move(rows));
    ViewList leavers;
    for (const auto& s : plan.leavers) {
        View item = Object();
        item.set("name", s.name);
        item.set("local_id", s.local_id);
        item.set("group", s.group_name);
        leavers.push_back(std::move(item));
    }
    v.set("has_leavers", !leavers.empty());
    v.set("leaver_count", std::to_string(leavers.size()));
    // Most of the school missing from the file: more likely an export of one class than a
    // school that emptied. Say so before anyone presses "Verwerken".
    const size_t current = plan.leavers.size() + static_cast<size_t>(plan.changed + plan.same);
    v.set("many_leave", plan.leavers.size() > 5 && plan.leavers.size() * 5 > current);
    v.set("leavers", std::move(leavers));
    return RenderPage(ctx, "roster/preview", std::move(v), "Controle: " + stored.file_name);
}

Response Apply(Ctx& ctx) {
    const int64_t school = ctx.Id("school");
    const auto stored = LoadImport(ctx, storage::ImportKind::kStudents);
    auto& progress = RosterOf(ctx).progress;
    const struct Forget {
        ImportProgress& progress;
        int64_t id;
        ~Forget() { progress.Forget(id); }
    } forget{progress, stored.id};
    const RosterPlan plan = RosterOf(ctx).service.Apply(
        school, stored.id, [&](Progress p) { progress.Set(stored.id, p); });
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {"students.imported", "Leerlingen geïmporteerd"}, stored.file_name,
                         plan.Summary(), ctx.req.remote_address);
    SetFlash(ctx, "leerlingen-verwerkt");
    return Redirect(kImport.With(school));
}

// {"state": "busy", "done": 1200, "total": 5000} while this process applies it; "applied" once
// it is; "waiting" before, or while another process applies it.
Response ProgressOf(Ctx& ctx) {
    const auto stored = LoadImport(ctx, storage::ImportKind::kStudents);
    if (stored.applied_at) return Json(200, R"({"state":"applied"})");
    if (const auto p = RosterOf(ctx).progress.Of(stored.id))
        return Json(200, R"({"state":"busy","done":)" + std::to_string(p->done) + R"(,"total":)" +
                             std::to_string(p->total) + "}");
    return Json(200, R"({"state":"waiting"})");
}

Response Undo(Ctx& ctx) {
    return UndoImport(ctx, storage::ImportKind::kStudents,
                      {"students.import_undone", "Import van leerlingen ongedaan gemaakt"},
                      kImport);
}

}  // namespace

void AddRosterRoutes(Router& r) {
    const auto manage = Access::School(Permission::kManageStudents, "school");
    r.Get(kStudents, manage, Students);
    r.Post(kInvite, manage, Invite);
    r.Get(kImport, manage, ImportPage);
    r.Upload(kImport, manage, Upload);
    r.Get(kPreview, manage, Preview);
    r.Post(kApply, manage, Apply);
    r.Get(kProgress, manage, ProgressOf);
    r.Post(kUndo, manage, Undo);
}

}  // namespace koers::web
