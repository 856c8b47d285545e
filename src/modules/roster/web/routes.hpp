#pragma once
// The student list module's routes: the school's students, and importing the list.
namespace koers::web {

class Router;

void AddRosterRoutes(Router& r);
// The school's staff, and importing the staff list (schoolleider, decaan).
void AddStaffRoutes(Router& r);
// Activation codes on paper, for a group's students without an account (mentor, decaan).
void AddRosterCodeRoutes(Router& r);

}  // namespace koers::web
