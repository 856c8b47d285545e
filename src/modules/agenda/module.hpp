#pragma once
// The agenda: national and regional bijeenkomsten with registration, waiting list and calendar
// files (docs/decisions/0027-agenda.md).
#include "platform/web/module.hpp"

namespace koers::modules {

const web::Module& Agenda();

}  // namespace koers::modules
