// What a school can do next, per theme of a closed round: the advice of the sector's newest
// instrument, the kennisbank's items and praktijkvoorbeelden on the theme, the themes with the
// most to gain, and "maak er een actiepunt van" choosing the theme in the action point form.
#include <gtest/gtest.h>

#include "modules/scan/storage/scan_repo.hpp"
#include "modules/scan/web/scan_pages_test_support.hpp"
#include "modules/scan/web/scan_parts.hpp"

namespace koers::web {
namespace {

using namespace scan_testing;

using testing::Contains;

TEST_F(ClosedRound, EachThemeSaysWhatToDoWhatToReadAndBecomesAnActionPoint) {
    const auto page = decaan.Get(results);
    ASSERT_EQ(page.status, 200);
    const std::string advice = Between(page.body, "id=\"advies\">", "id=\"acties\"");
    ASSERT_FALSE(advice.empty());
    // Only "Visie en beleid" was answered: it is where to start, with its score.
    EXPECT_TRUE(Contains(advice,
                         "<a class=\"utrecht-link\" href=\"#advies-visie\">Visie en beleid</a>: "
                         "33% gerealiseerd"))
        << advice.substr(0, 800);
    const std::string visie = Between(advice, "id=\"advies-visie\"", "</section>");
    EXPECT_TRUE(
        Contains(visie, "Begin met een paar zinnen over wat de school met LOB wil bereiken"));
    // The two newest kennisbank items and the newest praktijkvoorbeeld on "visie-en-beleid".
    EXPECT_TRUE(Contains(visie, "href=\"/kennisbank/handreiking-lob-visie-in-vijf-stappen\">"));
    EXPECT_TRUE(Contains(visie, "href=\"/kennisbank/wegwijzer-lob-beleid-smart\">"));
    EXPECT_TRUE(Contains(visie, "href=\"/praktijkvoorbeelden/lob-visie-met-het-hele-team\">"));
    EXPECT_FALSE(Contains(visie, "href=\"/nieuws/")) << "news is no reading";
    EXPECT_TRUE(Contains(visie, "href=\"/kennisbank?thema=visie-en-beleid\">"));
    EXPECT_TRUE(Contains(page.body, "id=\"advies-samenwerking\"")) << "every theme has its advice";

    // The link makes an action point of the theme: the form has it chosen.
    EXPECT_TRUE(Contains(
        visie,
        "href=\"" + round + "/resultaten?actiepunt=visie#actiepunt\">Maak er een actiepunt van"));
    const auto form = decaan.Get(round + "/resultaten?actiepunt=visie");
    EXPECT_TRUE(Contains(form.body, "<option value=\"visie\" selected>Visie en beleid</option>"));
    // A refused action point keeps its theme.
    const auto refused = decaan.Post(round + "/acties", {{"what", ""}, {"theme", "programma"}});
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(Contains(refused.body, "<option value=\"programma\" selected>"));
    // A theme that is no theme of the instrument chooses nothing.
    EXPECT_FALSE(Contains(decaan.Get(round + "/resultaten?actiepunt=%22%3E").body, " selected>"));
}

// A round closed under an older version of the instrument gets the newest version's advice.
TEST_F(ClosedRound, AdviceComesFromTheSectorsNewestInstrument) {
    auto& scan = ScanOf(app.services());
    const auto current = scan.scans.LatestInstrument("vo");
    ASSERT_TRUE(current);
    std::string source = scan.scans.Instrument(current->id)->source;
    const std::string old_advice = "advies: Begin met een paar zinnen";
    const size_t at = source.find(old_advice);
    ASSERT_NE(at, std::string::npos);
    source.replace(at, old_advice.size(), "advies: Nieuw advies voor de visie.");
    scan.scans.AddInstrument("vo", current->title, source, std::nullopt, 1'790'000'100);

    const auto page = decaan.Get(results);
    EXPECT_TRUE(Contains(page.body, "Nieuw advies voor de visie."));
    EXPECT_FALSE(Contains(page.body, "Begin met een paar zinnen"));
}

// A teamleider reads the results and the advice, and is offered no action point: only who
// runs the scan adds them.
TEST_F(ClosedRound, OnlyWhoRunsTheScanIsOfferedTheActionPoint) {
    Browser teamleider(app);
    ASSERT_TRUE(teamleider.SignIn("teamleider@demo.koers.nl"));
    const auto page = teamleider.Get(results);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(Contains(page.body, "Begin met een paar zinnen"));
    EXPECT_FALSE(Contains(page.body, "Maak er een actiepunt van"));
    EXPECT_FALSE(Contains(page.body, "id=\"actiepunt\"")) << "nor the form it leads to";
}

}  // namespace
}  // namespace koers::web
