// The team level of the quality cycle: the werkplannen of a schooljaar, a team's werkplan with
// its activities and their execution, pulling in action points of the LOB-scan, and the
// evaluation of the werkplan. A mentor or teamleider tied to a team edits only that team's.
#include <map>
#include "modules/quality/web/activity_views.hpp"
#include "modules/quality/web/paths.hpp"
#include "modules/quality/web/quality_parts.hpp"
#include "platform/core/common/dates.hpp"

#include "modules/quality/core/forms.hpp"
#include "modules/quality/web/record_editor.hpp"
#include "modules/quality/web/routes.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace quality_paths;
namespace {

using core::Kind;
using core::Permission;

bool MayEdit(Ctx& ctx, const YearScope& scope, int64_t team_id) {
    return core::Allowed(ctx.user, Permission::kEditWerkplan,
                         core::Target::Team(scope.school.id, team_id));
}

Response ListPlans(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    View v = Object();
    v.set("school", scope.school.name);
    v.set("year", scope.label());
    v.set("year_path", scope.Link(kYear));
    // The counts come from the PDCA facts: a few queries however many teams there are.
    const auto facts = QualityOf(ctx).quality.Facts(scope.year, ctx.app.clock.Now());
    std::map<int64_t, core::Record> plans;
    for (auto& p : QualityOf(ctx).quality.Records(scope.year.id, Kind::kWerkplan))
        if (p.record.team_id) plans[*p.record.team_id] = std::move(p.record);
    ViewList teams;
    for (const auto& t : facts.teams) {
        const auto plan = plans.find(t.team_id);
        View item = Object();
        item.set("name", t.name);
        item.set("path", scope.Link(kPlan, t.team_id));
        item.set("status", plan == plans.end() ? "nog geen werkplan" : StatusText(plan->second));
        item.set("state", !t.has_plan ? "open" : t.adopted ? "done" : "busy");
        std::string activities =
            std::to_string(t.done) + " van " + std::to_string(t.activities) + " uitgevoerd";
        if (t.overdue > 0) activities += ", " + std::to_string(t.overdue) + " te laat";
        item.set("activities", activities);
        teams.push_back(std::move(item));
    }
    v.set("teams", std::move(teams));
    return RenderPage(ctx, "quality/plans", std::move(v), "Werkplannen · " + scope.school.name);
}

RecordPage PlanPage(Ctx& ctx, const YearScope& scope) {
    const auto team = TeamOf(ctx, scope);
    RecordPage page;
    page.kind = Kind::kWerkplan;
    page.team_id = team.id;
    page.stored = QualityOf(ctx).quality.Single(scope.year.id, Kind::kWerkplan, team.id);
    page.heading = "Werkplan " + team.name + " " + scope.label();
    page.intro =
        "Welke activiteiten en begeleiding biedt dit team, voor wie, wanneer en door "
        "wie, en aan welk doel van het beleid dragen ze bij?";
    page.back_path = scope.Link(kPlans);
    page.back_label = "Werkplannen";
    page.action = scope.Link(kPlan, team.id);
    page.adopt_path = scope.Link(kAdoptPlan, team.id);
    page.done_path = page.action;
    page.may_edit = MayEdit(ctx, scope, team.id);
    page.may_adopt = core::Allowed(ctx.user, Permission::kAdoptWerkplan,
                                   core::Target::Team(scope.school.id, team.id));
    if (!page.stored) {
        page.form_heading = "Werkplan beginnen";
        return page;
    }
    const bool editable = page.may_edit && scope.year.open();
    ViewList activities = ActivityViews(ctx, scope, team.id, true);
    page.children = static_cast<int>(activities.size());
    page.view.set("activities_section", true);
    page.view.set("activities_heading", "Activiteiten en uitvoering");
    page.view.set("activities", std::move(activities));
    page.view.set("plan_links", true);
    page.view.set("evaluation_path", scope.Link(kPlanEvaluation, team.id));
    page.view.set("tasks_path", scope.Link(kTasks) + "?team=" + std::to_string(team.id));
    if (editable) {
        page.view.set("new_activity_path", scope.Link(kNewActivity, team.id));
        page.view.set("scan_actions", ScanActionViews(ctx, scope, team.id));
        page.view.set("scan_action_path", scope.Link(kScanActions, team.id));
    }
    return page;
}

storage::StoredRecord StoredPlan(Ctx& ctx, const YearScope& scope, int64_t team_id) {
    auto plan = QualityOf(ctx).quality.Single(scope.year.id, Kind::kWerkplan, team_id);
    if (!plan) throw core::NotFound("Dit team heeft nog geen werkplan. Begin eerst het werkplan.");
    return *plan;
}

RecordPage ActivityPage(Ctx& ctx, const YearScope& scope, bool existing) {
    const auto team = TeamOf(ctx, scope);
    const auto plan = StoredPlan(ctx, scope, team.id);
    RecordPage page;
    page.kind = Kind::kActiviteit;
    page.team_id = team.id;
    page.parent_id = plan.record.id;
    page.back_path = scope.Link(kPlan, team.id);
    page.back_label = "Werkplan " + team.name;
    page.done_path = page.back_path;
    page.may_edit = MayEdit(ctx, scope, team.id);
    page.may_delete = true;
    OpenListed(ctx, scope, page, existing, kActivityPaths, {}, team.id);
    if (plan.record.status == core::kVastgesteld)
        page.adopted_warning =
            "Deze activiteit hoort bij het vastgestelde werkplan. Voegt u een activiteit toe of "
            "verandert u de planning (de status en de toelichting niet meegerekend), dan wordt "
            "het werkplan weer een concept dat opnieuw moet worden vastgesteld.";
    page.heading = page.stored ? std::string(core::FieldOf(page.stored->record.fields, "wat")) +
                                     " · " + team.name
                               : "Nieuwe activiteit · " + team.name;
    return page;
}

RecordPage NewActivityPage(Ctx& ctx, const YearScope& scope) {
    return ActivityPage(ctx, scope, false);
}
RecordPage ExistingActivityPage(Ctx& ctx, const YearScope& scope) {
    return ActivityPage(ctx, scope, true);
}

// Action points of the school's LOB-scan rounds become planned activities of the werkplan.
Response ImportScanActions(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    RequireOpen(scope);
    const auto team = TeamOf(ctx, scope);  // the route checked this team (Within)
    TakeScanActions(ctx, scope, StoredPlan(ctx, scope, team.id));
    return Redirect(scope.Link(kPlan, team.id));
}

RecordPage PlanEvaluationPage(Ctx& ctx, const YearScope& scope) {
    const auto team = TeamOf(ctx, scope);
    RecordPage page;
    page.kind = Kind::kEvaluatie;
    page.team_level = true;
    page.team_id = team.id;
    page.stored = QualityOf(ctx).quality.Single(scope.year.id, Kind::kEvaluatie, team.id);
    page.heading = "Evaluatie werkplan " + team.name + " " + scope.label();
    page.intro =
        "Zijn de activiteiten echt uitgevoerd, met welke resultaten en welke kwaliteit? "
        "De bijstellingen gaan mee naar het werkplan van volgend schooljaar.";
    page.back_path = scope.Link(kPlan, team.id);
    page.back_label = "Werkplan " + team.name;
    page.action = scope.Link(kPlanEvaluation, team.id);
    page.done_path = page.action;
    page.may_edit = MayEdit(ctx, scope, team.id);
    page.view.set("activities_section", true);
    page.view.set("activities_heading", "Activiteiten en uitvoering");
    page.view.set("activities", ActivityViews(ctx, scope, team.id, false));
    return page;
}

}  // namespace

