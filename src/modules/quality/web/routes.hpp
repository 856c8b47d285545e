#pragma once
// The kwaliteitscyclus module's routes: overview, visie and beleid, werkplannen, LOB-taken,
// history and year comparison.
namespace koers::web {

class Router;

void AddQualityOverviewRoutes(Router& r);
void AddQualityDocumentRoutes(Router& r);
void AddQualityWerkplanRoutes(Router& r);
void AddQualityTaskRoutes(Router& r);
void AddQualityHistoryRoutes(Router& r);

}  // namespace koers::web
