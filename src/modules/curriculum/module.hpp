#pragma once
// The curriculum module: the opdrachtenbank today (docs/decisions/0033-opdrachtenbank.md); the
// curriculumplanner and the doorlopende leerlijn build on its assignments.
#include "platform/web/module.hpp"

namespace koers::modules {

const web::Module& Curriculum();

}  // namespace koers::modules
