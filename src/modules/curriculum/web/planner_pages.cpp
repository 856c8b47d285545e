// A school's curriculumplanner: the leerlijn over the years with the four steps of the
// Expertisepunt (inventariseren, in kaart brengen, plannen, evalueren), and the coverage of the
// loopbaancompetenties and the elements per leerjaar, where every gap links to the
// opdrachtenbank filtered on it. Staff read it (kUseAssignments); the leiding, the decaan and
// teamleiders write it (kPlanCurriculum).
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

bool CanPlan(const Ctx& ctx, int64_t school) {
    return core::Allowed(ctx.user, Permission::kPlanCurriculum, core::Target::School(school));
}

std::vector<core::Placement> Places(const std::vector<storage::PlannedActivity>& plan) {
    std::vector<core::Placement> out;
    out.reserve(plan.size());
    for (const auto& a : plan) out.push_back(a.place);
    return out;
}

Response Planner(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto plan = CurriculumOf(ctx).activities.Plan(school.id);
    const int years = PlannerYears(school, plan);
    const bool can_plan = CanPlan(ctx, school.id);
    const core::Coverage coverage = core::CoverageOf(Places(plan));
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
    const auto plan = CurriculumOf(ctx).activities.Plan(school.id);
    const int years = PlannerYears(school, plan);
    View v = Object();
    v.set("school", school.name);
    v.set("planner_path", kPlanner.With(school.id));
    v.set("years", CoverageViews(core::CoverageOf(Places(plan)), years, school.id));
    v.set("none", plan.empty());
    return RenderPage(ctx, "curriculum/coverage", std::move(v), "Dekking · " + school.name);
}

}  // namespace

void AddPlannerRoutes(Router& r) {
    const auto read = Access::School(Permission::kUseAssignments, "school");
    r.Get(kPlanner, read, Planner);
    r.Get(kCoverage, read, Coverage);
}

}  // namespace koers::web
