#pragma once
// What the LOB-scan asks of one role now, for the dashboard (Module::todos): each running round
// with its response so far and when it closes, and a round past its end date that still has to
// be closed before its results show.
#include <vector>

#include "platform/core/access/roles.hpp"
#include "platform/web/module.hpp"

namespace koers::web {

std::vector<Todo> ScanTodos(const Ctx& ctx, const core::Membership& role);

}  // namespace koers::web
