#include "modules/scan/web/todos.hpp"

#include <string>

#include "modules/scan/core/round.hpp"
#include "modules/scan/web/paths.hpp"
#include "modules/scan/web/scan_parts.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace scan_paths;

namespace {

// The regiocoördinator: how many of the region's schools closed no school-wide round in the
// past year, counted (which ones the region's LOB-scan page does not say either).
std::vector<Todo> RegionTodos(const Ctx& ctx, int64_t region) {
    std::vector<Todo> out;
    if (!core::Allowed(ctx.user, core::Permission::kViewRegion, core::Target::Region(region)))
        return out;
    constexpr int64_t kYear = int64_t{365} * 24 * 3600;
    const int64_t since = ctx.app.clock.Now() - kYear;
    size_t without = 0;
    for (const auto& school : ctx.app.orgs.SchoolsInRegion(region)) {
        bool recent = false;
        for (const auto& round : ScanOf(ctx).scans.RoundsOf(school.id))
            recent = recent || (!round.team_id && round.closed_at && *round.closed_at >= since);
        without += recent ? 0 : 1;
    }
    if (without > 0)
        out.push_back({std::to_string(without) +
                           (without == 1 ? " school heeft" : " scholen hebben") +
                           " in het afgelopen jaar geen LOB-scan afgerond",
                       kRegion.With(region), false});
    return out;
}

}  // namespace

std::vector<Todo> ScanTodos(const Ctx& ctx, const core::Membership& role) {
    std::vector<Todo> out;
    if (role.region_id) return RegionTodos(ctx, *role.region_id);
    if (!role.school_id) return out;
    const int64_t school = *role.school_id;
    if (!core::Allowed(ctx.user, core::Permission::kRunScan, core::Target::School(school)))
        return out;
    const int64_t now = ctx.app.clock.Now();
    auto& scans = ScanOf(ctx).scans;
    for (const auto& round : scans.RoundsOf(school)) {
        // A team's round is its teamleider's; the school's rounds are the decaan's.
        if (role.team_id && round.team_id != role.team_id) continue;
        const auto state = core::StateOf(round.closed_at, round.deadline, now);
        if (state == core::RoundState::kClosed) continue;
        const std::string name = "De ronde \"" + round.title + "\"";
        const std::string path = kRound.With(school, round.id);
        if (state == core::RoundState::kExpired) {
            out.push_back(
                {name + " is voorbij de einddatum: sluit de ronde om de uitkomsten te zien", path,
                 true});
            continue;
        }
        int64_t submitted = 0, invited = 0;
        for (const auto& c : scans.Counts(round.id)) {
            submitted += c.submitted;
            invited += c.invited;
        }
        std::string text = name + " loopt: " + std::to_string(submitted) + " ingeleverd";
        if (invited > 0) text += " (" + std::to_string(invited) + " uitgenodigd)";
        out.push_back({text + ", sluit op " + core::FormatDateLong(round.deadline), path, false});
    }
    return out;
}

}  // namespace koers::web
