#pragma once
// The agenda's routes: the public agenda and registration, and the organisers' pages.
namespace koers::web {

class Router;

void AddAgendaRoutes(Router& r);
void AddAgendaOrganiserRoutes(Router& r);
void AddAgendaRegistrationListRoutes(Router& r);

}  // namespace koers::web
