// What the year delivered, above its evaluation: the goals' results and oordeel with their
// LOB-scan theme's score, the teams' activities, the rounds closed in the year; and the cycle's
// documents in print. A round that may not show figures never shows them here either.
#include "modules/quality/web/quality_pages_test_support.hpp"

#include "modules/scan/core/round.hpp"
#include "modules/scan/storage/scan_repo.hpp"
#include "modules/scan/web/scan_pages_test_support.hpp"
#include "modules/scan/web/scan_parts.hpp"
#include "modules/scan/web/scan_view.hpp"

namespace koers::web {
namespace {

using namespace quality_testing;

// The evaluation of the beleid starts from what the year delivered: each goal's measured result
// and oordeel with the score of its LOB-scan theme in the year's latest school-wide round, each
// team's activities, the rounds closed in the year. Scan figures only for who may read them.
TEST_F(QualityPages, TheEvaluationShowsWhatTheYearDelivered) {
    Browser decaan(app), mentor(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    const std::string last = "/scholen/" + std::to_string(school) + "/kwaliteit/2025/evaluatie";
    const auto page = decaan.Get(last);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(Contains(page.body, "Wat dit schooljaar opleverde"));
    EXPECT_TRUE(Contains(page.body, "55% → 90%</td><td class=\"utrecht-table__cell\">78%</td>"));
    EXPECT_TRUE(Contains(page.body, ">Deels behaald</span>"));
    EXPECT_TRUE(Contains(page.body, ">Behaald</span>"));
    EXPECT_TRUE(Contains(page.body, ">Bovenbouw havo</td>"));

    // Both rounds closed in 2025-2026; a goal is judged by the newer one's theme score.
    EXPECT_TRUE(Contains(page.body, ">LOB-scan najaar 2025</a>"));
    EXPECT_TRUE(Contains(page.body, ">LOB-scan voorjaar 2026</a>"));
    auto& scan = ScanOf(app.services());
    std::optional<storage::RoundRecord> spring;
    for (const auto& r : scan.scans.RoundsOf(school))
        if (r.title == "LOB-scan voorjaar 2026") spring = r;
    ASSERT_TRUE(spring);
    const auto kept = scan.scan.Results(*spring);
    const RoundResults& results = *kept;
    ASSERT_TRUE(results.Visible());
    ASSERT_TRUE(results.comparison);
    bool judged = false;  // the demo's goals serve the theme "begeleiding"
    for (size_t t = 0; t < results.instrument->themes.size(); ++t) {
        if (results.instrument->themes[t].code != "begeleiding") continue;
        judged = true;
        const std::string expected = results.instrument->themes[t].title + ": " +
                                     Percent(results.result.themes[t].Percent()) + " (" +
                                     Delta(results.comparison->themes[t].Delta()) + ")";
        EXPECT_TRUE(
            Contains(page.body, "<span class=\"koers-pdca__detail\">" + expected + "</span>"))
            << expected;
    }
    EXPECT_TRUE(judged);

    // A mentor reads the cycle but not the LOB-scan's results.
    const auto as_mentor = mentor.Get(last);
    ASSERT_EQ(as_mentor.status, 200);
    EXPECT_TRUE(Contains(as_mentor.body, "Wat dit schooljaar opleverde"));
    EXPECT_FALSE(Contains(as_mentor.body, "LOB-scan voorjaar 2026"));
    EXPECT_FALSE(Contains(as_mentor.body, "koers-pdca__detail\">Begeleiding"));

    // This schooljaar: nothing measured yet, no round closed.
    const auto now = decaan.Get(base + "/evaluatie");
    EXPECT_TRUE(Contains(now.body, "nog niet ingevuld"));
    EXPECT_TRUE(
        Contains(now.body, "In dit schooljaar is nog geen LOB-scan van de hele school gesloten"));
}

// The school's own activities (in the beleid) are in the evaluation's overview and in the
// school's Do step, beside the teams' (issue 14).
TEST_F(QualityPages, TheEvaluationCountsTheSchoolsOwnActivities) {
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    EXPECT_FALSE(Contains(decaan.Get(base + "/evaluatie").body, ">Schoolbreed (beleid)</td>"));
    ASSERT_EQ(decaan
                  .Post(base + "/beleid/activiteiten", {{"version", "0"},
                                                        {"wat", "Scholing loopbaangesprekken"},
                                                        {"maand", "2026-08"},
                                                        {"status", "gepland"}})
                  .status,
              303);
    const auto page = decaan.Get(base + "/evaluatie").body;
    EXPECT_TRUE(Contains(page,
                         ">Schoolbreed (beleid)</td><td class=\"utrecht-table__cell\">1</td>"
                         "<td class=\"utrecht-table__cell\">0</td>"))
        << page;
    EXPECT_TRUE(
        Contains(page, "href=\"" + base + "/beleid/activiteiten\">de activiteiten in het beleid"));
    EXPECT_TRUE(Contains(decaan.Get(base).body, "schoolbreed 0 van 1 uitgevoerd"));
}

// Visie, beleid, werkplan and evaluation print as documents: read-only, with their status, no
// forms or buttons; a page that is not a document has no printable version.
TEST_F(QualityPages, DocumentsHaveAPrintableVersion) {
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    const auto page = decaan.Get(base + "/beleid");
    EXPECT_TRUE(
        Contains(page.body, "href=\"" + base + "/beleid?afdrukken\">Afdrukbare versie</a>"));
    const std::string last = "/scholen/" + std::to_string(school) + "/kwaliteit/2025";
    for (const std::string& path :
         {base + "/visie", base + "/beleid", base + "/werkplannen/" + std::to_string(own_team),
          last + "/evaluatie", last + "/werkplannen/" + std::to_string(own_team) + "/evaluatie"}) {
        const auto print = decaan.Get(path + "?afdrukken");
        ASSERT_EQ(print.status, 200) << path;
        const std::string main = print.body.substr(print.body.find("<main"));
        EXPECT_TRUE(Contains(main, "Dit is de afdrukbare versie")) << path;
        EXPECT_FALSE(Contains(main, "<form")) << path;
        EXPECT_FALSE(Contains(main, "<textarea")) << path;
        EXPECT_TRUE(Contains(main, "class=\"koers-readonly\"")) << path;
    }
    EXPECT_TRUE(Contains(decaan.Get(base + "/beleid?afdrukken").body, "Alle leerlingen voeren"))
        << "the beleid prints with its goals";
    const auto goal_list = decaan.Get(base + "/beleid").body;
    const size_t at = goal_list.find(base + "/doelen/");
    ASSERT_NE(at, std::string::npos);
    const std::string goal = goal_list.substr(at, goal_list.find('"', at) - at);
    EXPECT_FALSE(Contains(decaan.Get(goal).body, "Afdrukbare versie")) << "a goal is no document";
}

// An insider closes a school-wide round that too few people answered, and a team's round, and
// looks for their figures in the evaluation: neither the round nor a score of its themes appears
// (the results page shows nothing for them, so the evaluation may not either).
TEST_F(QualityPages, RoundsThatMayShowNoFiguresStayOutOfTheEvaluation) {
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    const std::string scan = "/scholen/" + std::to_string(school) + "/scan";
    const auto respond = [&](const std::string& round, int people) {
        const std::string open = scan_testing::OpenLink(decaan, round);
        for (int i = 0; i < people; ++i) {
            Browser r(app);
            const std::string path = scan_testing::Begin(r, open);
            ASSERT_EQ(r.Post(path, {{"thema", "1"}, {"a_visie-1", "4"}}).status, 303);
            ASSERT_EQ(r.Post(path + "/inleveren", {}).status, 303);
        }
        ASSERT_EQ(decaan.Post(round + "/sluiten", {{"zeker", "ja"}}).status, 303);
    };
    const auto start = [&](const std::string& title, const std::string& team) {
        auto res = decaan.Post(
            scan,
            {{"title", title}, {"deadline", "2027-06-30"}, {"groups", "docenten"}, {"team", team}});
        EXPECT_EQ(res.status, 303);
        return std::string(res.Header("Location").value_or(""));
    };
    respond(start("Kleine ronde", ""), core::kMinRespondents - 1);
    respond(start("Teamronde", std::to_string(own_team)), core::kMinRespondents);

    const auto page = decaan.Get(base + "/evaluatie");
    ASSERT_EQ(page.status, 200);
    EXPECT_FALSE(Contains(page.body, "Kleine ronde"));
    EXPECT_FALSE(Contains(page.body, "Teamronde"));
    EXPECT_FALSE(Contains(page.body, "<span class=\"koers-pdca__detail\">")) << "no theme score";
    EXPECT_TRUE(Contains(page.body, "nog geen LOB-scan van de hele school gesloten"));
    EXPECT_TRUE(Contains(decaan.Get(base + "/evaluatie?afdrukken").body,
                         "nog geen LOB-scan van de hele school gesloten"))
        << "nor in print";
}

}  // namespace
}  // namespace koers::web
