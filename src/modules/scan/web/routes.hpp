#pragma once
// The LOB-scan module's routes: rounds, answering, results and actions, teams compared,
// instruments.
namespace koers::web {

class Router;

void AddScanRoundRoutes(Router& r);
void AddScanRespondRoutes(Router& r);
void AddScanOpenLinkRoutes(Router& r);
void AddScanResultRoutes(Router& r);
void AddScanComparisonRoutes(Router& r);
void AddScanInstrumentRoutes(Router& r);

}  // namespace koers::web
