#include "modules/quality/web/todos.hpp"

#include <string>
#include <tuple>

#include "modules/quality/core/cycle.hpp"
#include "modules/quality/core/forms.hpp"
#include "modules/quality/web/paths.hpp"
#include "modules/quality/web/quality_parts.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace quality_paths;
using core::Permission;

namespace {

std::string Count(size_t n, const char* one, const char* more) {
    return std::to_string(n) + " " + (n == 1 ? one : more);
}

// The regiocoördinator follows the schools' cycles as the region page shows them: whether this
// schooljaar has started and how many steps are late, never what is in them.
std::vector<Todo> RegionTodos(const Ctx& ctx, int64_t region) {
    std::vector<Todo> out;
    if (!core::Allowed(ctx.user, Permission::kViewRegion, core::Target::Region(region))) return out;
    auto& quality = QualityOf(ctx).quality;
    const int64_t now = ctx.app.clock.Now();
    const int current = core::SchoolYearOf(now);
    size_t not_started = 0, late = 0;
    for (const auto& s : ctx.app.orgs.SchoolsInRegion(region)) {
        const auto year = quality.Year(s.id, current);
        if (!year) {
            ++not_started;
            continue;
        }
        late += core::Overview(quality.Facts(*year, now), now).overdue > 0 ? 1 : 0;
    }
    const std::string path = kRegion.With(region);
    if (late > 0)
        out.push_back({Count(late, "school", "scholen") + (late == 1 ? " heeft" : " hebben") +
                           " stappen in de kwaliteitscyclus die te laat zijn",
                       path, true});
    if (not_started > 0)
        out.push_back({Count(not_started, "school", "scholen") +
                           (not_started == 1 ? " is" : " zijn") + " nog niet aan schooljaar " +
                           core::SchoolYearLabel(current) + " van de kwaliteitscyclus begonnen",
                       path, false});
    return out;
}

}  // namespace

std::vector<Todo> QualityTodos(const Ctx& ctx, const core::Membership& role) {
    std::vector<Todo> out;
    if (role.region_id) return RegionTodos(ctx, *role.region_id);
    if (!role.school_id) return out;
    const int64_t school = *role.school_id;
    const auto target = core::Target::School(school);
    const bool runs_cycle = core::Allowed(ctx.user, Permission::kEditQuality, target);
    // A team's own activities, for who may see the cycle (a teamleider, a mentor).
    const bool follows_team =
        role.team_id && core::Allowed(ctx.user, Permission::kViewQuality, target);
    if (!follows_team && !runs_cycle) return out;
    auto& quality = QualityOf(ctx).quality;
    const auto years = quality.Years(school);
    if (years.empty() || !years.front().open()) return out;
    const auto& year = years.front();
    const int y = year.start_year;
    const int64_t now = ctx.app.clock.Now();
    const std::string month = core::MonthOf(now);

    // Activities still to do: this month's, and those whose month has passed; the teams' (in
    // their werkplannen) apart from the school's own (in the beleid), each linked where it is.
    struct Due {
        size_t now = 0, late = 0;
    } teams, own;
    for (const auto& a : quality.Records(year.id, core::Kind::kActiviteit)) {
        if (role.team_id && a.record.team_id != role.team_id) continue;
        if (a.record.status != core::kGepland || a.record.due.empty()) continue;
        Due& d = a.record.team_id ? teams : own;
        d.now += a.record.due == month ? 1 : 0;
        d.late += a.record.due < month ? 1 : 0;
    }
    const auto say = [&](const Due& d, const std::string& whose, const std::string& path) {
        if (d.late > 0)
            out.push_back({Count(d.late, "activiteit", "activiteiten") + whose +
                               (d.late == 1 ? " is" : " zijn") +
                               " nog niet uitgevoerd, terwijl de maand voorbij is",
                           path, true});
        if (d.now > 0)
            out.push_back({Count(d.now, "activiteit", "activiteiten") + whose +
                               (d.now == 1 ? " staat" : " staan") + " voor deze maand gepland",
                           path, false});
    };
    say(teams, role.team_id ? " van uw team" : "",
        role.team_id ? kPlan.With(school, y, *role.team_id) : kPlans.With(school, y));
    say(own, " van de hele school", kBeleid.With(school, y) + "#activiteiten");

    const auto overview = core::Overview(quality.Facts(year, now), now);
    if (role.team_id) {
        // The teamleider answers for the team's werkplan.
        if (role.role != core::Role::kTeamleider) return out;
        for (const auto& level : overview.levels) {
            if (level.team_id != role.team_id) continue;
            const auto plan = level.steps[static_cast<size_t>(core::Step::kPlan)];
            if (plan.state != core::StepState::kDone)
                out.push_back({"Het werkplan van uw team is nog niet vastgesteld",
                               kPlan.With(school, y, *role.team_id),
                               plan.state == core::StepState::kOverdue});
        }
        return out;
    }
    if (overview.overdue > 0)
        out.push_back({Count(static_cast<size_t>(overview.overdue), "stap", "stappen") +
                           " van de kwaliteitscyclus " + (overview.overdue == 1 ? "is" : "zijn") +
                           " te laat",
                       kYear.With(school, y), true});
    // What waits for the schoolleider's vaststelling: complete, but still a concept.
    if (core::Allowed(ctx.user, Permission::kAdoptQuality, target)) {
        for (const auto& [kind, path, name] :
             {std::tuple{core::Kind::kVisie, kVisie, "De LOB-visie"},
              std::tuple{core::Kind::kBeleid, kBeleid, "Het LOB-beleid"}}) {
            const auto doc = quality.Single(year.id, kind, std::nullopt);
            if (!doc || doc->record.status == core::kVastgesteld) continue;
            const int children =
                kind == core::Kind::kBeleid
                    ? static_cast<int>(quality.Records(year.id, core::Kind::kDoel).size())
                    : 0;
            if (core::AdoptionBlockers(kind, doc->record.fields, children).empty())
                out.push_back(
                    {std::string(name) + " wacht op uw vaststelling", path.With(school, y), false});
        }
    }
    return out;
}

}  // namespace koers::web
