// The doorstroom migrations that change figures already imported, on both databases: to figures
// per vestiging (doorstroom-0002, decision 0041: the figures stay, as cells of the whole school)
// and the small groups' 0s (doorstroom-0004, decision 0043: they become "<5", the country's sums
// with them).
#include <gtest/gtest.h>

#include "app/modules.hpp"
#include "modules/doorstroom/core/figures.hpp"
#include "modules/doorstroom/storage/doorstroom_repo.hpp"
#include "platform/storage/migrations.hpp"
#include "support/test_db.hpp"

namespace koers::storage::doorstroom_migrations {
const std::vector<EmbeddedFile>& Files();  // generated from storage/migrations/*.sql
}

namespace koers::storage {
namespace {

// The module's schema as it was before its migration number `kBefore` (a function, as a
// ModuleSchema takes one).
template <int kBefore>
const std::vector<EmbeddedFile>& DoorstroomMigrationsBefore() {
    static const std::vector<EmbeddedFile> kEarlier = [] {
        std::vector<EmbeddedFile> out;
        for (const auto& f : doorstroom_migrations::Files())  // "doorstroom-0002-vestigingen.sql"
            if (std::stoi(std::string(f.name.substr(f.name.find('-') + 1, 4))) < kBefore)
                out.push_back(f);
        return out;
    }();
    return kEarlier;
}

class DoorstroomMigration : public ::testing::TestWithParam<std::string> {};

TEST_P(DoorstroomMigration, FiguresImportedBeforeVestigingenStayAsWholeSchoolCells) {
    const std::string url =
        GetParam() == "sqlite" ? testing::NewSqlitePath() : testing::NewPostgresUrl();
    if (url.empty()) GTEST_SKIP() << "geen PostgreSQL-testcluster";
    auto db = OpenDatabase(url, 2);
    const ModuleSchema before[] = {{"doorstroom", DoorstroomMigrationsBefore<2>}};
    ApplyMigrations(*db, before, 1'700'000'000);
    db->With([](Connection& c) {
        c.ExecScript(
            "INSERT INTO doorstroom_flows (brin, year, onderwijstype, destination, leavers, "
            "has_stayed, stayed) VALUES ('21VZ', 2024, 'havo', 'hbo', 48, 1, 41), "
            "('21VZ', 2024, 'havo', 'wo', NULL, 1, NULL), ('30HZ', 2024, 'niveau 4', 'hbo', 40, "
            "0, NULL)");
    });
    EXPECT_GT(ApplyMigrations(*db, web::SchemaOf(app::Modules()), 1'700'000'100), 0);

    const auto cells = DoorstroomRepo(*db).All();
    ASSERT_EQ(cells.size(), 3u);
    EXPECT_EQ(cells[0].brin, "21VZ");
    EXPECT_EQ(cells[0].vestiging, "") << "of the whole school";
    EXPECT_EQ(cells[0].leavers.value, 48);
    EXPECT_EQ(cells[0].stayed->value, 41);
    EXPECT_FALSE(cells[1].leavers.known()) << "a \"<5\" stays \"<5\"";
    ASSERT_TRUE(cells[1].stayed.has_value());
    EXPECT_FALSE(cells[1].stayed->known());
    EXPECT_FALSE(cells[2].stayed.has_value()) << "not in the file then, not in it now";
    EXPECT_TRUE(DoorstroomRepo(*db).Names().empty());
}

TEST_P(DoorstroomMigration, ASmallGroupsZerosImportedBeforeTheRuleBecomeHidden) {
    const std::string url =
        GetParam() == "sqlite" ? testing::NewSqlitePath() : testing::NewPostgresUrl();
    if (url.empty()) GTEST_SKIP() << "geen PostgreSQL-testcluster";
    auto db = OpenDatabase(url, 2);
    const ModuleSchema before[] = {{"doorstroom", DoorstroomMigrationsBefore<4>}};
    ApplyMigrations(*db, before, 1'700'000'000);
    db->With([](Connection& c) {
        // pro: a group of "<5" all to mbo 1 and none of them still there; havo: 40 to hbo, 0 to wo.
        c.ExecScript(
            "INSERT INTO doorstroom_cells (brin, vestiging, year, onderwijstype, destination, "
            "leavers, has_stayed, stayed) VALUES "
            "('21VZ', '', 2025, 'pro', 'mbo1', NULL, 1, 0), "
            "('21VZ', '', 2025, 'pro', 'geen', 0, 1, 0), "
            "('21VZ', '', 2025, 'havo', 'hbo', 40, 1, 38), "
            "('21VZ', '', 2025, 'havo', 'wo', 0, 1, 0); "
            "INSERT INTO doorstroom_national (year, onderwijstype, destination, leavers_known, "
            "leavers_hidden, stayed_known, stayed_hidden, followed) VALUES "
            "(2025, 'pro', 'geen', 0, 0, 0, 0, 0)");
    });
    EXPECT_GT(ApplyMigrations(*db, web::SchemaOf(app::Modules()), 1'700'000'100), 0);

    DoorstroomRepo repo(*db);
    const auto cells = repo.All();
    ASSERT_EQ(cells.size(), 4u);  // by school, year, onderwijstype, destination
    EXPECT_EQ(cells[0].to, core::Destination::kHbo);
    EXPECT_EQ(cells[0].stayed->value, 38);
    EXPECT_EQ(cells[1].leavers.value, 0) << "a 0 of 40 tells about no one";
    EXPECT_EQ(cells[1].stayed->value, 0);
    EXPECT_EQ(cells[2].to, core::Destination::kGeen);
    EXPECT_FALSE(cells[2].leavers.known()) << "'all of them went to mbo 1'";
    EXPECT_FALSE(cells[2].stayed->known());
    EXPECT_EQ(cells[3].to, core::Destination::kMbo1);
    EXPECT_FALSE(cells[3].stayed->known()) << "'none of the <5 still there'";
    const auto national = core::BreakdownOf(repo.National(), 2025, "pro");
    ASSERT_EQ(national.rows.size(), 2u);
    EXPECT_EQ(national.all.Text(), "0 en 2× <5") << "added up again from the cells";
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, DoorstroomMigration,
                         ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::storage
