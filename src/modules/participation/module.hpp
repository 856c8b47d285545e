#pragma once
// Participation in LOB activities: who took part in which activity of the werkplannen, recorded
// per group by the mentor or decaan, and the figures per cohort the school reports on.
#include "platform/web/module.hpp"

namespace koers::modules {

const web::Module& Participation();

}  // namespace koers::modules
