#pragma once
// The student list module's routes: the school's students, and importing the list.
namespace koers::web {

class Router;

void AddRosterRoutes(Router& r);

}  // namespace koers::web
