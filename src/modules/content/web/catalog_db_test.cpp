// The catalogue over real databases: identical search results on SQLite and PostgreSQL for the
// demo content, and changes made by "another process" (straight into the database), to items and
// to terms, showing up within a second.
#include <gtest/gtest.h>

#include "modules/content/core/search/query.hpp"
#include "modules/content/demo_content.hpp"
#include "modules/content/web/catalog_test_support.hpp"
#include "modules/content/web/terms.hpp"

namespace koers::web {
namespace {

using catalog_testing::kNow;
using catalog_testing::PublishedNews;
using World = catalog_testing::CatalogWorld;

// Everything a reader sees of a result: order, scores, snippets, facets, suggestion.
std::string Fingerprint(const core::SearchResult& r) {
    std::string out = "total=" + std::to_string(r.total) + " suggestion=" + r.suggestion + "\n";
    for (const auto& h : r.hits) {
        out += h.doc.slug + " " + std::to_string(h.score) + " ";
        for (const auto& s : h.snippet) out += (s.mark ? "[" + s.text + "]" : s.text);
        out += "\n";
    }
    for (const auto* facet :
         {&r.facets.kind, &r.facets.subtype, &r.facets.sector, &r.facets.thema, &r.facets.year})
        for (const auto& v : *facet) out += v.value + ":" + std::to_string(v.count) + " ";
    return out;
}

TEST(SearchParity, SqliteAndPostgresqlGiveIdenticalResults) {
    World sqlite("sqlite"), postgres("postgresql");
    if (!postgres.db) GTEST_SKIP() << "geen PostgreSQL-testcluster";
    ASSERT_EQ(modules::SeedDemoContent(*sqlite.db, kNow),
              modules::SeedDemoContent(*postgres.db, kNow));
    sqlite.catalog->LoadAll();
    postgres.catalog->LoadAll();
    ASSERT_GT(sqlite.catalog->size(), 35U);
    ASSERT_EQ(sqlite.catalog->size(), postgres.catalog->size());

    const char* queries[] = {"loopbaangesprekken",
                             "financiele",
                             "ouders -vmbo",
                             "\"vijf loopbaancompetenties\"",
                             "kwalitiet",
                             "regio samenwerking",
                             "gesprek",
                             "doorstroom mbo hbo",
                             "LOB-scan",
                             "visie"};
    for (const char* q : queries) {
        for (auto sort : {core::SearchSort::kRelevance, core::SearchSort::kNewest}) {
            core::SearchRequest req;
            req.query = core::ParseQuery(q);
            req.sort = sort;
            req.now = kNow;
            const auto a = Fingerprint(*sqlite.catalog->Search(req));
            const auto b = Fingerprint(*postgres.catalog->Search(req));
            EXPECT_EQ(a, b) << q;
            EXPECT_NE(a.find("total="), std::string::npos);
        }
    }
    core::SearchRequest list;
    list.filter.kind = "kennisbank";
    list.filter.thema = "loopbaangesprek";
    list.now = kNow;
    EXPECT_EQ(Fingerprint(*sqlite.catalog->Search(list)),
              Fingerprint(*postgres.catalog->Search(list)));
    EXPECT_GT(sqlite.catalog->Search(list)->total, 0U);
}

class CatalogSync : public ::testing::TestWithParam<std::string> {};

TEST_P(CatalogSync, ChangesFromAnotherProcessAppearWithinASecond) {
    World w(GetParam());
    if (!w.db) GTEST_SKIP() << "geen PostgreSQL-testcluster";
    w.catalog->LoadAll();
    core::SearchRequest req;
    req.query = core::ParseQuery("zeppelin");
    req.now = kNow;
    EXPECT_EQ(w.catalog->Search(req)->total, 0U);

    // Another koers process saves an item: this catalogue only learns of it from the database.
    auto rec = PublishedNews("zeppelin", "Zeppelin landt bij school");
    w.content->Create(rec, kNow);
    w.clock.AdvanceMillis(kMaxStaleMillis - 1);
    EXPECT_EQ(w.catalog->Search(req)->total, 0U) << "checked less than a second ago";
    w.clock.AdvanceMillis(1);
    EXPECT_EQ(w.catalog->Search(req)->total, 1U);

    // Unpublished elsewhere: gone within a second too.
    rec.status = "gearchiveerd";
    ASSERT_TRUE(w.content->Update(rec, 1, kNow + 1));
    w.clock.AdvanceMillis(kMaxStaleMillis);
    EXPECT_EQ(w.catalog->Search(req)->total, 0U);

    // A save in this process is visible at once.
    rec.status = "gepubliceerd";
    ASSERT_TRUE(w.content->Update(rec, 2, kNow + 1));
    w.catalog->Refresh(rec.id);
    EXPECT_EQ(w.catalog->Search(req)->total, 1U);

    // An attachment added elsewhere: its words are found within a second, without a new version.
    core::SearchRequest inside;
    inside.query = core::ParseQuery("luchtschipvaart");
    inside.now = kNow;
    const int64_t attachment = w.content->AddAttachment(
        rec.id, {"a.pdf", "A", "application/pdf", "Over luchtschipvaart"}, "%PDF-", {}, kNow + 5);
    w.clock.AdvanceMillis(kMaxStaleMillis);
    EXPECT_EQ(w.catalog->Search(inside)->total, 1U);
    w.content->RemoveAttachment(attachment, kNow + 6);
    w.clock.AdvanceMillis(kMaxStaleMillis);
    EXPECT_EQ(w.catalog->Search(inside)->total, 0U);
}

// Lists without words are kept (Catalog::kMaxKeptLists): a kept list follows another process's
// save within a second, this process's at once, and the moment a scheduled item is published.
TEST_P(CatalogSync, AKeptListFollowsEveryChangeOfTheIndexAndTheTime) {
    World w(GetParam());
    if (!w.db) GTEST_SKIP() << "geen PostgreSQL-testcluster";
    w.catalog->LoadAll();
    core::SearchRequest news;
    news.filter.kind = "nieuws";
    news.now = kNow;
    EXPECT_EQ(w.catalog->Search(news)->total, 0U);

    auto rec = PublishedNews("open-dag", "Open dag");
    w.content->Create(rec, kNow);  // by another process
    w.clock.AdvanceMillis(kMaxStaleMillis - 1);
    EXPECT_EQ(w.catalog->Search(news)->total, 0U) << "checked less than a second ago";
    w.clock.AdvanceMillis(1);
    EXPECT_EQ(w.catalog->Search(news)->total, 1U) << "within the second";

    auto later = PublishedNews("voorlichtingsavond", "Voorlichtingsavond");
    later.publish_at = kNow + 100;  // scheduled
    w.catalog->Refresh(w.content->Create(later, kNow));
    EXPECT_EQ(w.catalog->Search(news)->total, 1U) << "not published yet";
    news.now = kNow + 100;
    EXPECT_EQ(w.catalog->Search(news)->total, 2U) << "published now";

    rec.status = "gearchiveerd";
    ASSERT_TRUE(w.content->Update(rec, 1, kNow + 1));
    w.catalog->Refresh(rec.id);
    EXPECT_EQ(w.catalog->Search(news)->total, 1U) << "archived in this process: at once";
    EXPECT_EQ(w.catalog->Search(news)->hits.at(0).doc.slug, "voorlichtingsavond");
}

// The terms the read pages label with follow the same promise: another process's rename within
// a second, this process's at once.
TEST_P(CatalogSync, TermsFromAnotherProcessAppearWithinASecond) {
    World w(GetParam());
    if (!w.db) GTEST_SKIP() << "geen PostgreSQL-testcluster";
    Terms terms(*w.taxonomy, w.clock);
    auto label_of = [&](int64_t id) {
        for (const auto& t : *terms.All())
            if (t.id == id) return t.label;
        return std::string("(geen)");
    };
    const int64_t id = w.taxonomy->Add("thema", "ballonvaren", "Ballonvaren", kNow);
    EXPECT_EQ(label_of(id), "Ballonvaren");
    w.taxonomy->Rename(id, "Luchtvaart");  // another process
    w.clock.AdvanceMillis(kMaxStaleMillis - 1);
    EXPECT_EQ(label_of(id), "Ballonvaren") << "read less than a second ago";
    w.clock.AdvanceMillis(1);
    EXPECT_EQ(label_of(id), "Luchtvaart");
    w.taxonomy->Rename(id, "Zweefvliegen");  // this process
    terms.Changed();
    EXPECT_EQ(label_of(id), "Zweefvliegen");
    const int64_t added = w.taxonomy->Add("sector", "luchtmacht", "Luchtmacht", kNow);
    terms.Changed();
    EXPECT_EQ(label_of(added), "Luchtmacht");
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, CatalogSync, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::web
