#pragma once
// The curriculum module's routes: the opdrachtenbank as a school sees it and as anyone does, and
// a school's own assignments and their history; the curriculumplanner and its activities, the
// groups they are given to and a student's opdrachten.
namespace koers::web {

class Router;

void AddBankRoutes(Router& r);
void AddAssignmentRoutes(Router& r);
void AddAssignmentHistoryRoutes(Router& r);
void AddPlannerRoutes(Router& r);
void AddActivityRoutes(Router& r);
void AddWerkplanLinkRoutes(Router& r);
void AddWorksheetRoutes(Router& r);
void AddGroupLinkRoutes(Router& r);
void AddStudentTaskRoutes(Router& r);
void AddTransitionRoutes(Router& r);

}  // namespace koers::web
