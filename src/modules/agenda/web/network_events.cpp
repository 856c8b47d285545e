// The events of a network for its members: the visibility rule, and the page of a school's
// network events (the coming events of every network the school is a member of).
#include "modules/agenda/web/network_events.hpp"

#include "modules/agenda/web/agenda_parts.hpp"
#include "modules/agenda/web/agenda_view.hpp"
#include "modules/agenda/web/paths.hpp"
#include "modules/agenda/web/routes.hpp"
#include "modules/networks/storage/network_repo.hpp"
#include "platform/core/access/policy.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"

namespace koers::web {

using namespace agenda_paths;
using core::Permission;

bool MaySeeNetworkEvent(const Ctx& ctx, const core::Event& e) {
    if (!ctx.user || !e.network_id) return false;
    if (e.region_id &&
        core::Allowed(ctx.user, Permission::kOrganiseEvents, core::Target::Region(*e.region_id)))
        return true;
    for (const auto& m : storage::NetworkRepo(ctx.app.db).Members(*e.network_id))
        if (m.school_id &&
            core::Allowed(ctx.user, Permission::kViewSchool, core::Target::School(*m.school_id)))
            return true;
    return false;
}

std::vector<core::Network> RegionNetworks(const Ctx& ctx, int64_t region) {
    return storage::NetworkRepo(ctx.app.db).InRegion(region);
}

namespace {

// How many coming network events a school's page shows.
constexpr int kShown = 100;

Response SchoolEvents(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    std::vector<int64_t> networks;
    for (const auto& n : storage::NetworkRepo(ctx.app.db).OfSchool(school.id))
        networks.push_back(n.id);
    const int64_t now = ctx.app.clock.Now();
    ViewList events;
    for (const auto& s : AgendaOf(ctx).agenda.UpcomingOfNetworks(networks, now, kShown))
        events.push_back(EventView(s, now));
    View v = Object();
    v.set("school", school.name);
    v.set("member", !networks.empty());
    v.set("has_events", !events.empty());
    v.set("events", std::move(events));
    v.set("agenda_href", kAgenda.With());
    return RenderPage(ctx, "agenda/network_events", std::move(v), "Netwerkbijeenkomsten");
}

}  // namespace

void AddNetworkEventRoutes(Router& r) {
    r.Get(kSchoolEvents, Access::School(Permission::kViewSchool, "school"), SchoolEvents);
}

}  // namespace koers::web
