// The migration to figures per vestiging (doorstroom-0002, decision 0041) on both databases: the
// figures imported before it stay, as cells of the whole school, and read back as they were.
#include <gtest/gtest.h>

#include "app/modules.hpp"
#include "modules/doorstroom/storage/doorstroom_repo.hpp"
#include "platform/storage/migrations.hpp"
#include "support/test_db.hpp"

namespace koers::storage::doorstroom_migrations {
const std::vector<EmbeddedFile>& Files();  // generated from storage/migrations/*.sql
}

namespace koers::storage {
namespace {

// The module's schema as it was before vestigingen: its first migration only.
const std::vector<EmbeddedFile>& FirstDoorstroomMigration() {
    static const std::vector<EmbeddedFile> kFirst = [] {
        std::vector<EmbeddedFile> out;
        for (const auto& f : doorstroom_migrations::Files())
            if (f.name.find("-0001-") != std::string_view::npos) out.push_back(f);
        return out;
    }();
    return kFirst;
}

class DoorstroomMigration : public ::testing::TestWithParam<std::string> {};

TEST_P(DoorstroomMigration, FiguresImportedBeforeVestigingenStayAsWholeSchoolCells) {
    const std::string url =
        GetParam() == "sqlite" ? testing::NewSqlitePath() : testing::NewPostgresUrl();
    if (url.empty()) GTEST_SKIP() << "geen PostgreSQL-testcluster";
    auto db = OpenDatabase(url, 2);
    const ModuleSchema before[] = {{"doorstroom", FirstDoorstroomMigration}};
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

INSTANTIATE_TEST_SUITE_P(BothDatabases, DoorstroomMigration,
                         ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::storage
