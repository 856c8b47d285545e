#pragma once
// The links to the installation's own pages that every page's footer shows: the published
// pagina's (over ons, contact, privacyverklaring, toegankelijkheidsverklaring first, in that
// order; any other by title) and the vacatures. Only pages that exist, so a new installation has
// no dead links. Made from the catalogue at most once a second (its own promise between
// processes) and at once after a save in this process (Changed): every page shows the footer,
// so it must not cost a search each time, and must not fail: with the database away it keeps
// the links it had (the 503 page is still a page). Thread-safe.
#include <cstdint>
#include <mutex>
#include <vector>

#include "modules/content/web/catalog.hpp"
#include "platform/web/module.hpp"

namespace koers::web {

class SitePages {
public:
    SitePages(Catalog& catalog, core::Clock& clock) : catalog_(catalog), clock_(clock) {}

    std::vector<FooterLink> Links();
    void Changed();

private:
    Catalog& catalog_;
    core::Clock& clock_;
    std::mutex mutex_;
    std::vector<FooterLink> links_;
    bool made_ = false;
    int64_t made_ms_ = 0;
};

}  // namespace koers::web
