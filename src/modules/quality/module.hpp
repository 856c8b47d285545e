#pragma once
// The kwaliteitscyclus: per schooljaar the school's visie and beleid, a werkplan per team,
// evaluations and bijstellingen (PDCA), the LOB-taken, full history and year comparison.
#include "platform/web/module.hpp"

namespace koers::modules {

const web::Module& Quality();

}  // namespace koers::modules
