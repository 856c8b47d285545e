#pragma once
// What the loopbaandossier asks of a mentor now, for the dashboard (Module::todos): per group
// they are the mentor of, the leerlingen who ask for a loopbaangesprek (late once the oldest
// request waits two weeks), and the leerlingen with an account who wrote nothing in their
// dossier for six weeks. For a decaan, the requests no mentor hears of (a group without a mentor,
// a leerling without a group), whose mails went to the decanen. Counted, linked to the group's
// page (or the dossier of a leerling without a group); never a name.
#include <vector>

#include "platform/core/access/roles.hpp"
#include "platform/web/module.hpp"

namespace koers::web {

std::vector<Todo> DossierTodos(const Ctx& ctx, const core::Membership& role);

}  // namespace koers::web
