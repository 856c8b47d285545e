#pragma once
// Doorstroomgegevens: published transition figures imported by the beheerder, and the
// dashboards of where a school's leavers went, beside its region and the country.
#include "platform/web/module.hpp"

namespace koers::modules {

const web::Module& Doorstroom();

}  // namespace koers::modules
