// The figures kept in memory, on both databases: two koers processes over one database (two
// copies with one clock); the one that imported shows the new figures at once, the other within a
// second; a region's figures add up its own schools only, "<5" cells counted apart.
#include "modules/doorstroom/web/flow_figures.hpp"

#include <gtest/gtest.h>

#include "modules/doorstroom/core/figures.hpp"
#include "support/test_db.hpp"

namespace koers::web {
namespace {

core::FlowFile FlowFileOf(const std::string& rows) {
    auto read =
        core::ReadFlowFile("brin;onderwijstype;jaar;bestemming;aantal;na_een_jaar\n" + rows);
    if (auto* p = std::get_if<core::CsvProblem>(&read)) ADD_FAILURE() << core::CsvProblemText(*p);
    return std::get<core::FlowFile>(read);
}

class FlowFiguresDb : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        db = testing::NewTestDatabase(GetParam());
        if (!db) GTEST_SKIP() << "geen PostgreSQL-testcluster";
        repo = std::make_unique<storage::DoorstroomRepo>(*db);
    }
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<storage::DoorstroomRepo> repo;
    core::ManualClock clock{1'800'000'000};
};

TEST_P(FlowFiguresDb, AnotherProcessSeesAnImportWithinASecond) {
    repo->Replace(FlowFileOf("11AA;havo;2025;hbo;60;51\n"), "a.csv", std::nullopt, clock.Now(),
                  clock.NowMillis());
    FlowFigures here(*repo, clock), there(*repo, clock);
    here.LoadAll();
    there.LoadAll();
    EXPECT_EQ(there.Current()->OfSchool("11AA").size(), 1u);

    clock.AdvanceMillis(300);
    repo->Replace(FlowFileOf("11AA;havo;2025;hbo;70;60\n11AA;havo;2025;wo;10;9\n"), "b.csv",
                  std::nullopt, clock.Now(), clock.NowMillis());
    here.LoadAll();  // the process that imported
    EXPECT_EQ(here.Current()->OfSchool("11AA").size(), 2u);
    clock.AdvanceMillis(500);
    EXPECT_EQ(there.Current()->OfSchool("11AA").size(), 1u) << "not yet a second since its look";
    clock.AdvanceMillis(500);
    const auto now = there.Current();
    ASSERT_EQ(now->OfSchool("11AA").size(), 2u) << "a second after its last look";
    EXPECT_EQ(core::BreakdownOf(now->national, 2025, "havo").all.Text(), "80");
    EXPECT_TRUE(now->OfSchool("99ZZ").empty());
}

TEST_P(FlowFiguresDb, ARegionAddsUpItsOwnSchoolsOnly) {
    repo->Replace(FlowFileOf("11AA;havo;2025;hbo;60;51\n12BB;havo;2025;hbo;3;\n"
                             "13CC;havo;2025;hbo;40;30\n99ZZ;havo;2025;hbo;100;90\n"),
                  "a.csv", std::nullopt, clock.Now(), clock.NowMillis());
    FlowFigures figures(*repo, clock);
    figures.LoadAll();
    const std::vector<std::string> region = {"11AA", "12BB", "13CC", "00XX"};
    const auto b = core::BreakdownOf(figures.Current()->Added(region), 2025, "havo");
    const auto* hbo = b.Of(core::Destination::kHbo);
    ASSERT_NE(hbo, nullptr);
    EXPECT_EQ(hbo->leavers.Text(), "100 en 1× <5") << "99ZZ is not in it; 12BB's <5 apart";
    EXPECT_EQ(hbo->followed, 100);
    EXPECT_EQ(hbo->stayed.known, 81);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, FlowFiguresDb, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::web
