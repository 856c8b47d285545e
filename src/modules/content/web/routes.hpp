#pragma once
// The content module's routes: home page, knowledge base and news, search, feeds, the redactie.
namespace koers::web {

class Router;

void AddHomeRoutes(Router& r);
void AddContentRoutes(Router& r);
void AddFeedRoutes(Router& r);
void AddEditorRoutes(Router& r);
void AddRevisionRoutes(Router& r);
void AddTaxonomyRoutes(Router& r);

}  // namespace koers::web