void AddQualityWerkplanRoutes(Router& r) {
    using enum RecordAction;
    const auto view = Access::School(Permission::kViewQuality, "school");
    // A team's werkplan is edited and adopted by that team's roles and the school-wide ones.
    const auto edit = Access::School(Permission::kEditWerkplan, "school").Within(TeamParam);
    const auto adopt = Access::School(Permission::kAdoptWerkplan, "school").Within(TeamParam);
    r.Get(kPlans, view, ListPlans);
    r.Get(kPlan, view, RecordRoute(kShow, PlanPage));
    r.Post(kPlan, edit, RecordRoute(kSave, PlanPage));
    r.Post(kAdoptPlan, adopt, RecordRoute(kAdopt, PlanPage));
    r.Get(kNewActivity, edit, RecordRoute(kNew, NewActivityPage));
    r.Post(kActivities, edit, RecordRoute(kSave, NewActivityPage));
    r.Get(kActivity, view, RecordRoute(kShow, ExistingActivityPage));
    r.Post(kActivity, edit, RecordRoute(kSave, ExistingActivityPage));
    r.Post(kDeleteActivity, edit, RecordRoute(kDelete, ExistingActivityPage));
    r.Post(kScanActions, edit, ImportScanActions);
    r.Get(kPlanEvaluation, view, RecordRoute(kShow, PlanEvaluationPage));
    r.Post(kPlanEvaluation, edit, RecordRoute(kSave, PlanEvaluationPage));
}

}  // namespace koers::web
