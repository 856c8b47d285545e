#pragma once
// The loopbaandossier module's routes: the student's dossier and its entries, and the groups of
// mentors and the decaan.
namespace koers::web {

class Router;

void AddDossierRoutes(Router& r);
void AddDossierEntryRoutes(Router& r);
void AddDossierTalkRoutes(Router& r);
void AddDossierChoiceRoutes(Router& r);
void AddDossierCarryRoutes(Router& r);
void AddDossierRetentionRoutes(Router& r);
void AddDossierEvidenceRoutes(Router& r);
void AddDossierShareRoutes(Router& r);
void AddDossierQuestionRoutes(Router& r);
void AddDossierConversationRoutes(Router& r);
void AddDossierParentRoutes(Router& r);
void AddDossierGroupRoutes(Router& r);

}  // namespace koers::web
