#pragma once
// View models of schools and teams, shared by the school pages and the beheer pages.
#include <vector>

#include "core/common/validation.hpp"
#include "storage/repos/org_repo.hpp"
#include "web/http/router.hpp"
#include "web/render/view.hpp"

namespace koers::web {

View SchoolView(storage::SchoolRecord s);
ViewList TeamsView(const std::vector<storage::TeamRecord>& teams);
// Validates the posted team name and adds the team to the school; audit-logged.
core::Validation AddTeamTo(Ctx& ctx, int64_t school_id);

}  // namespace koers::web
