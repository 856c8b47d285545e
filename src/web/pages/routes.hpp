#pragma once
// Every route of Koers, registered in one place. Each capability adds its own Add*Routes; the
// order does not matter (the router tries literal segments before parameters).
#include <span>

namespace koers::web {

class Router;
using RouteGroup = void (*)(Router&);

void AddPublicRoutes(Router& r);
void AddAuthRoutes(Router& r);
void AddDashboardRoutes(Router& r);
void AddSchoolRoutes(Router& r);
void AddAdminOrgRoutes(Router& r);
void AddAdminUserRoutes(Router& r);
void AddAdminLogRoutes(Router& r);
void AddContentRoutes(Router& r);
void AddFeedRoutes(Router& r);
void AddEditorRoutes(Router& r);
void AddRevisionRoutes(Router& r);
void AddTaxonomyRoutes(Router& r);
void AddScanRoundRoutes(Router& r);
void AddScanRespondRoutes(Router& r);
void AddScanResultRoutes(Router& r);
void AddScanInstrumentRoutes(Router& r);
void AddQualityOverviewRoutes(Router& r);
void AddQualityDocumentRoutes(Router& r);
void AddQualityWerkplanRoutes(Router& r);
void AddQualityTaskRoutes(Router& r);
void AddQualityHistoryRoutes(Router& r);

// Every group of routes, each capability's Add*Routes.
std::span<const RouteGroup> RouteGroups();
// Registers all routes (every group) and the error page.
void RegisterRoutes(Router& r);

}  // namespace koers::web
