#pragma once
// Doorstroom's routes: the dashboards of a school and a region, and the import.
namespace koers::web {

class Router;

void AddDoorstroomDashboardRoutes(Router& r);
void AddDoorstroomImportRoutes(Router& r);

}  // namespace koers::web
