// One assignment: its page (a school's staff see their own and the shared ones; anyone the
// shared ones), writing and saving a school's own (the record kernel's optimistic save: a stale
// save shows both versions and overwrites nothing), sharing it with every school under a licence
// or taking it back, copying one into the school's own, and deleting. Another school's
// assignment that is not shared is a 404, the same as one that does not exist.
#include "modules/curriculum/core/assignment.hpp"
#include "modules/curriculum/web/assignment_view.hpp"
#include "modules/curriculum/web/curriculum_parts.hpp"
#include "modules/curriculum/web/paths.hpp"
#include "modules/curriculum/web/routes.hpp"
#include "modules/curriculum/web/worksheets.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/outbox_repo.hpp"  // AuditRepo
#include "platform/web/http/parse.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/records/author.hpp"
#include "platform/web/records/record_views.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {

using namespace curriculum_paths;
using core::Permission;
namespace {

// A school's bank holds at most this many of its own: far more than any school writes, and a
// bound on what one school's script can add to every process's memory.
constexpr int64_t kMaxAssignmentsPerSchool = 5000;

void RequireRoom(Ctx& ctx, int64_t school) {
    if (CurriculumOf(ctx).assignments.CountOf(school) >= kMaxAssignmentsPerSchool)
        throw core::Conflict(
            "Uw school heeft al 5.000 opdrachten in de opdrachtenbank. Verwijder eerst "
            "opdrachten die u niet meer gebruikt.");
}

// The {opdracht} as the {school} may see it; throws core::NotFound.
storage::StoredAssignment Visible(Ctx& ctx, int64_t school) {
    auto a = CurriculumOf(ctx).assignments.Visible(school, ctx.Id("opdracht"));
    if (!a) throw core::NotFound();
    return std::move(*a);
}

bool OriginVisible(Ctx& ctx, const storage::StoredAssignment& a, std::optional<int64_t> school) {
    return a.origin_id && CurriculumOf(ctx).assignments.Visible(school, *a.origin_id);
}

Response ShowAssignment(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto a = Visible(ctx, school.id);
    const bool own = a.school_id == school.id;
    View v = AssignmentView(a, school.id, OriginVisible(ctx, a, school.id));
    v.set("bank_path", kBank.With(school.id));
    v.set("bank_label", std::string("Opdrachtenbank van ") + school.name);
    v.set("own", own);
    AddWorksheetViews(ctx, a, school.id, own, v);
    v.set("version", std::to_string(a.version));
    v.set("copy_path", kCopy.With(school.id, a.id));
    if (MayPlan(ctx, school.id))
        v.set("plan_path",
              WithQuery(kNewActivity.With(school.id), {{"opdracht", std::to_string(a.id)}}));
    if (own) {
        v.set("edit_path", kEdit.With(school.id, a.id));
        v.set("delete_path", kDelete.With(school.id, a.id));
        v.set("history_path", kHistory.With(school.id, a.id));
        if (core::Allowed(ctx.user, Permission::kShareAssignments,
                          core::Target::School(school.id))) {
            v.set("share_path", kShare.With(school.id, a.id));
            // A copy is shared on the terms of its original; the first allowed one is chosen.
            ViewList licences;
            for (const auto& l : core::Licences())
                if (core::LicenceAllowed(a.origin_licence, l.code))
                    licences.push_back(ChoiceView(std::string(l.code),
                                                  std::string(l.label) + ": " + std::string(l.says),
                                                  licences.empty()));
            v.set("licences", std::move(licences));
            v.set("licence_bound", !core::LicenceAllowed(a.origin_licence, "cc-by"));
        }
    }
    return RenderPage(ctx, "curriculum/assignment", std::move(v), a.title() + " · Opdrachtenbank");
}

Response PublicShow(Ctx& ctx) {
    auto a = CurriculumOf(ctx).assignments.Visible(std::nullopt, ctx.Id("opdracht"));
    if (!a) throw core::NotFound();
    View v = AssignmentView(*a, std::nullopt, OriginVisible(ctx, *a, std::nullopt));
    v.set("bank_path", kPublicBank.With());
    v.set("bank_label", std::string("Opdrachtenbank"));
    v.set("public", true);
    AddWorksheetViews(ctx, *a, std::nullopt, false, v);
    PageMeta meta;
    meta.description = std::string(core::FieldOf(a->fields, "wat")).substr(0, 300);
    meta.canonical_path = kPublicAssignment.With(a->id);
    return RenderPage(ctx, "curriculum/assignment", std::move(v), a->title() + " · Opdrachtenbank",
                      200, &meta);
}

Response AssignmentFormPage(Ctx& ctx, const storage::SchoolRecord& school,
                            const storage::StoredAssignment* stored, const core::Fields& fields,
                            const core::Validation& errors, int status, View conflict = {}) {
    View v = Object();
    v.set("bank_path", kBank.With(school.id));
    v.set("school", school.name);
    v.set("heading", stored ? "Opdracht bewerken" : "Nieuwe opdracht");
    v.set("action", stored ? kEdit.With(school.id, stored->id) : kNew.With(school.id));
    v.set("version", std::to_string(stored ? stored->version : 0));
    v.set("back_path", stored ? kAssignment.With(school.id, stored->id) : kBank.With(school.id));
    v.set("fields", FieldViews(core::AssignmentForm(), fields, errors));
    if (conflict.kind() == View::Kind::kObject) v.set("conflict", std::move(conflict));
    AddFieldErrors(v, core::AssignmentForm(), errors);
    const std::string title = v.Find("heading")->string() + " · " + school.name;
    return RenderPage(ctx, "curriculum/form", std::move(v), title, status);
}

Response NewAssignmentForm(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    return AssignmentFormPage(ctx, school, nullptr, {}, {}, 200);
}

Response CreateAssignment(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const core::Fields fields = core::Normalise(core::AssignmentForm(), ctx.form);
    const auto errors = core::CheckAssignment(fields);
    if (!errors.ok()) return AssignmentFormPage(ctx, school, nullptr, fields, errors, 400);
    RequireRoom(ctx, school.id);
    const int64_t id =
        CurriculumOf(ctx).assignments.Create(school.id, fields, AuthorOf(ctx), ctx.app.clock.Now());
    AssignmentChanged(ctx, id);
    SetFlash(ctx, "opdracht-opgeslagen");
    return Redirect(kAssignment.With(school.id, id));
}

Response EditAssignmentForm(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto a = OwnAssignment(ctx, school.id);
    return AssignmentFormPage(ctx, school, &a, a.fields, {}, 200);
}

Response SaveAssignment(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto a = OwnAssignment(ctx, school.id);
    const int version = PostedVersion(ctx);
    const core::Fields fields = core::Normalise(core::AssignmentForm(), ctx.form);
    const auto errors = core::CheckAssignment(fields);
    if (!errors.ok()) return AssignmentFormPage(ctx, school, &a, fields, errors, 400);
    if (version == a.version &&
        CurriculumOf(ctx).assignments.Update(school.id, a.id, version, fields, AuthorOf(ctx),
                                             ctx.app.clock.Now())) {
        AssignmentChanged(ctx, a.id);
        SetFlash(ctx, "opdracht-opgeslagen");
        return Redirect(kAssignment.With(school.id, a.id));
    }
    const auto now = CurriculumOf(ctx).assignments.Visible(school.id, a.id);
    if (!now) throw core::Gone("Deze opdracht is intussen verwijderd.");
    View conflict = ConflictView(
        "Iemand heeft deze opdracht intussen ook veranderd. Hieronder staat wat nu is "
        "opgeslagen naast uw versie, die nog in het formulier staat: kijk hem na en sla "
        "opnieuw op.",
        core::Changes(core::AssignmentForm(), now->fields, fields));
    return AssignmentFormPage(ctx, school, &*now, fields, {}, 409, std::move(conflict));
}

Response ShareAssignment(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto a = OwnAssignment(ctx, school.id);
    const std::string licence = ctx.Field("licentie");
    const bool share = licence != "geen";
    if (share && !core::LicenceOf(licence))
        throw core::InvalidInput("Kies een licentie waaronder u de opdracht deelt.");
    if (share && !core::LicenceAllowed(a.origin_licence, licence))
        throw core::InvalidInput("Deze opdracht is een kopie van een opdracht onder " +
                                 std::string(core::LicenceOf(a.origin_licence)->label) +
                                 ". Die licentie vraagt dat u hem onder dezelfde licentie deelt.");
    const int version = PostedVersion(ctx);
    if (!CurriculumOf(ctx).assignments.SetShared(school.id, a.id, version,
                                                 share ? licence : std::string(), AuthorOf(ctx),
                                                 ctx.app.clock.Now()))
        throw core::Conflict(
            "Iemand heeft deze opdracht intussen veranderd. Bekijk hem opnieuw en deel hem dan.");
    AssignmentChanged(ctx, a.id);
    ctx.app.audit.Record(
        ctx.app.clock.Now(), ctx.user->user_id,
        share ? core::AuditAction{"assignment.shared", "Opdracht gedeeld met alle scholen"}
              : core::AuditAction{"assignment.unshared", "Opdracht niet meer gedeeld"},
        school.name, a.title(), ctx.req.remote_address);
    SetFlash(ctx, share ? "opdracht-gedeeld" : "opdracht-niet-gedeeld");
    return Redirect(kAssignment.With(school.id, a.id));
}

Response Copy(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto a = Visible(ctx, school.id);
    RequireRoom(ctx, school.id);
    const int64_t id =
        CurriculumOf(ctx).assignments.Copy(school.id, a, AuthorOf(ctx), ctx.app.clock.Now());
    CopyWorksheets(ctx, a.id, id);
    AssignmentChanged(ctx, id);
    SetFlash(ctx, "opdracht-gekopieerd");
    return Redirect(kEdit.With(school.id, id));
}

Response DeleteAssignment(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto a = OwnAssignment(ctx, school.id);
    if (!CurriculumOf(ctx).assignments.Delete(school.id, a.id, PostedVersion(ctx), AuthorOf(ctx),
                                              ctx.app.clock.Now()))
        throw core::Conflict(
            "Iemand heeft deze opdracht intussen veranderd. Bekijk hem opnieuw voordat u hem "
            "verwijdert.");
    AssignmentChanged(ctx, a.id);
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {"assignment.deleted", "Opdracht verwijderd"}, school.name, a.title(),
                         ctx.req.remote_address);
    SetFlash(ctx, "opdracht-verwijderd");
    return Redirect(kBank.With(school.id));
}

}  // namespace

void AddAssignmentRoutes(Router& r) {
    const auto use = Access::School(Permission::kUseAssignments, "school");
    r.Get(kNew, use, NewAssignmentForm);
    r.Post(kNew, use, CreateAssignment);
    r.Get(kAssignment, use, ShowAssignment);
    r.Get(kEdit, use, EditAssignmentForm);
    r.Post(kEdit, use, SaveAssignment);
    r.Post(kCopy, use, Copy);
    r.Post(kDelete, use, DeleteAssignment);
    r.Post(kShare, Access::School(Permission::kShareAssignments, "school"), ShareAssignment);
    r.Published(kPublicAssignment, PublicShow);
}

}  // namespace koers::web
