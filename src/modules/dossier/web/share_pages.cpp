// Sharing the loopbaandossier with the next school in this installation (core/sharing): the
// student prepares a share (school, parts, motivation; the mentor's advice from the latest
// gesprek), reads exactly what the school will see, signs it off and sends it, and revokes it at
// any time; the receiving school's decaan or schoolleider accepts or declines, and reads an
// accepted share live from the student's dossier, each look logged for the student.
#include <algorithm>
#include <string>

#include "modules/dossier/core/entries.hpp"
#include "modules/dossier/core/sharing.hpp"
#include "modules/dossier/core/talks.hpp"
#include "modules/dossier/web/dossier_parts.hpp"
#include "modules/dossier/web/dossier_view.hpp"
#include "modules/dossier/web/entry_editor.hpp"
#include "modules/dossier/web/paths.hpp"
#include "modules/dossier/web/routes.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/core/common/validation.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/records/author.hpp"
#include "platform/web/records/record_views.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {

using namespace dossier_paths;
using core::Permission;
namespace {

constexpr size_t kMaxSharesPerEnrolment = 20;

// The mentor's advice: what the latest gesprek looked ahead to.
std::string LatestAdvice(const std::vector<storage::DossierEntry>& entries) {
    for (const auto& e : entries)  // the last changed first
        if (e.kind == core::EntryKind::kGesprek) {
            const auto ahead = core::FieldOf(e.fields, "vooruitblik");
            if (!ahead.empty()) return std::string(ahead);
        }
    return {};
}

// The shared parts as one Dutch phrase, in the order of the kinds: "Ervaring, Keuze of doel en
// Loopbaangesprek".
std::string PartsText(const std::vector<std::string>& kinds) {
    std::vector<std::string> labels;
    for (const auto& k : core::EntryKinds())
        if (std::find(kinds.begin(), kinds.end(), k.code) != kinds.end())
            labels.emplace_back(k.label);
    return core::DutchList(labels);
}

// What the school sees: the doorstroomdossier (onderwijshistorie, the mentor's advice, the
// motivation) and the shared parts of the student's dossier, as they are now.
void AddSharedView(Ctx& ctx, const storage::ShareRecord& share, View& v) {
    const auto student = ctx.app.students.Student(share.student_id);
    if (!student) throw core::NotFound();
    ViewList history;
    for (const auto& e : ctx.app.students.OfUser(student->user_id)) {
        const auto school = ctx.app.orgs.School(e.school_id);
        history.emplace_back((school ? school->name : std::string("een school")) + " · " +
                             e.onderwijstype + ", leerjaar " + std::to_string(e.leerjaar) +
                             (e.left_at ? " (vertrokken " + core::FormatDateLong(*e.left_at) + ")"
                                        : std::string(" (nu)")));
    }
    v.set("history", std::move(history));
    v.set("advice", share.advice);
    v.set("motivation", share.motivation);
    ViewList entries;
    for (const auto& e : DossierOf(ctx).dossiers.Entries(share.student_id)) {
        const auto code = core::InfoOf(e.kind).code;
        if (std::find(share.kinds.begin(), share.kinds.end(), code) == share.kinds.end()) continue;
        View item = Object();
        item.set("title", core::EntryTitle(e.kind, e.fields));
        item.set("kind", std::string(core::InfoOf(e.kind).label));
        item.set("when", core::FormatDateLong(e.created_at));
        item.set("read", ReadViews(FormFor(e.kind, e.fields), e.fields));
        entries.push_back(std::move(item));
    }
    v.set("parts", PartsText(share.kinds));
    v.set("has_shared_entries", !entries.empty());
    v.set("shared_entries", std::move(entries));
}

View ShareSummary(const storage::ShareRecord& s, std::string href) {
    View item = LinkView(std::move(href), s.to_school_name);
    item.set("student", s.student_name);
    item.set("from", s.from_school_name);
    item.set("state", std::string(core::ShareStateLabel(s.state)));
    item.set("when", core::FormatDateLong(s.created_at));
    return item;
}

Response SharesPage(Ctx& ctx, const StudentScope& scope, const core::Fields& fields,
                    const core::Validation& errors, int status) {
    const auto& s = scope.student;
    View v = Object();
    v.set("dossier_path", kDossier.With(s.school_id, s.id));
    v.set("action", kShares.With(s.school_id, s.id));
    ViewList shares;
    for (const auto& share : DossierOf(ctx).shares.AllOfStudent(s.id))
        shares.push_back(ShareSummary(share, kShare.With(s.school_id, s.id, share.id)));
    v.set("has_shares", !shares.empty());
    v.set("shares", std::move(shares));
    ViewList schools;
    const std::string chosen = ctx.Field("naar");
    for (const auto& school : ctx.app.orgs.Schools()) {
        if (school.id == s.school_id) continue;
        View o = Object();
        o.set("value", std::to_string(school.id));
        o.set("label", school.name);
        o.set("chosen", chosen == std::to_string(school.id));
        schools.push_back(std::move(o));
    }
    v.set("schools", std::move(schools));
    v.set("fields", FieldViews(core::ShareForm(), fields, errors));
    v.set("advice", LatestAdvice(DossierOf(ctx).dossiers.Entries(s.id)));
    AddFieldErrors(v, core::ShareForm(), errors);
    return RenderPage(ctx, "dossier/shares", std::move(v), "Je dossier delen met een nieuwe school",
                      status);
}

Response ListShares(Ctx& ctx) {
    return SharesPage(ctx, LoadOwnStudent(ctx, Use::kAsIs), {}, {}, 200);
}

Response CreateShare(Ctx& ctx) {
    const StudentScope scope = LoadOwnStudent(ctx, Use::kAsIs);
    const auto& s = scope.student;
    const core::Form form = core::ShareForm();
    const core::Fields fields = core::Normalise(form, ctx.form);
    auto errors = core::Validate(form, fields);
    const auto to = core::ParseInt(ctx.Field("naar"), 1);
    const auto school = to ? ctx.app.orgs.School(*to) : std::nullopt;
    if (!school || school->id == s.school_id)
        errors.Add("naar", "Kies de school waar je naartoe gaat.");
    if (!errors.ok()) return SharesPage(ctx, scope, fields, errors, 400);
    if (DossierOf(ctx).shares.AllOfStudent(s.id).size() >= kMaxSharesPerEnrolment)
        throw core::Conflict(
            "Je hebt je dossier al met veel scholen gedeeld. Trek eerst een "
            "deling in die je niet meer nodig hebt.");
    const int64_t id = DossierOf(ctx).shares.Create(
        s.id, school->id, core::SplitChoices(core::FieldOf(fields, "delen")),
        std::string(core::FieldOf(fields, "motivatie")),
        LatestAdvice(DossierOf(ctx).dossiers.Entries(s.id)), ctx.app.clock.Now());
    return Redirect(kShare.With(s.school_id, s.id, id));
}

storage::ShareRecord OwnShare(Ctx& ctx, const StudentScope& scope) {
    auto share = DossierOf(ctx).shares.OfStudent(scope.student.id, ctx.Id("deel"));
    if (!share) throw core::NotFound();
    return *share;
}

Response SharePage(Ctx& ctx, const StudentScope& scope, const storage::ShareRecord& share,
                   const core::Validation& errors, int status) {
    const auto& s = scope.student;
    View v = Object();
    v.set("shares_path", kShares.With(s.school_id, s.id));
    v.set("school", share.to_school_name);
    v.set("state", std::string(core::ShareStateLabel(share.state)));
    v.set("concept", share.state == core::ShareState::kConcept);
    v.set("send_path", kSendShare.With(s.school_id, s.id, share.id));
    if (core::Revocable(share.state))
        v.set("revoke_path", kRevokeShare.With(s.school_id, s.id, share.id));
    AddSharedView(ctx, share, v);
    AddErrors(v, errors);
    return RenderPage(ctx, "dossier/share", std::move(v), "Delen met " + share.to_school_name,
                      status);
}

Response ShowShare(Ctx& ctx) {
    const StudentScope scope = LoadOwnStudent(ctx, Use::kAsIs);
    return SharePage(ctx, scope, OwnShare(ctx, scope), {}, 200);
}

Response SendShare(Ctx& ctx) {
    const StudentScope scope = LoadOwnStudent(ctx, Use::kAsIs);
    const auto share = OwnShare(ctx, scope);
    if (ctx.Field("akkoord") != "ja") {
        core::Validation errors;
        errors.Add("akkoord", "Vink aan dat je hebt gelezen wat de school te zien krijgt.");
        return SharePage(ctx, scope, share, errors, 400);
    }
    if (!DossierOf(ctx).shares.Send(scope.student.id, share.id))
        throw core::Conflict("Deze deling is al verstuurd of ingetrokken.");
    SetFlash(ctx, "deel-verstuurd");
    return Redirect(kShare.With(scope.student.school_id, scope.student.id, share.id));
}

Response RevokeShare(Ctx& ctx) {
    const StudentScope scope = LoadOwnStudent(ctx, Use::kAsIs);
    const auto share = OwnShare(ctx, scope);
    if (!DossierOf(ctx).shares.Revoke(scope.student.id, share.id, ctx.app.clock.Now()))
        throw core::Conflict("Deze deling is al ingetrokken of afgewezen.");
    SetFlash(ctx, "deel-ingetrokken");
    return Redirect(kShare.With(scope.student.school_id, scope.student.id, share.id));
}

// The receiving school's side.
storage::ShareRecord SchoolShare(Ctx& ctx) {
    auto share = DossierOf(ctx).shares.ToSchool(ctx.Id("school"), ctx.Id("deel"));
    if (!share) throw core::NotFound();
    if (share->state == core::ShareState::kRevoked)
        throw core::Gone(
            "De leerling heeft het delen ingetrokken. U kunt dit dossier niet meer "
            "lezen.");
    if (share->state == core::ShareState::kDeclined)
        throw core::Gone("U heeft dit dossier afgewezen.");
    return *share;
}

Response Received(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    View v = Object();
    v.set("school", school.name);
    ViewList shares;
    for (const auto& share : DossierOf(ctx).shares.AllToSchool(school.id))
        shares.push_back(ShareSummary(share, kReceivedShare.With(school.id, share.id)));
    v.set("has_shares", !shares.empty());
    v.set("shares", std::move(shares));
    return RenderPage(ctx, "dossier/received", std::move(v), "Gedeelde loopbaandossiers");
}

Response ReceivedShare(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto share = SchoolShare(ctx);
    View v = Object();
    v.set("list_path", kReceived.With(school.id));
    v.set("student", share.student_name);
    v.set("from", share.from_school_name);
    v.set("state", std::string(core::ShareStateLabel(share.state)));
    const bool accepted = share.state == core::ShareState::kAccepted;
    v.set("accepted", accepted);
    v.set("decide_path", kDecideShare.With(school.id, share.id));
    v.set("offered_parts", PartsText(share.kinds));
    if (accepted) {
        AddSharedView(ctx, share, v);
        std::string basis = "gedeeld dossier";
        for (const auto& m : ctx.user->memberships)
            if (m.school_id == school.id)
                basis = std::string(core::RoleLabel(m.role)) + " van " + school.name +
                        " (gedeeld dossier)";
        DossierOf(ctx).dossiers.LogLook(share.student_id, AuthorOf(ctx), basis,
                                        "het gedeelde dossier", ctx.app.clock.Now());
    }
    return RenderPage(ctx, "dossier/received_share", std::move(v),
                      "Loopbaandossier van " + share.student_name);
}

Response DecideShare(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto share = SchoolShare(ctx);
    const auto choice = ctx.Field("besluit");
    if (choice != "accepteren" && choice != "afwijzen")
        throw core::InvalidInput("Kies accepteren of afwijzen.");
    if (!DossierOf(ctx).shares.Decide(school.id, share.id, choice == "accepteren",
                                      ctx.user->display_name, ctx.app.clock.Now()))
        throw core::Conflict(
            "Over dit dossier is al besloten, of de leerling heeft het "
            "ingetrokken.");
    SetFlash(ctx, choice == "accepteren" ? "deel-geaccepteerd" : "deel-afgewezen");
    return Redirect(choice == "accepteren" ? kReceivedShare.With(school.id, share.id)
                                           : kReceived.With(school.id));
}

}  // namespace

void AddDossierShareRoutes(Router& r) {
    const auto own = Access::School(Permission::kWriteDossier, "school").Within(StudentParam);
    r.Get(kShares, own, ListShares);
    r.Post(kShares, own, CreateShare);
    r.Get(kShare, own, ShowShare);
    r.Post(kSendShare, own, SendShare);
    r.Post(kRevokeShare, own, RevokeShare);
    const auto receive = Access::School(Permission::kManageStudents, "school");
    r.Get(kReceived, receive, Received);
    r.Get(kReceivedShare, receive, ReceivedShare);
    r.Post(kDecideShare, receive, DecideShare);
}

}  // namespace koers::web
