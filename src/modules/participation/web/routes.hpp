#pragma once
// Participation's routes: the overview, an activity, recording a group's participation.
namespace koers::web {

class Router;

void AddParticipationRoutes(Router& r);

}  // namespace koers::web
