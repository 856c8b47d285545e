#pragma once
// The kwaliteitscyclus module's routes: overview, visie and beleid, the school's own activities,
// werkplannen, LOB-taken, history and year comparison.
namespace koers::web {

class Router;

void AddQualityOverviewRoutes(Router& r);
void AddQualityDocumentRoutes(Router& r);
void AddQualitySchoolPlanRoutes(Router& r);
void AddQualityWerkplanRoutes(Router& r);
void AddQualityTaskRoutes(Router& r);
void AddQualityHistoryRoutes(Router& r);

}  // namespace koers::web
