#pragma once
// The student list: a school's students and groups as its administration system knows them,
// imported from CSV with a preview, re-importable, with leavers marked and the last import undone.
#include "platform/web/module.hpp"

namespace koers::modules {

const web::Module& Roster();

}  // namespace koers::modules
