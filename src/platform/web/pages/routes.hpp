#pragma once
// The platform's routes, and the registration of all routes: the platform's groups and each
// composed module's (Module::routes). The order does not matter (the router tries literal
// segments before parameters).
#include <span>

#include "platform/web/module.hpp"

namespace koers::web {

class Router;

void AddOpsRoutes(Router& r);
void AddAuthRoutes(Router& r);
void AddFederationRoutes(Router& r);
void AddDashboardRoutes(Router& r);
void AddSchoolRoutes(Router& r);
void AddAdminOrgRoutes(Router& r);
void AddAdminUserRoutes(Router& r);
void AddAdminLogRoutes(Router& r);

// The platform's own groups of routes.
std::span<const RouteGroup> RouteGroups();
// Registers the platform's routes, every composed module's and the error page.
void RegisterRoutes(Router& r);

}  // namespace koers::web
