#pragma once
// What the kwaliteitscyclus asks of one role now, for the dashboard (Module::todos): late PDCA
// steps and this month's activities for whoever runs the cycle, documents waiting for the
// schoolleider's vaststelling, a team's werkplan and activities for its teamleider and mentors.
#include <vector>

#include "platform/core/access/roles.hpp"
#include "platform/web/module.hpp"

namespace koers::web {

std::vector<Todo> QualityTodos(const Ctx& ctx, const core::Membership& role);

}  // namespace koers::web
