#pragma once
// The opdrachtenbank's routes by name: registered from these and linked to with `.With(...)`.
// {opdracht} is an assignment the {school} may see: its own, or one shared by any school.
#include "platform/web/http/route_path.hpp"

namespace koers::web::curriculum_paths {

// A school's staff: the bank as the school sees it, and its own assignments.
inline constexpr RoutePath kBank{"/scholen/{school}/opdrachten"};
inline constexpr RoutePath kNew{"/scholen/{school}/opdrachten/nieuw"};
inline constexpr RoutePath kAssignment{"/scholen/{school}/opdrachten/{opdracht}"};
inline constexpr RoutePath kEdit{"/scholen/{school}/opdrachten/{opdracht}/bewerken"};
inline constexpr RoutePath kShare{"/scholen/{school}/opdrachten/{opdracht}/delen"};
inline constexpr RoutePath kCopy{"/scholen/{school}/opdrachten/{opdracht}/kopieren"};
inline constexpr RoutePath kDelete{"/scholen/{school}/opdrachten/{opdracht}/verwijderen"};
inline constexpr RoutePath kHistory{"/scholen/{school}/opdrachten/{opdracht}/geschiedenis"};
inline constexpr RoutePath kWorksheets{"/scholen/{school}/opdrachten/{opdracht}/werkbladen"};
inline constexpr RoutePath kWorksheet{
    "/scholen/{school}/opdrachten/{opdracht}/werkbladen/{werkblad}"};
inline constexpr RoutePath kRemoveWorksheet{
    "/scholen/{school}/opdrachten/{opdracht}/werkbladen/{werkblad}/verwijderen"};

// A school's curriculumplanner: the leerlijn over the years and the four steps, the coverage
// of competencies and elements, and its activities ({activiteit} is one of the school's own).
inline constexpr RoutePath kPlanner{"/scholen/{school}/curriculum"};
inline constexpr RoutePath kCoverage{"/scholen/{school}/curriculum/dekking"};
// The overstap beside a school of the region that shares its plan (?met=), and sharing the plan.
inline constexpr RoutePath kTransition{"/scholen/{school}/curriculum/overstap"};
inline constexpr RoutePath kSharePlan{"/scholen/{school}/curriculum/delen"};
inline constexpr RoutePath kNewActivity{"/scholen/{school}/curriculum/nieuw"};
inline constexpr RoutePath kActivity{"/scholen/{school}/curriculum/{activiteit}"};
inline constexpr RoutePath kEditActivity{"/scholen/{school}/curriculum/{activiteit}/bewerken"};
inline constexpr RoutePath kDeleteActivity{"/scholen/{school}/curriculum/{activiteit}/verwijderen"};
// Adopts the activity into a team's werkplan of the open schooljaar (the kwaliteitscyclus).
inline constexpr RoutePath kToWerkplan{"/scholen/{school}/curriculum/{activiteit}/werkplan"};
// Sends the activity's evaluation (step 4) to the werkplan activity that came from it.
inline constexpr RoutePath kEvaluationToWerkplan{
    "/scholen/{school}/curriculum/{activiteit}/werkplan/evaluatie"};
// Gives the activity to some of the school's groups.
inline constexpr RoutePath kActivityGroups{"/scholen/{school}/curriculum/{activiteit}/groepen"};

// A student ({leerling}, an enrolment of the {school}): the activities given to their group, and
// beginning one in their loopbaandossier.
inline constexpr RoutePath kStudentTasks{"/scholen/{school}/leerlingen/{leerling}/opdrachten"};
inline constexpr RoutePath kBeginTask{
    "/scholen/{school}/leerlingen/{leerling}/opdrachten/{activiteit}"};
// A worksheet of the assignment the activity came from, for the student (and who may read their
// opdrachten) while the activity is given to their group.
inline constexpr RoutePath kTaskWorksheet{
    "/scholen/{school}/leerlingen/{leerling}/opdrachten/{activiteit}/werkbladen/{werkblad}"};

// Anyone: the shared assignments.
inline constexpr RoutePath kPublicBank{"/opdrachtenbank"};
inline constexpr RoutePath kPublicAssignment{"/opdrachtenbank/{opdracht}"};
inline constexpr RoutePath kPublicWorksheet{"/opdrachtenbank/{opdracht}/werkbladen/{werkblad}"};

}  // namespace koers::web::curriculum_paths
