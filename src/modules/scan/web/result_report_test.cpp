// The report of a closed round (`resultaten?afdrukken`), for the MR or a team meeting: the
// results with their advice and action points, every comment unfolded, and nothing that only
// works on screen (forms, buttons, downloads). A round without results has no report.
#include <gtest/gtest.h>

#include "modules/scan/web/scan_pages_test_support.hpp"

namespace koers::web {
namespace {

using namespace scan_testing;

using testing::Contains;

TEST_F(ClosedRound, TheReportPrintsTheResultsWithoutWhatOnlyWorksOnScreen) {
    ASSERT_EQ(decaan
                  .Post(round + "/acties", {{"what", "Visie herschrijven"},
                                            {"who", "Dirk Decaan"},
                                            {"due", "2027-03-01"},
                                            {"theme", "visie"}})
                  .status,
              303);
    const auto page = decaan.Get(results);
    EXPECT_TRUE(
        Contains(page.body, "href=\"" + results + "?afdrukken\">Rapport om af te drukken</a>"));

    const auto report = decaan.Get(results + "?afdrukken");
    ASSERT_EQ(report.status, 200);
    const std::string main = report.body.substr(report.body.find("<main"));
    EXPECT_TRUE(Contains(main, "Rapport gemaakt op "));
    EXPECT_TRUE(Contains(main, "href=\"" + results + "\">Terug naar de resultaten</a>"));
    EXPECT_TRUE(Contains(main, "3 respondenten leverden in"));
    EXPECT_TRUE(Contains(main, "Begin met een paar zinnen")) << "the advice";
    EXPECT_TRUE(Contains(main, "<details class=\"koers-comments\" open>"));
    EXPECT_TRUE(Contains(main, "Meer tijd nodig."));
    EXPECT_TRUE(Contains(main, ">Visie herschrijven</td>")) << "the action points";
    EXPECT_FALSE(Contains(main, "<form")) << "no action point form, no delete buttons";
    EXPECT_FALSE(Contains(main, "Maak er een actiepunt van"));
    EXPECT_FALSE(Contains(main, "Download als CSV"));
    EXPECT_FALSE(Contains(main, "Rapport om af te drukken"));
}

TEST_F(RunningRound, ARoundWithoutResultsHasNoReport) {
    const auto page = decaan.Get(round + "/resultaten?afdrukken");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(Contains(page.body, "De ronde loopt nog"));
    EXPECT_FALSE(Contains(page.body, "Rapport gemaakt op"));
}

}  // namespace
}  // namespace koers::web
