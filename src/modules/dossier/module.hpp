#pragma once
// The loopbaandossier: what a student does, thinks and chooses (ervaren, reflecteren, kiezen)
// around the five loopbaancompetenties; their mentor's groups; the log of who read it.
#include "platform/web/module.hpp"

namespace koers::modules {

const web::Module& Dossier();

}  // namespace koers::modules
