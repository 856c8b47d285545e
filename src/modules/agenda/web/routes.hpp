#pragma once
// The agenda's routes: the public agenda and registration, the organisers' pages, and a
// school's network events.
namespace koers::web {

class Router;

void AddAgendaRoutes(Router& r);
void AddAgendaOrganiserRoutes(Router& r);
void AddAgendaRegistrationListRoutes(Router& r);
void AddNetworkEventRoutes(Router& r);

}  // namespace koers::web
