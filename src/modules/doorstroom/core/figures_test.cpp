// The dashboard's figures: shares of the known leavers, retention, "<5" cells that no figure
// gives away (the insider's subtraction), the flow diagram's geometry, and the made-up national
// figures read back through the importer.
#include "modules/doorstroom/core/figures.hpp"

#include <gtest/gtest.h>

#include "modules/doorstroom/core/flow_file.hpp"
#include "modules/doorstroom/core/sankey.hpp"
#include "modules/doorstroom/core/synthetic.hpp"

namespace koers::core {
namespace {

Flow F(std::string brin, std::string type, int year, Destination to, int64_t n,
       std::optional<int64_t> stayed = std::nullopt) {
    Flow f{std::move(brin), std::move(type), year, to, Count::Of(n)};
    if (stayed) f.stayed = Count::Of(*stayed);
    return f;
}

TEST(DoorstroomFigures, SharesAreOfTheKnownLeaversAndRetentionOfThoseFollowed) {
    const std::vector<Flow> flows = {
        F("21VZ", "havo", 2025, Destination::kHbo, 60, 51),
        F("21VZ", "havo", 2025, Destination::kMbo4, 20, 18),
        F("21VZ", "havo", 2025, Destination::kGeen, 20, 10),
        F("21VZ", "vwo", 2025, Destination::kWo, 40, 36),
        F("21VZ", "havo", 2024, Destination::kHbo, 50, 40),
    };
    const auto sums = AsSums(flows);
    const auto havo = BreakdownOf(sums, 2025, "havo");
    ASSERT_EQ(havo.rows.size(), 3u);
    EXPECT_EQ(havo.rows[0].to, Destination::kMbo4) << "in the order of AllDestinations";
    EXPECT_EQ(havo.all.Text(), "100");
    EXPECT_EQ(PercentText(havo.Of(Destination::kHbo)->share), "60,0%");
    EXPECT_EQ(PercentText(havo.Of(Destination::kHbo)->retention), "85,0%");
    EXPECT_EQ(PercentText(havo.retention), "79,0%");
    const auto all = BreakdownOf(sums, 2025, "");
    EXPECT_EQ(all.all.known, 140);
    EXPECT_EQ(YearsOf(sums), (std::vector<int>{2025, 2024}));
    EXPECT_EQ(TypesOf(sums), (std::vector<std::string>{"havo", "vwo"}));
}

// An insider knows the school's total from its own records and reads every figure on the page:
// nothing adds up to what a "<5" cell holds.
TEST(DoorstroomFigures, NoFigureOnThePageTellsWhatASuppressedCellHolds) {
    const std::vector<Flow> flows = {
        F("21VZ", "havo", 2025, Destination::kHbo, 60, 51),
        F("21VZ", "havo", 2025, Destination::kWo, 3, 3),
        F("21VZ", "havo", 2025, Destination::kGeen, 20, 4),
    };
    const auto b = BreakdownOf(AsSums(flows), 2025, "havo");
    EXPECT_EQ(b.all.Text(), "80 en 1× <5") << "the total leaves the small cell out and says so";
    const auto* wo = b.Of(Destination::kWo);
    EXPECT_EQ(wo->leavers.Text(), "<5");
    EXPECT_FALSE(wo->share) << "no share of a hidden count";
    EXPECT_FALSE(wo->retention);
    EXPECT_DOUBLE_EQ(*b.Of(Destination::kHbo)->share, 75.0) << "of the 80 known, not of 83";
    EXPECT_FALSE(b.Of(Destination::kGeen)->retention) << "4 stayed is hidden: no share";
    EXPECT_EQ(PercentText(b.retention), "85,0%") << "of the cells whose stay is known only";
    // The diagram's bands: every "<5" band is as thick as every other, whatever it holds.
    // The same school with other values in its "<5" cells shows exactly the same figures.
    const std::vector<Flow> other = {F("21VZ", "havo", 2025, Destination::kHbo, 60, 51),
                                     F("21VZ", "havo", 2025, Destination::kWo, 1, 0),
                                     F("21VZ", "havo", 2025, Destination::kGeen, 20, 1)};
    const auto b2 = BreakdownOf(AsSums(other), 2025, "havo");
    EXPECT_EQ(b2.retention, b.retention);
    EXPECT_EQ(b2.all, b.all);
    for (const auto& row : b.rows) {
        EXPECT_EQ(b2.Of(row.to)->leavers, row.leavers);
        EXPECT_EQ(b2.Of(row.to)->share, row.share);
        EXPECT_EQ(b2.Of(row.to)->retention, row.retention);
    }
    const auto a = LayoutSankey(b);
    const auto c = LayoutSankey(b2);
    ASSERT_EQ(a.bands.size(), c.bands.size());
    for (size_t i = 0; i < a.bands.size(); ++i) {
        EXPECT_EQ(a.bands[i].path, c.bands[i].path);
        EXPECT_EQ(a.bands[i].label, c.bands[i].label);
    }
}

TEST(DoorstroomFigures, AddedUpCellsKeepTheirHiddenOnes) {
    std::vector<FlowSum> sums =
        AsSums(std::vector<Flow>{F("21VZ", "havo", 2025, Destination::kHbo, 60),
                                 F("30HZ", "havo", 2025, Destination::kHbo, 2),
                                 F("14LD", "havo", 2025, Destination::kHbo, 40)});
    const auto b = BreakdownOf(sums, 2025, "havo");
    EXPECT_EQ(b.Of(Destination::kHbo)->leavers.Text(), "100 en 1× <5");
    EXPECT_EQ(PercentText(b.Of(Destination::kHbo)->share), "100,0%");
}

TEST(DoorstroomFigures, TheDiagramGivesEachDestinationALabelledBand) {
    const std::vector<Flow> flows = {F("21VZ", "havo", 2025, Destination::kHbo, 75),
                                     F("21VZ", "havo", 2025, Destination::kMbo4, 25)};
    const auto layout = LayoutSankey(BreakdownOf(AsSums(flows), 2025, "havo"), 640);
    ASSERT_EQ(layout.bands.size(), 2u);
    EXPECT_EQ(layout.bands[0].label, "mbo niveau 4: 25 (25,0%)");
    EXPECT_EQ(layout.bands[1].label, "hbo: 75 (75,0%)");
    EXPECT_NEAR(layout.source_height, 220, 0.01);
    EXPECT_NEAR(layout.bands[1].node_height, 3 * layout.bands[0].node_height, 0.01);
    EXPECT_EQ(layout.bands[0].path.substr(0, 1), "M");
    EXPECT_GT(layout.height, layout.source_height);
}

TEST(DoorstroomFigures, MadeUpFiguresAreStableAndReadBackThroughTheImporter) {
    const std::vector<std::string> taken = {"00AA"};
    const auto schools = SyntheticSchools(20, 3, taken, 7);
    ASSERT_EQ(schools.size(), 23u);
    EXPECT_EQ(schools[0].brin, "00AB") << "a taken code is skipped";
    const auto flows = SyntheticFlows(schools, 2025, 3, 7);
    EXPECT_EQ(ToFlowCsv(flows), ToFlowCsv(SyntheticFlows(schools, 2025, 3, 7)));
    auto read = ReadFlowFile(ToFlowCsv(flows));
    ASSERT_TRUE(std::holds_alternative<FlowFile>(read))
        << CsvProblemText(std::get<CsvProblem>(read));
    const auto& file = std::get<FlowFile>(read);
    ASSERT_EQ(file.flows.size(), flows.size());
    EXPECT_EQ(file.years, (std::vector<int>{2023, 2024, 2025}));
    for (size_t i = 0; i < flows.size(); ++i) {
        EXPECT_EQ(file.flows[i].leavers, flows[i].leavers);
        EXPECT_EQ(file.flows[i].stayed, flows[i].stayed);
    }
}

}  // namespace
}  // namespace koers::core
