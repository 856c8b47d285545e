#pragma once
// The networks' routes: the regiocoördinator's pages, the member schools' reading pages and the
// shared documents of both.
namespace koers::web {

class Router;

void AddNetworkRoutes(Router& r);
void AddMemberSchoolRoutes(Router& r);
void AddDocumentRoutes(Router& r);

}  // namespace koers::web
