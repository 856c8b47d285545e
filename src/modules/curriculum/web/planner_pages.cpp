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

Response Planner(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto plan = CurriculumOf(ctx).activities.Plan(school.id);
    const int years = PlannerYears(school, plan.empty() ? 0 : plan.back().place.leerjaar);
    const bool can_plan = MayPlan(ctx, school.id);
    const core::Coverage coverage = CoverageOf(plan);
    View v = LeerlijnView(plan, years, school.id, can_plan);
    v.set("school", school.name);
    v.set("school_path", platform_paths::kSchool.With(school.id));
    v.set("steps", StepsView(plan, coverage, years, school.id, can_plan));
    v.set("can_plan", can_plan);
    return RenderPage(ctx, "curriculum/planner", std::move(v),
                      "Curriculumplanner · " + school.name);
}

Response Coverage(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    // Counted in SQL per placement: the page reads a few hundred rows at most, however many
    // activities the school plans.
    core::Coverage coverage;
    int latest = 0;
    const auto counts = CurriculumOf(ctx).activities.PlacementCounts(school.id);
    for (const auto& [place, n] : counts) {
        coverage.Add(place, n);
        latest = std::max(latest, place.leerjaar);
    }
    View v = Object();
    v.set("school", school.name);
    v.set("planner_path", kPlanner.With(school.id));
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
