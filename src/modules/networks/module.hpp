#pragma once
// Regional networks and learning communities: members, meeting records, action lists
// (docs/decisions/0027-agenda.md).
#include "platform/web/module.hpp"

namespace koers::modules {

const web::Module& Networks();

}  // namespace koers::modules
