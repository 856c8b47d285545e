// A member school's staff read the networks their school is in: the goals, who the members and
// contact persons are, the meeting records and the action list. A network the school is not a
// member of is not found.
#include "modules/networks/web/network_view.hpp"
#include "modules/networks/web/networks_parts.hpp"
#include "modules/networks/web/paths.hpp"
#include "modules/networks/web/routes.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {

using namespace networks_paths;
namespace {

Response SchoolNetworks(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    ViewList networks;
    for (const auto& n : NetworksOf(ctx).networks.OfSchool(school.id)) {
        View item = LinkView(kSchoolNetwork.With(school.id, n.id), n.name);
        item.set("cycle", n.cycle);
        networks.push_back(std::move(item));
    }
    View v = Object();
    v.set("school", school.name);
    v.set("has_networks", !networks.empty());
    v.set("networks", std::move(networks));
    return RenderPage(ctx, "networks/school", std::move(v), "Regionale netwerken");
}

Response SchoolNetwork(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto n = MemberNetwork(ctx, school.id);
    View v = NetworkView(ctx, n, {std::nullopt, school.id});
    v.set("list_href", kSchoolNetworks.With(school.id));
    v.set("region", school.name);
    return RenderPage(ctx, "networks/network", std::move(v), n.name);
}

}  // namespace

void AddMemberSchoolRoutes(Router& r) {
    const auto read = Access::School(core::Permission::kViewSchool, "school");
    r.Get(kSchoolNetworks, read, SchoolNetworks);
    r.Get(kSchoolNetwork, read, SchoolNetwork);
}

}  // namespace koers::web
