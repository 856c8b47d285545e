#include "modules/content/web/site_pages.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>
#include <utility>

#include "modules/content/core/content.hpp"
#include "platform/storage/db/database.hpp"

namespace koers::web {
namespace {

constexpr std::string_view kFirst[] = {"over-ons", "contact", "privacyverklaring",
                                       "toegankelijkheidsverklaring"};

std::vector<FooterLink> Make(Catalog& catalog, int64_t now) {
    core::SearchRequest req;
    req.filter.kind = "pagina";
    req.sort = core::SearchSort::kNewest;
    req.limit = 20;
    req.now = now;
    auto hits = catalog.Search(req)->hits;
    auto rank = [](const core::SearchHit& h) {
        return static_cast<size_t>(std::find(std::begin(kFirst), std::end(kFirst), h.doc.slug) -
                                   std::begin(kFirst));
    };
    std::sort(hits.begin(), hits.end(), [&](const auto& a, const auto& b) {
        return std::pair(rank(a), a.doc.title) < std::pair(rank(b), b.doc.title);
    });
    std::vector<FooterLink> out;
    out.reserve(hits.size() + 1);
    for (const auto& h : hits)
        out.push_back({core::ContentPath("pagina", h.doc.slug), h.doc.title});
    out.push_back({"/vacatures", "Vacatures"});
    return out;
}

}  // namespace

std::vector<FooterLink> SitePages::Links() {
    std::lock_guard lock(mutex_);
    const int64_t now_ms = clock_.NowMillis();
    if (!made_ || now_ms - made_ms_ >= kMaxStaleMillis) {
        try {
            links_ = Make(catalog_, now_ms / 1000);
        } catch (const storage::DbError&) {
            // The database is away: the footer keeps the links it had (or only the vacatures),
            // so an error page still renders as a page. Tried again a second later.
            if (links_.empty()) links_ = {{"/vacatures", "Vacatures"}};
        }
        made_ = true;
        made_ms_ = now_ms;
    }
    return links_;
}

void SitePages::Changed() {
    std::lock_guard lock(mutex_);
    made_ = false;
}

}  // namespace koers::web
