#pragma once
// What the content module builds at start (Module::build) and its handlers use: the content
// and taxonomy repositories, the terms as read pages use them, the Dutch stemmer, the searchable
// catalogue of published items, the footer's links to the site's own pages and the rendered
// bodies of the items read.
#include "modules/content/storage/content_repo.hpp"
#include "modules/content/storage/taxonomy_repo.hpp"
#include "modules/content/web/catalog.hpp"
#include "modules/content/web/rendered_bodies.hpp"
#include "modules/content/web/site_pages.hpp"
#include "modules/content/web/snowball_stemmer.hpp"
#include "modules/content/web/terms.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

struct ContentParts {
    ContentParts(storage::Database& db, core::Clock& clock)
        : content(db),
          taxonomy(db),
          terms(taxonomy, clock),
          catalog(content, taxonomy, clock, stemmer),
          site_pages(catalog, clock) {}

    storage::ContentRepo content;
    storage::TaxonomyRepo taxonomy;
    Terms terms;  // the taxonomy as read pages use it
    SnowballDutch stemmer;
    Catalog catalog;       // published content, searchable
    SitePages site_pages;  // the footer's links
    RenderedBodies bodies;
};

inline ContentParts& ContentOf(const Services& app) { return app.parts.Get<ContentParts>(); }
inline ContentParts& ContentOf(const Ctx& ctx) { return ContentOf(ctx.app); }

// After this process saved item `id` (or its attachments): the catalogue re-reads it and no
// published page from before is served.
void ItemChanged(const Ctx& ctx, int64_t id);
// After this process added or renamed a term.
void TermsChanged(const Ctx& ctx);
// A published page's handler whose page is as current as the catalogue's last check: the page
// is kept a second from then, not from when it was made (Response::current_as_of_ms).
Handler AsOfCatalogue(Handler handler);

}  // namespace koers::web
