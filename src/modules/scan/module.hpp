#pragma once
// The LOB-scan: versioned instruments per sector, rounds a school runs among its docenten,
// leerlingen, ouders and partners, anonymous answers, results per theme and group, actions.
#include "platform/web/module.hpp"

namespace koers::modules {

const web::Module& Scan();

}  // namespace koers::modules
