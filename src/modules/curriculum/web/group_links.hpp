#pragma once
// Who a planned activity is for: the school gives it to some of its groups (klassen,
// SLB-groepen). Their students find it among their opdrachten and begin it in their
// loopbaandossier (student_tasks.cpp); the activity's page shows per group how many began.
#include "modules/curriculum/storage/activity_repo.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

// For the activity's page: "reach" (per group given: {name, students, began}) and, when the
// user may plan and the school has groups, "group_choices" and "groups_path" for the form.
void AddGroupLinks(Ctx& ctx, int64_t school, const storage::StoredActivity& activity, bool can_plan,
                   View& v);

void AddGroupLinkRoutes(Router& r);

}  // namespace koers::web
