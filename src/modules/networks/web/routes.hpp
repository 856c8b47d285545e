#pragma once
// The networks' routes: the regiocoördinator's pages and the member schools' reading pages.
namespace koers::web {

class Router;

void AddNetworkRoutes(Router& r);
void AddMemberSchoolRoutes(Router& r);

}  // namespace koers::web
