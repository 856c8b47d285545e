// Keeping and erasing loopbaandossiers by hand: the school (schoolleider or decaan) sets how
// long a leaver's dossier is kept; the student, or the parent of a student under 16, has the
// dossier erased completely. Erasing asks for a confirmation, suggests downloading first, and is
// written to the audit log without content.
#include <string>

#include "modules/dossier/core/parents.hpp"
#include "modules/dossier/core/retention.hpp"
#include "modules/dossier/web/dossier_parts.hpp"
#include "modules/dossier/web/dossier_view.hpp"
#include "modules/dossier/web/paths.hpp"
#include "modules/dossier/web/routes.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"

namespace koers::web {

using namespace dossier_paths;
using core::Permission;
namespace {

Response RetentionPage(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const int years = DossierOf(ctx).retention.Years(school.id);
    View v = Object();
    v.set("school", school.name);
    v.set("action", kRetention.With(school.id));
    ViewList options;
    for (int y = core::kMinRetentionYears; y <= core::kMaxRetentionYears; ++y) {
        View o = Object();
        o.set("value", std::to_string(y));
        o.set("label", y == 1 ? std::string("1 jaar") : std::to_string(y) + " jaar");
        o.set("chosen", y == years);
        options.push_back(std::move(o));
    }
    v.set("options", std::move(options));
    return RenderPage(ctx, "dossier/retention", std::move(v), "Bewaartermijn loopbaandossiers");
}

Response SaveRetention(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto chosen = core::ParseInt(ctx.Field("jaren"));
    const auto years = chosen ? core::RetentionYears(*chosen) : std::nullopt;
    if (!years) throw core::InvalidInput("Kies een bewaartermijn van 1 tot 10 jaar.");
    DossierOf(ctx).retention.SetYears(school.id, *years);
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {"dossier.retention", "Bewaartermijn van loopbaandossiers ingesteld"},
                         school.name, std::to_string(*years) + " jaar", ctx.req.remote_address);
    SetFlash(ctx, "bewaartermijn-opgeslagen");
    return Redirect(kRetention.With(school.id));
}

// Who may erase: the student, or a parent while the student is under 16.
void CheckMayErase(Ctx& ctx, const StudentScope& scope) {
    if (scope.own) return;
    if (ParentRuleOf(ctx, scope.student) != core::ParentRule::kSummary)
        throw core::Forbidden("Vanaf 16 jaar beslist uw kind zelf over het eigen loopbaandossier.");
}

View EraseView(const StudentScope& scope, bool parent) {
    const auto& s = scope.student;
    View v = Object();
    v.set("own", scope.own);
    v.set("name", s.name);
    v.set("school", scope.school_name);
    v.set("back_path",
          parent ? kForParents.With(s.school_id, s.id) : kDossier.With(s.school_id, s.id));
    v.set("carry_path", kCarry.With(s.school_id, s.id));
    v.set("action", parent ? kParentErase.With(s.school_id, s.id) : kErase.With(s.school_id, s.id));
    return v;
}

Response ErasePage(Ctx& ctx, bool parent) {
    const StudentScope scope = LoadStudent(ctx, Use::kAsIs);
    CheckMayErase(ctx, scope);
    return RenderPage(
        ctx, "dossier/erase", EraseView(scope, parent),
        scope.own ? "Mijn dossier wissen" : "Dossier van " + scope.student.name + " wissen");
}

Response Erase(Ctx& ctx, bool parent) {
    const StudentScope scope = LoadStudent(ctx, Use::kAsIs);
    CheckMayErase(ctx, scope);
    const auto& s = scope.student;
    if (ctx.Field("zeker") != "ja") {
        View v = EraseView(scope, parent);
        core::Validation errors;
        errors.Add("zeker", scope.own ? "Vink aan dat je zeker weet dat alles weg moet."
                                      : "Vink aan dat u zeker weet dat alles weg moet.");
        AddErrors(v, errors);
        return RenderPage(ctx, "dossier/erase", std::move(v), "Dossier wissen", 400);
    }
    const int64_t entries = DossierOf(ctx).retention.Erase(s.id, ctx.app.clock.Now());
    ctx.app.audit.Record(
        ctx.app.clock.Now(), ctx.user->user_id, {"dossier.erased", "Loopbaandossier gewist"},
        scope.school_name,
        std::string(scope.own ? "op verzoek van de leerling" : "op verzoek van een ouder") +
            ": loopbaandossier van inschrijving " + std::to_string(s.id) + " gewist (" +
            std::to_string(entries) + " stukken)",
        ctx.req.remote_address);
    SetFlash(ctx, scope.own ? "dossier-gewist" : "dossier-kind-gewist");
    return Redirect(parent ? kForParents.With(s.school_id, s.id)
                           : kDossier.With(s.school_id, s.id));
}

}  // namespace

void AddDossierRetentionRoutes(Router& r) {
    const auto manage = Access::School(Permission::kManageStudents, "school");
    r.Get(kRetention, manage, RetentionPage);
    r.Post(kRetention, manage, SaveRetention);
    const auto own = Access::School(Permission::kWriteDossier, "school").Within(StudentParam);
    r.Get(kErase, own, [](Ctx& ctx) { return ErasePage(ctx, false); });
    r.Post(kErase, own, [](Ctx& ctx) { return Erase(ctx, false); });
    const auto parent = Access::School(Permission::kParentView, "school").Within(StudentParam);
    r.Get(kParentErase, parent, [](Ctx& ctx) { return ErasePage(ctx, true); });
    r.Post(kParentErase, parent, [](Ctx& ctx) { return Erase(ctx, true); });
}

}  // namespace koers::web
