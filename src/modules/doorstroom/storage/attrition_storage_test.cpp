// Uitval en overstap on both databases: a year imported again replaces that year whole (and only
// that year, and never the flows of that year); "<5" stays "<5" after the round trip, and so do a
// small group's counts; a failed import leaves the figures as they were.
#include <gtest/gtest.h>

#include "modules/doorstroom/storage/doorstroom_repo.hpp"
#include "support/test_db.hpp"

namespace koers::storage {
namespace {

core::AttritionFile AttritionFileOf(const std::string& csv) {
    auto read = core::ReadAttritionFile(csv);
    if (auto* p = std::get_if<core::CsvProblem>(&read)) ADD_FAILURE() << core::CsvProblemText(*p);
    return std::get<core::AttritionFile>(read);
}

core::FlowFile FlowsOf(const std::string& csv) {
    auto read = core::ReadFlowFile(csv);
    if (auto* p = std::get_if<core::CsvProblem>(&read)) ADD_FAILURE() << core::CsvProblemText(*p);
    return std::get<core::FlowFile>(read);
}

constexpr std::string_view kAttritionHeader =
    "brin;onderwijstype;jaar;ingeschreven;uitgevallen;overgestapt\n";

class AttritionStorage : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        db_ = testing::NewTestDatabase(GetParam());
        if (!db_) GTEST_SKIP() << "geen PostgreSQL-testcluster";
        repo_ = std::make_unique<DoorstroomRepo>(*db_);
    }
    std::unique_ptr<Database> db_;
    std::unique_ptr<DoorstroomRepo> repo_;
};

TEST_P(AttritionStorage, AYearImportedAgainIsReplacedWholeAndTheFlowsStay) {
    repo_->Replace(FlowsOf("brin;onderwijstype;jaar;bestemming;aantal\n11AA;havo;2025;hbo;60\n"),
                   "stromen.csv", std::nullopt, 5, 5000);
    repo_->ReplaceAttrition(
        AttritionFileOf(std::string(kAttritionHeader) + "11AA;havo;2024;300;9;<5\n"
                                                        "11AA;havo;2025;310;12;20\n"
                                                        "22BB;vwo;2025;4;0;0\n"),
        "eerste.csv", std::nullopt, 10, 10000);
    repo_->ReplaceAttrition(
        AttritionFileOf(std::string(kAttritionHeader) + "11AA;havo;2025;320;3;15\n"), "tweede.csv",
        std::nullopt, 20, 20000);
    const auto cells = repo_->Attrition();
    ASSERT_EQ(cells.size(), 2u) << "2025 holds only the second file's row; 2024 stays";
    EXPECT_EQ(cells[0].year, 2024);
    EXPECT_EQ(cells[0].dropped.value, 9);
    EXPECT_FALSE(cells[0].switched.known()) << "\"<5\" is not read back as 0";
    EXPECT_EQ(cells[1].enrolled.value, 320);
    EXPECT_FALSE(cells[1].dropped.known()) << "a 3 is kept as \"<5\"";
    EXPECT_EQ(cells[1].switched.value, 15);
    EXPECT_EQ(repo_->Census(FigureKind::kAttrition), 2);
    EXPECT_EQ(repo_->Census(FigureKind::kFlows), 1) << "the flows of 2025 are another file's";
    const auto stamps = repo_->Stamps();
    EXPECT_EQ(stamps.flows, (std::vector<std::pair<int, int64_t>>{{2025, 5000}}));
    EXPECT_EQ(stamps.attrition,
              (std::vector<std::pair<int, int64_t>>{{2024, 10000}, {2025, 20000}}));
    const auto years = repo_->Years(FigureKind::kAttrition);
    ASSERT_EQ(years.size(), 2u);
    EXPECT_EQ(years[0].file_name, "tweede.csv");
    EXPECT_EQ(years[0].rows, 1);
    EXPECT_EQ(years[1].file_name, "eerste.csv");
    EXPECT_EQ(repo_->Years(FigureKind::kFlows).at(0).file_name, "stromen.csv");
}

TEST_P(AttritionStorage, ASmallGroupIsKeptWithoutAnyOfItsCounts) {
    repo_->ReplaceAttrition(
        AttritionFileOf(std::string(kAttritionHeader) + "22BB;vwo;2025;4;0;0\n"), "klein.csv",
        std::nullopt, 10, 10000);
    const auto cells = repo_->Attrition();
    ASSERT_EQ(cells.size(), 1u);
    EXPECT_FALSE(cells[0].enrolled.known());
    EXPECT_FALSE(cells[0].dropped.known()) << "'0 of 4' would tell about each of the four";
    EXPECT_FALSE(cells[0].switched.known());
    for (const auto& r : db_->Use([](Connection& c) {
             return c.Query("SELECT enrolled, dropped, switched FROM doorstroom_attrition");
         })) {
        EXPECT_FALSE(r.OptInt("enrolled").has_value());
        EXPECT_FALSE(r.OptInt("dropped").has_value());
        EXPECT_FALSE(r.OptInt("switched").has_value());
    }
}

TEST_P(AttritionStorage, AnImportThatFailsHalfwayLeavesTheFiguresAsTheyWere) {
    repo_->ReplaceAttrition(
        AttritionFileOf(std::string(kAttritionHeader) + "11AA;havo;2025;300;9;12\n"), "goed.csv",
        std::nullopt, 10, 10000);
    // A cell twice gets past no reader, but the table refuses it too: the second batch fails
    // after the first was written, and the transaction takes all of it back.
    auto bad = AttritionFileOf(std::string(kAttritionHeader) + "11AA;havo;2025;280;7;10\n");
    for (int i = 0; i < 300; ++i) {
        auto cell = bad.cells.front();
        cell.brin =
            std::to_string(10 + i % 90) + std::string(1, static_cast<char>('B' + i / 90)) + "A";
        bad.cells.push_back(cell);
    }
    bad.cells.push_back(bad.cells.front());
    EXPECT_THROW(repo_->ReplaceAttrition(bad, "fout.csv", std::nullopt, 20, 20000),
                 ConstraintError);
    const auto cells = repo_->Attrition();
    ASSERT_EQ(cells.size(), 1u);
    EXPECT_EQ(cells[0].enrolled.value, 300);
    EXPECT_EQ(repo_->Years(FigureKind::kAttrition).at(0).file_name, "goed.csv");
    EXPECT_EQ(repo_->Stamps().attrition.at(0).second, 10000);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, AttritionStorage, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::storage
