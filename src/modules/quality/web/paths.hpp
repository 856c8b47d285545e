#pragma once
// The kwaliteitscyclus's routes by name: registered from these and linked to with `.With(...)`,
// or within a schooljaar with `YearScope::Link` (which fills {school} and {jaar}).
#include "platform/web/http/route_path.hpp"

namespace koers::web::quality_paths {

inline constexpr RoutePath kStart{"/scholen/{school}/kwaliteit"};
inline constexpr RoutePath kYear{"/scholen/{school}/kwaliteit/{jaar}"};
inline constexpr RoutePath kNextYear{"/scholen/{school}/kwaliteit/{jaar}/nieuw-schooljaar"};
inline constexpr RoutePath kRegion{"/regios/{region}/kwaliteit"};

// The school's documents.
inline constexpr RoutePath kVisie{"/scholen/{school}/kwaliteit/{jaar}/visie"};
inline constexpr RoutePath kAdoptVisie{"/scholen/{school}/kwaliteit/{jaar}/visie/vaststellen"};
inline constexpr RoutePath kBeleid{"/scholen/{school}/kwaliteit/{jaar}/beleid"};
inline constexpr RoutePath kAdoptBeleid{"/scholen/{school}/kwaliteit/{jaar}/beleid/vaststellen"};
inline constexpr RoutePath kEvaluation{"/scholen/{school}/kwaliteit/{jaar}/evaluatie"};
inline constexpr RoutePath kGoals{"/scholen/{school}/kwaliteit/{jaar}/doelen"};
inline constexpr RoutePath kNewGoal{"/scholen/{school}/kwaliteit/{jaar}/doelen/nieuw"};
inline constexpr RoutePath kGoal{"/scholen/{school}/kwaliteit/{jaar}/doelen/{record}"};
inline constexpr RoutePath kDeleteGoal{
    "/scholen/{school}/kwaliteit/{jaar}/doelen/{record}/verwijderen"};
// The school's own activities, in the beleid (school-wide action points among them).
inline constexpr RoutePath kSchoolActivities{
    "/scholen/{school}/kwaliteit/{jaar}/beleid/activiteiten"};
inline constexpr RoutePath kNewSchoolActivity{
    "/scholen/{school}/kwaliteit/{jaar}/beleid/activiteiten/nieuw"};
inline constexpr RoutePath kSchoolActivity{
    "/scholen/{school}/kwaliteit/{jaar}/beleid/activiteiten/{record}"};
inline constexpr RoutePath kDeleteSchoolActivity{
    "/scholen/{school}/kwaliteit/{jaar}/beleid/activiteiten/{record}/verwijderen"};
inline constexpr RoutePath kSchoolScanActions{
    "/scholen/{school}/kwaliteit/{jaar}/beleid/scanacties"};
inline constexpr RoutePath kTalks{"/scholen/{school}/kwaliteit/{jaar}/leiderschap"};
inline constexpr RoutePath kNewTalk{"/scholen/{school}/kwaliteit/{jaar}/leiderschap/nieuw"};
inline constexpr RoutePath kTalk{"/scholen/{school}/kwaliteit/{jaar}/leiderschap/{record}"};
inline constexpr RoutePath kDeleteTalk{
    "/scholen/{school}/kwaliteit/{jaar}/leiderschap/{record}/verwijderen"};

// History and comparison with the year before.
inline constexpr RoutePath kHistory{"/scholen/{school}/kwaliteit/{jaar}/geschiedenis"};
inline constexpr RoutePath kCompare{"/scholen/{school}/kwaliteit/{jaar}/vergelijk"};

// The LOB-taken matrix.
inline constexpr RoutePath kTasks{"/scholen/{school}/kwaliteit/{jaar}/taken"};
inline constexpr RoutePath kTasksCsv{"/scholen/{school}/kwaliteit/{jaar}/taken.csv"};
inline constexpr RoutePath kTasksXlsx{"/scholen/{school}/kwaliteit/{jaar}/taken.xlsx"};
inline constexpr RoutePath kStarterSet{"/scholen/{school}/kwaliteit/{jaar}/taken/startset"};
inline constexpr RoutePath kNewTask{"/scholen/{school}/kwaliteit/{jaar}/taken/nieuw"};
inline constexpr RoutePath kTask{"/scholen/{school}/kwaliteit/{jaar}/taken/{record}"};
inline constexpr RoutePath kDeleteTask{
    "/scholen/{school}/kwaliteit/{jaar}/taken/{record}/verwijderen"};

// Werkplannen of the teams, their activities and evaluation.
inline constexpr RoutePath kPlans{"/scholen/{school}/kwaliteit/{jaar}/werkplannen"};
inline constexpr RoutePath kPlan{"/scholen/{school}/kwaliteit/{jaar}/werkplannen/{team}"};
inline constexpr RoutePath kAdoptPlan{
    "/scholen/{school}/kwaliteit/{jaar}/werkplannen/{team}/vaststellen"};
inline constexpr RoutePath kPlanEvaluation{
    "/scholen/{school}/kwaliteit/{jaar}/werkplannen/{team}/evaluatie"};
inline constexpr RoutePath kScanActions{
    "/scholen/{school}/kwaliteit/{jaar}/werkplannen/{team}/scanacties"};
inline constexpr RoutePath kActivities{
    "/scholen/{school}/kwaliteit/{jaar}/werkplannen/{team}/activiteiten"};
inline constexpr RoutePath kNewActivity{
    "/scholen/{school}/kwaliteit/{jaar}/werkplannen/{team}/activiteiten/nieuw"};
inline constexpr RoutePath kActivity{
    "/scholen/{school}/kwaliteit/{jaar}/werkplannen/{team}/activiteiten/{record}"};
inline constexpr RoutePath kDeleteActivity{
    "/scholen/{school}/kwaliteit/{jaar}/werkplannen/{team}/activiteiten/{record}/verwijderen"};

// A list of records of one kind: the list (a new record posts there), one record, its removal.
struct ListedPaths {
    RoutePath list, item, remove;
};
inline constexpr ListedPaths kGoalPaths{kGoals, kGoal, kDeleteGoal};
inline constexpr ListedPaths kTalkPaths{kTalks, kTalk, kDeleteTalk};
inline constexpr ListedPaths kTaskPaths{kTasks, kTask, kDeleteTask};
inline constexpr ListedPaths kActivityPaths{kActivities, kActivity, kDeleteActivity};
inline constexpr ListedPaths kSchoolActivityPaths{kSchoolActivities, kSchoolActivity,
                                                  kDeleteSchoolActivity};

}  // namespace koers::web::quality_paths
