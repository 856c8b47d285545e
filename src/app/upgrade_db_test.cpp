// A database created by the last release before module-keyed migrations (demo data plus edits
// made over HTTP; tests/support/make_upgrade_fixture.mjs) upgrades in place with the current
// binary, on SQLite and on PostgreSQL: every row is still there, the edits read back, the module
// versions are taken over, and new rows continue after the old ids.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "app/modules.hpp"
#include "platform/storage/migrations.hpp"
#include "support/test_db.hpp"

namespace koers::storage {
namespace {

// Every table of that release.
constexpr const char* kTables[] = {"regions",
                                   "schools",
                                   "teams",
                                   "users",
                                   "memberships",
                                   "sessions",
                                   "one_time_tokens",
                                   "login_failures",
                                   "outbox",
                                   "audit_log",
                                   "taxonomy_terms",
                                   "content_items",
                                   "content_terms",
                                   "content_revisions",
                                   "content_old_slugs",
                                   "attachments",
                                   "scan_instruments",
                                   "scan_rounds",
                                   "scan_open_links",
                                   "scan_responses",
                                   "scan_answers",
                                   "scan_round_scores",
                                   "scan_actions",
                                   "quality_years",
                                   "quality_records",
                                   "quality_revisions"};

std::unique_ptr<Database> OpenFixture(const std::string& kind) {
    const std::string dir = testing::SourcePath("tests/fixtures/upgrade/");
    if (kind == "sqlite") {
        const std::string path = testing::NewSqlitePath();
        std::filesystem::copy_file(dir + "release.sqlite", path);
        return OpenDatabase(path, 2);
    }
    const std::string url = testing::NewPostgresUrl();
    if (url.empty()) return nullptr;
    auto db = OpenDatabase(url, 2);
    std::ifstream in(dir + "release.postgresql.sql");
    std::stringstream dump;
    dump << in.rdbuf();
    db->With([&](Connection& c) { c.ExecScript(dump.str()); });
    return db;
}

std::map<std::string, int64_t> Counts(Database& db) {
    std::map<std::string, int64_t> out;
    db.With([&](Connection& c) {
        for (const char* t : kTables)
            out[t] = c.QueryOne(std::string("SELECT COUNT(*) AS n FROM ") + t)->Int("n");
    });
    return out;
}

class Upgrade : public ::testing::TestWithParam<std::string> {};

TEST_P(Upgrade, AReleaseDatabaseUpgradesInPlaceWithNothingLost) {
    auto db = OpenFixture(GetParam());
    if (!db) GTEST_SKIP() << "geen PostgreSQL-testcluster";
    const auto before = Counts(*db);
    EXPECT_GT(before.at("content_items"), 40);
    EXPECT_GT(before.at("scan_answers"), 100);
    EXPECT_GT(before.at("quality_records"), 20);

    ApplyMigrations(*db, web::SchemaOf(app::Modules()), 1'800'000'000);
    EXPECT_EQ(Counts(*db), before) << "no row lost or added by the upgrade";
    EXPECT_EQ(CurrentSchema(*db, web::SchemaOf(app::Modules())),
              LatestSchema(web::SchemaOf(app::Modules())));
    EXPECT_EQ(ApplyMigrations(*db, web::SchemaOf(app::Modules()), 1'800'000'001), 0);

    db->With([](Connection& c) {
        auto taken = c.Query(
            "SELECT module, version FROM schema_versions WHERE name LIKE 'overgenomen%' "
            "ORDER BY module, version");
        ASSERT_EQ(taken.size(), 5U);
        EXPECT_EQ(taken[0].Text("module") + std::to_string(taken[0].Int("version")), "content1");
        EXPECT_EQ(taken[1].Text("module") + std::to_string(taken[1].Int("version")), "platform1");
        EXPECT_EQ(taken[2].Text("module") + std::to_string(taken[2].Int("version")), "platform2");
        EXPECT_EQ(taken[3].Text("module") + std::to_string(taken[3].Int("version")), "quality1");
        EXPECT_EQ(taken[4].Text("module") + std::to_string(taken[4].Int("version")), "scan1");
        // The edits made over HTTP before the upgrade.
        EXPECT_TRUE(c.QueryOne("SELECT 1 FROM content_items WHERE title = ?",
                               {std::string("Upgradetoets: geschreven vóór de module-migraties")}));
        EXPECT_TRUE(c.QueryOne("SELECT 1 FROM quality_records WHERE body LIKE ?",
                               {std::string("%Visietekst van vóór de upgrade.%")}));
        // New rows continue after the old ids (PostgreSQL's identity sequences came along).
        const int64_t max_id = c.QueryOne("SELECT MAX(id) AS id FROM taxonomy_terms")->Int("id");
        c.Execute(
            "INSERT INTO taxonomy_terms (vocabulary, slug, label, created_at) "
            "VALUES ('thema', 'na-de-upgrade', 'Na de upgrade', 1)");
        EXPECT_GT(
            c.QueryOne("SELECT id FROM taxonomy_terms WHERE slug = 'na-de-upgrade'")->Int("id"),
            max_id);
    });
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, Upgrade, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::storage
