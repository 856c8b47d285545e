#pragma once
// A planned activity adopted into a team's werkplan of the kwaliteitscyclus (the quality module):
// the werkplan gets an activity of its own (what, for whom, the competencies, "gepland", where it
// came from), which remembers the planner's activity, so the planner shows in which werkplannen
// it stands and the same activity is not adopted into one werkplan twice. The planner's
// evaluation (step 4) is sent on to it: the werkplan's uitvoering and what happens next year.
#include "modules/curriculum/storage/activity_repo.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

// For the activity's page: "werkplannen" (where it stands, with links, the uitvoering and, for an
// evaluated activity the user may send on, "send_path" and "record") and, when the user may plan
// and the school has an open schooljaar, "adopt_teams" and "adopt_path" for the form.
void AddWerkplanLinks(Ctx& ctx, const storage::SchoolRecord& school,
                      const storage::StoredActivity& activity, bool can_plan, View& v);

void AddWerkplanLinkRoutes(Router& r);

}  // namespace koers::web
