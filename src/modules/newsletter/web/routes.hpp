#pragma once
// The nieuwsbrief's routes: subscribing and a subscriber's own pages, and the redactie's.
namespace koers::web {

class Router;

void AddSubscriptionRoutes(Router& r);
void AddIssueRoutes(Router& r);

}  // namespace koers::web
