#include "platform/web/pages/routes.hpp"

#include "platform/web/http/router.hpp"
#include "platform/web/module.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

std::span<const RouteGroup> RouteGroups() {
    static constexpr RouteGroup kGroups[] = {
        AddOpsRoutes,    AddAuthRoutes,     AddFederationRoutes, AddDashboardRoutes,
        AddSchoolRoutes, AddAdminOrgRoutes, AddAdminUserRoutes,  AddAdminLogRoutes,
    };
    return kGroups;
}

void RegisterRoutes(Router& r) {
    for (RouteGroup add : RouteGroups()) add(r);
    for (const Module& m : r.services().modules)
        for (RouteGroup add : m.routes) add(r);
    r.SetErrorRenderer(ErrorPage);
}

}  // namespace koers::web
