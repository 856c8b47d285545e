// The quality cycle of a school at a glance: starting it, the PDCA overview of a schooljaar
// (school level and every team: what is done, overdue and next), "nieuw schooljaar starten",
// and for the regiocoördinator the same status of the region's schools, without their content.
#include "modules/quality/core/cycle.hpp"
#include "modules/quality/web/paths.hpp"
#include "modules/quality/web/quality_parts.hpp"
#include "modules/quality/web/quality_view.hpp"
#include "modules/quality/web/routes.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/paths.hpp"
#include "platform/web/render/shapes.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace quality_paths;
namespace {

// The parts of a schooljaar, in the order of the cycle.
constexpr std::pair<RoutePath, const char*> kSections[] = {
    {kVisie, "LOB-visie"},
    {kBeleid, "LOB-beleid en doelen"},
    {kPlans, "Werkplannen per team"},
    {kEvaluation, "Evaluatie van het beleid"},
    {kTalks, "Leiderschapsgesprekken"},
    {kTasks, "LOB-taken"},
    {kHistory, "Geschiedenis"},
};

using core::Permission;

ViewList StepViews(const core::LevelStatus& level) {
    ViewList steps;
    for (size_t i = 0; i < level.steps.size(); ++i) {
        const auto& s = level.steps[i];
        View step = Object();
        step.set("step", std::string(core::StepLabel(static_cast<core::Step>(i))));
        step.set("state", std::string(core::StepStateCode(s.state)));
        step.set("label", std::string(core::StepStateLabel(s.state)));
        step.set("detail", s.detail);
        steps.push_back(std::move(step));
    }
    return steps;
}

Response Start(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto years = QualityOf(ctx).quality.Years(school.id);
    // The newest schooljaar is where the school works (it may start the next one before August).
    if (!years.empty()) return Redirect(kYear.With(school.id, years.front().start_year));
    View v = Object();
    v.set("school", school.name);
    v.set("school_path", platform_paths::kSchool.With(school.id));
    v.set("year", core::SchoolYearLabel(core::SchoolYearOf(ctx.app.clock.Now())));
    v.set("action", kStart.With(school.id));
    v.set("can_start",
          core::Allowed(ctx.user, Permission::kEditQuality, core::Target::School(school.id)));
    return RenderPage(ctx, "quality/start", std::move(v), "Kwaliteitscyclus · " + school.name);
}

Response StartFirstYear(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto year = QualityOf(ctx).quality.StartFirstYear(
        school.id, core::SchoolYearOf(ctx.app.clock.Now()), AuthorOf(ctx), ctx.app.clock.Now());
    return Redirect(kYear.With(school.id, year.start_year));
}

// The overview of a schooljaar; `errors` and `status` for a refused "nieuw schooljaar starten".
Response YearPage(Ctx& ctx, const core::Validation& errors, int status) {
    auto school = SchoolParam(ctx);
    const auto all = QualityOf(ctx).quality.Years(school.id);
    const YearScope scope = LoadYear(ctx, std::move(school), all);
    const int64_t now = ctx.app.clock.Now();
    const auto overview = core::Overview(QualityOf(ctx).quality.Facts(scope.year, now), now);
    View v = Object();
    v.set("school", scope.school.name);
    v.set("school_path", platform_paths::kSchool.With(scope.school.id));
    v.set("year", scope.label());
    ViewList sections;
    for (const auto& [route, label] : kSections)
        sections.push_back(LinkView(scope.Link(route), label));
    v.set("sections", std::move(sections));
    v.set("closed", !scope.year.open());
    v.set("finishing", scope.year.evaluation_open);
    v.set("overdue", overview.overdue > 0);
    v.set("overdue_count", std::to_string(overview.overdue));
    ViewList levels;
    for (const auto& level : overview.levels) {
        View item = Object();
        item.set("name", level.name);
        item.set("path", level.team_id ? scope.Link(kPlan, *level.team_id) : scope.Link(kBeleid));
        item.set("steps", StepViews(level));
        item.set("next", level.next);
        levels.push_back(std::move(item));
    }
    v.set("levels", std::move(levels));
    // What is not finished yet: starting the next schooljaar closes this one.
    ViewList unfinished;
    for (const auto& level : overview.levels)
        for (size_t i = 0; i < level.steps.size(); ++i)
            if (level.steps[i].state != core::StepState::kDone)
                unfinished.push_back(View(
                    level.name + ": " + std::string(core::StepLabel(static_cast<core::Step>(i))) +
                    " " + std::string(core::StepStateLabel(level.steps[i].state))));
    v.set("unfinished", std::move(unfinished));
    AddErrors(v, errors);
    ViewList years;
    bool has_previous = false;
    for (const auto& y : all) {
        View item = Object();
        item.set("label", core::SchoolYearLabel(y.start_year));
        item.set("path", kYear.With(scope.school.id, y.start_year));
        item.set("current", y.id == scope.year.id);
        item.set("closed", !y.open());
        years.push_back(std::move(item));
        has_previous = has_previous || y.start_year == scope.year.start_year - 1;
    }
    v.set("years", std::move(years));
    v.set("compare_path", has_previous ? scope.Link(kCompare) : "");
    const bool newest = !all.empty() && all.front().id == scope.year.id;
    if (newest && scope.year.open() && Can(ctx, Permission::kEditQuality, scope)) {
        v.set("rollover_path", scope.Link(kNextYear));
        v.set("next_year", core::SchoolYearLabel(scope.year.start_year + 1));
    }
    return RenderPage(ctx, "quality/overview", std::move(v),
                      "Kwaliteitscyclus " + scope.label() + " · " + scope.school.name, status);
}

Response ShowYear(Ctx& ctx) { return YearPage(ctx, {}, 200); }

Response StartNextYear(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    RequireOpen(scope);
    if (ctx.Field("bevestig") != "ja") {  // the page again, saying what to do
        core::Validation v;
        v.Add("bevestig",
              "Vink aan dat u het nieuwe schooljaar wilt starten. Er is nog niets veranderd.");
        return YearPage(ctx, v, 400);
    }
    const auto next =
        QualityOf(ctx).quality.StartNextYear(scope.year, AuthorOf(ctx), ctx.app.clock.Now());
    if (!next)
        throw core::Conflict("Het schooljaar " + core::SchoolYearLabel(scope.year.start_year + 1) +
                             " is al gestart. Open het via de lijst met schooljaren.");
    ctx.app.audit.Record(
        ctx.app.clock.Now(), ctx.user->user_id,
        {"kwaliteit.nieuw-schooljaar", "Nieuw schooljaar gestart in de kwaliteitscyclus"},
        scope.school.name, core::SchoolYearLabel(next->start_year), "");
    SetFlash(ctx, "schooljaar-gestart");
    return Redirect(kYear.With(scope.school.id, next->start_year));
}

// The region sees per school whether each step is done, never the texts behind it.
Response ShowRegion(Ctx& ctx) {
    const int64_t id = ctx.Id("region");
    auto region = ctx.app.orgs.Region(id);
    if (!region) throw core::NotFound();
    const int64_t now = ctx.app.clock.Now();
    const int current = core::SchoolYearOf(now);
    View v = Object();
    v.set("region", region->name);
    v.set("region_path", platform_paths::kRegion.With(id));
    v.set("year", core::SchoolYearLabel(current));
    ViewList schools;
    for (const auto& s : ctx.app.orgs.SchoolsInRegion(id)) {
        View item = Object();
        item.set("name", s.name);
        const auto year = QualityOf(ctx).quality.Year(s.id, current);
        item.set("started", year.has_value());
        if (year) {
            const auto overview = core::Overview(QualityOf(ctx).quality.Facts(*year, now), now);
            item.set("steps", StepViews(overview.levels.front()));
            int teams_planned = 0;
            for (size_t i = 1; i < overview.levels.size(); ++i)
                teams_planned += overview.levels[i].steps[0].state == core::StepState::kDone;
            item.set("teams", std::to_string(teams_planned) + " van " +
                                  std::to_string(overview.levels.size() - 1));
            item.set("overdue", std::to_string(overview.overdue));
        }
        schools.push_back(std::move(item));
    }
    v.set("schools", std::move(schools));
    return RenderPage(ctx, "quality/region", std::move(v), "Kwaliteitscyclus · " + region->name);
}

}  // namespace

void AddQualityOverviewRoutes(Router& r) {
    const auto view = Access::School(Permission::kViewQuality, "school");
    const auto edit = Access::School(Permission::kEditQuality, "school");
    r.Get(kStart, view, Start);
    r.Post(kStart, edit, StartFirstYear);
    r.Get(kYear, view, ShowYear);
    r.Post(kNextYear, edit, StartNextYear);
    r.Get(kRegion, Access::Region(Permission::kViewRegion, "region"), ShowRegion);
}

}  // namespace koers::web
