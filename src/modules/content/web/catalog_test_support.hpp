#pragma once
// What the catalogue's tests share: a catalogue over a fresh test database of either kind, on a
// manual clock in November 2026, and a news item to save.
#include <cstdint>
#include <memory>
#include <string>

#include "modules/content/storage/content_repo.hpp"
#include "modules/content/storage/taxonomy_repo.hpp"
#include "modules/content/web/catalog.hpp"
#include "modules/content/web/snowball_stemmer.hpp"
#include "platform/core/common/environment.hpp"
#include "support/test_db.hpp"

namespace koers::web::catalog_testing {

constexpr int64_t kNow = 1795000000;  // November 2026

// A published news item as another koers process would save it, published just before `now`.
inline storage::ContentRecord PublishedNews(const std::string& slug, const std::string& title,
                                            int64_t now = kNow) {
    storage::ContentRecord rec;
    rec.kind = "nieuws";
    rec.slug = slug;
    rec.title = title;
    rec.summary = "Een luchtschip op het schoolplein.";
    rec.body = "Het landde op het **schoolplein**.";
    rec.status = "gepubliceerd";
    rec.publish_at = now - 10;
    return rec;
}

struct CatalogWorld {
    explicit CatalogWorld(const std::string& kind) : db(testing::NewTestDatabase(kind)) {
        if (!db) return;
        content = std::make_unique<storage::ContentRepo>(*db);
        taxonomy = std::make_unique<storage::TaxonomyRepo>(*db);
        catalog = std::make_unique<Catalog>(*content, *taxonomy, clock, stemmer);
    }
    std::unique_ptr<storage::Database> db;
    core::ManualClock clock{kNow};
    SnowballDutch stemmer;
    std::unique_ptr<storage::ContentRepo> content;
    std::unique_ptr<storage::TaxonomyRepo> taxonomy;
    std::unique_ptr<Catalog> catalog;
};

}  // namespace koers::web::catalog_testing
