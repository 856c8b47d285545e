// The overstap: a school puts its leerlijn beside the one of a school in its region that shares
// its plan, where students go from one to the other (a vmbo school and an mbo school): the last
// two leerjaren of the school the student leaves and the first two of the school they go to, per
// competency and element what the student did before and what comes next, and where neither does
// anything, a gap at the transition. A school shares its plan with the schools of its region here
// (kPlanCurriculum); of another school's plan only the titles and the counts are shown, never its
// groups or evaluations.
#include <algorithm>
#include <string>
#include <vector>

#include "modules/curriculum/web/curriculum_parts.hpp"
#include "modules/curriculum/web/paths.hpp"
#include "modules/curriculum/web/routes.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/core/lob/vocabulary.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {

using namespace curriculum_paths;
using core::Permission;
namespace {

constexpr int kSpan = 2;  // leerjaren on each side of the overstap

// One school's side of the overstap: its activities in the span and what they cover.
struct Side {
    const storage::SchoolRecord* school = nullptr;
    std::string leerlijn;  // "" for the whole school
    std::vector<storage::PlannedActivity> activities;
    core::Coverage coverage;
    int from = 1, to = kSpan;
};

// A ?name= leerlijn of the school, "" when none was chosen; an unknown one is a 404.
std::string LineParam(Ctx& ctx, const std::string& name, const std::vector<std::string>& lines) {
    std::string line = ctx.QueryParam(name).value_or("");
    if (!line.empty() && std::find(lines.begin(), lines.end(), line) == lines.end())
        throw core::NotFound();
    return line;
}

// The leerjaar the student leaves the school after: `chosen` when given, else the last one the
// leerlijn's own activities sit in (a whole-school activity may sit later than the line runs),
// else the last of any.
int LastYear(const std::vector<storage::PlannedActivity>& plan, const std::string& line,
             std::optional<int> chosen) {
    if (chosen) return *chosen;
    int own = 0, any = 1;
    for (const auto& a : plan) {
        any = std::max(any, a.place.leerjaar);
        if (!line.empty() && a.leerlijn == line) own = std::max(own, a.place.leerjaar);
    }
    return own > 0 ? own : any;
}

Side Load(Ctx& ctx, const storage::SchoolRecord& school, const std::string& line, bool leaving,
          std::optional<int> last) {
    Side side{&school, line};
    auto plan = CurriculumOf(ctx).activities.Plan(
        school.id, line.empty() ? std::nullopt : std::optional<std::string_view>(line));
    if (leaving) {
        side.to = LastYear(plan, line, last);
        side.from = std::max(1, side.to - kSpan + 1);
    }
    for (auto& a : plan)
        if (a.place.leerjaar >= side.from && a.place.leerjaar <= side.to) {
            side.coverage.Add(a.place);
            side.activities.push_back(std::move(a));
        }
    return side;
}

std::string YearsText(const Side& s) {
    return s.from == s.to ? "leerjaar " + std::to_string(s.from)
                          : "leerjaar " + std::to_string(s.from) + " en " + std::to_string(s.to);
}

View SideView(const Side& s) {
    View v = Object();
    v.set("school", s.school->name);
    v.set("leerlijn", s.leerlijn.empty() ? std::string("hele school") : s.leerlijn);
    v.set("years", YearsText(s));
    ViewList items;
    for (const auto& a : s.activities) {
        View item = Object();
        item.set("title", a.title);
        item.set("when", "leerjaar " + std::to_string(a.place.leerjaar) + ", periode " +
                             std::to_string(a.place.periode));
        items.push_back(std::move(item));
    }
    v.set("activities", std::move(items));
    return v;
}

// Per competency: per element what the student did before and what comes next; `gaps` counts the
// cells where both are 0.
ViewList CompareRows(const Side& before, const Side& after, int& gaps) {
    const auto was = before.coverage.Span(before.from, before.to);
    const auto next = after.coverage.Span(after.from, after.to);
    ViewList rows;
    const auto& competencies = core::LoopbaanCompetencies();
    for (size_t c = 0; c < core::kCompetencyCount; ++c) {
        View row = Object();
        row.set("label", competencies[c].label);
        ViewList cells;
        for (size_t e = 0; e < core::kElementCount; ++e) {
            View cell = Object();
            cell.set("before", std::to_string(was[c][e]));
            cell.set("after", std::to_string(next[c][e]));
            const bool gap = was[c][e] == 0 && next[c][e] == 0;
            cell.set("gap", gap);
            gaps += gap ? 1 : 0;
            cells.push_back(std::move(cell));
        }
        row.set("cells", std::move(cells));
        rows.push_back(std::move(row));
    }
    return rows;
}

ViewList LineOptions(const std::vector<std::string>& lines, const std::string& chosen) {
    ViewList out;
    out.push_back(ChoiceView("", "Hele school", chosen.empty()));
    for (const auto& l : lines) out.push_back(ChoiceView(l, l, l == chosen));
    return out;
}

Response Transition(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    auto& activities = CurriculumOf(ctx).activities;
    const auto shared = activities.SharedPlans();
    View v = Object();
    v.set("school", school.name);
    v.set("planner_path", kPlanner.With(school.id));
    v.set("shared", shared.contains(school.id));
    if (MayPlan(ctx, school.id)) v.set("share_path", kSharePlan.With(school.id));
    const auto other_id = ctx.QueryParam("met");
    std::vector<storage::SchoolRecord> partners;
    if (school.region_id) {
        if (auto region = ctx.app.orgs.Region(*school.region_id)) v.set("region", region->name);
        for (auto& s : ctx.app.orgs.SchoolsInRegion(*school.region_id))
            if (s.id != school.id && shared.contains(s.id)) partners.push_back(std::move(s));
    }
    const storage::SchoolRecord* other = nullptr;
    ViewList links;
    for (const auto& p : partners) {
        const std::string id = std::to_string(p.id);
        View link = LinkView(WithQuery(kTransition.With(school.id), {{"met", id}}),
                             p.name + " (" + p.sector + ")");
        link.set("current", other_id == id);
        if (other_id == id) other = &p;
        links.push_back(std::move(link));
    }
    v.set("partners", std::move(links));
    if (other_id && !other) throw core::NotFound();  // not in the region, or not shared
    if (other) {
        const auto ours = activities.Leerlijnen(school.id);
        const auto theirs = activities.Leerlijnen(other->id);
        const std::string our_line = LineParam(ctx, "leerlijn", ours);
        const std::string their_line = LineParam(ctx, "hun_leerlijn", theirs);
        // The student leaves a vo school for the other; between two others, ours comes first.
        const bool we_leave = school.sector == "vo" || other->sector != "vo";
        std::optional<int> last;
        if (const auto tot = ctx.QueryParam("tot"); tot && !tot->empty()) {
            const auto year = core::ParseInt(*tot, 1, core::kPlannerYears);
            if (!year) throw core::InvalidInput("Kies een leerjaar van 1 tot en met 6.");
            last = static_cast<int>(*year);
        }
        const Side a = Load(ctx, school, our_line, we_leave, last);
        const Side b = Load(ctx, *other, their_line, !we_leave, last);
        const Side& before = we_leave ? a : b;
        const Side& after = we_leave ? b : a;
        int gaps = 0;
        View compare = Object();
        compare.set("before", SideView(before));
        compare.set("after", SideView(after));
        ViewList heads;
        for (const auto& e : core::LeeromgevingElements()) heads.emplace_back(e.label);
        compare.set("heads", std::move(heads));
        compare.set("rows", CompareRows(before, after, gaps));
        compare.set("gaps", std::to_string(gaps));
        compare.set("met", std::to_string(other->id));
        compare.set("other", other->name);
        compare.set("our_lines", LineOptions(ours, our_line));
        compare.set("their_lines", LineOptions(theirs, their_line));
        ViewList years;
        years.push_back(ChoiceView("", "het laatste van de leerlijn", !last));
        for (int y = 1; y <= core::kPlannerYears; ++y)
            years.push_back(
                ChoiceView(std::to_string(y), "leerjaar " + std::to_string(y), last == y));
        compare.set("last_years", std::move(years));
        compare.set("leaving", before.school->name);
        v.set("compare", std::move(compare));
    }
    return RenderPage(ctx, "curriculum/transition", std::move(v), "Overstap · " + school.name);
}

Response Share(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto choice = ctx.Field("delen");
    if (choice != "ja" && choice != "nee")
        throw core::InvalidInput("Kies of u de planner deelt met de regio of niet.");
    CurriculumOf(ctx).activities.SetShared(school.id, choice == "ja", ctx.user->display_name,
                                           ctx.app.clock.Now());
    SetFlash(ctx, choice == "ja" ? "planner-gedeeld" : "planner-niet-gedeeld");
    return Redirect(kTransition.With(school.id));
}

}  // namespace

void AddTransitionRoutes(Router& r) {
    r.Get(kTransition, Access::School(Permission::kUseAssignments, "school"), Transition);
    r.Post(kSharePlan, Access::School(Permission::kPlanCurriculum, "school"), Share);
}

}  // namespace koers::web
