// A school's curriculumplanner: the leerlijn over the years with the four steps of the
// Expertisepunt (inventariseren, in kaart brengen, plannen, evalueren), and the coverage of the
// loopbaancompetenties and the elements per leerjaar, where every gap links to the
// opdrachtenbank filtered on it. Staff read it (kUseAssignments); the leiding, the decaan and
// teamleiders write it (kPlanCurriculum).
#include <algorithm>

#include "modules/curriculum/web/curriculum_parts.hpp"
#include "modules/curriculum/web/paths.hpp"
#include "modules/curriculum/web/planner_view.hpp"
#include "modules/curriculum/web/routes.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/paths.hpp"

namespace koers::web {

using namespace curriculum_paths;
using core::Permission;
namespace {

core::Coverage CoverageOf(const std::vector<storage::PlannedActivity>& plan) {
    core::Coverage c;
    for (const auto& a : plan) c.Add(a.place);
    return c;
}

// The {school} and the ?leerlijn= the page shows, and the links to the others on `v`
// ("leerlijnen", "leerlijn"); an unknown leerlijn is a 404.
PlanScope ScopeOf(Ctx& ctx, int64_t school, const RoutePath& page, View& v) {
    PlanScope scope{school, ctx.QueryParam("leerlijn").value_or("")};
    const auto names = CurriculumOf(ctx).activities.Leerlijnen(school);
    if (!scope.leerlijn.empty() &&
        std::find(names.begin(), names.end(), scope.leerlijn) == names.end())
        throw core::NotFound();
    v.set("leerlijnen", LeerlijnLinks(scope, page, names));
    v.set("leerlijn", scope.leerlijn);
    return scope;
}

std::optional<std::string_view> LineOf(const PlanScope& scope) {
    if (scope.leerlijn.empty()) return std::nullopt;
    return scope.leerlijn;
}

Response Planner(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    View v = Object();
    const PlanScope scope = ScopeOf(ctx, school.id, kPlanner, v);
    const auto plan = CurriculumOf(ctx).activities.Plan(school.id, LineOf(scope));
    const int years = PlannerYears(school, plan.empty() ? 0 : plan.back().place.leerjaar);
    const bool can_plan = MayPlan(ctx, school.id);
    const core::Coverage coverage = CoverageOf(plan);
    v.set("years", LeerlijnView(plan, years, scope, can_plan));
    v.set("school", school.name);
    v.set("school_path", platform_paths::kSchool.With(school.id));
    v.set("steps", StepsView(plan, coverage, years, scope, can_plan));
    v.set("can_plan", can_plan);
    return RenderPage(ctx, "curriculum/planner", std::move(v),
                      "Curriculumplanner · " + school.name);
}

Response Coverage(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    // Counted in SQL per placement: the page reads a few hundred rows at most, however many
    // activities the school plans.
    View v = Object();
    const PlanScope scope = ScopeOf(ctx, school.id, kCoverage, v);
    core::Coverage coverage;
    int latest = 0;
    const auto counts = CurriculumOf(ctx).activities.PlacementCounts(school.id, LineOf(scope));
    for (const auto& [place, n] : counts) {
        coverage.Add(place, n);
        latest = std::max(latest, place.leerjaar);
    }
    v.set("school", school.name);
    v.set("planner_path", scope.Link(kPlanner.With(school.id)));
    v.set("years", CoverageViews(coverage, PlannerYears(school, latest), school.id));
    v.set("none", counts.empty());
    return RenderPage(ctx, "curriculum/coverage", std::move(v), "Dekking · " + school.name);
}

}  // namespace

void AddPlannerRoutes(Router& r) {
    const auto read = Access::School(Permission::kUseAssignments, "school");
    r.Get(kPlanner, read, Planner);
    r.Get(kCoverage, read, Coverage);
}

}  // namespace koers::web
