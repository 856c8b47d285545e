// The quality cycle through the router (no socket): who may edit what (a mentor only their own
// team's werkplan, the schoolleider adopts), other schools and the region, optimistic saves,
// validation that keeps input, the scan action points, history and the LOB-taken downloads.
// What the year delivered: year_outcomes_test.cpp.
#include "modules/quality/web/quality_pages_test_support.hpp"

#include "modules/scan/storage/scan_repo.hpp"
#include "modules/scan/web/scan_parts.hpp"

namespace koers::web {
namespace {

using namespace quality_testing;

TEST_F(QualityPages, AMentorEditsOnlyTheirOwnTeamsWerkplan) {
    Browser mentor(app);
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    const std::string own = base + "/werkplannen/" + std::to_string(own_team);
    const std::string other = base + "/werkplannen/" + std::to_string(other_team);
    auto res = mentor.Post(own, {{"version", Version(core::Kind::kWerkplan, own_team)},
                                 {"aanbod", "Nieuw aanbod van het team"}});
    EXPECT_EQ(res.status, 303);
    EXPECT_EQ(mentor
                  .Post(other, {{"version", Version(core::Kind::kWerkplan, other_team)},
                                {"aanbod", "Overschreven"}})
                  .status,
              403);
    EXPECT_EQ(mentor.Post(other + "/activiteiten", {{"version", "0"}, {"wat", "x"}}).status, 403);
    EXPECT_EQ(mentor.Get(other + "/activiteiten/nieuw").status, 403);
    EXPECT_FALSE(Contains(mentor.Get(other).body, "name=\"aanbod\""))
        << "read-only for other teams";
    EXPECT_TRUE(Contains(mentor.Get(own).body, "name=\"aanbod\""));
    // Adopting a werkplan and the school-level records are not a mentor's.
    EXPECT_EQ(mentor.Post(own + "/vaststellen", {{"version", "1"}}).status, 403);
    EXPECT_EQ(mentor.Post(base + "/visie", {{"version", "1"}, {"betekenis", "x"}}).status, 403);
    EXPECT_EQ(mentor.Post(base + "/nieuw-schooljaar", {{"bevestig", "ja"}}).status, 403);
    const auto plan =
        QualityOf(app.services()).quality.Single(year.id, core::Kind::kWerkplan, other_team);
    EXPECT_NE(core::FieldOf(plan->record.fields, "aanbod"), "Overschreven");
}

TEST_F(QualityPages, OtherSchoolsAndTheRegionSeeNoContent) {
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    const std::string other = "/scholen/" + std::to_string(app.SchoolId("14LD")) + "/kwaliteit";
    EXPECT_EQ(decaan.Get(other).status, 403);
    EXPECT_EQ(decaan.Post(other, {}).status, 403);
    // A record of this school under another year's or kind's path is not found.
    const auto goal = QualityOf(app.services()).quality.Records(year.id, core::Kind::kDoel).front();
    const auto visie =
        QualityOf(app.services()).quality.Single(year.id, core::Kind::kVisie, std::nullopt);
    EXPECT_EQ(decaan.Get(base + "/doelen/" + std::to_string(visie->record.id)).status, 404);
    EXPECT_EQ(decaan
                  .Get("/scholen/" + std::to_string(school) + "/kwaliteit/2025/doelen/" +
                       std::to_string(goal.record.id))
                  .status,
              404);
    EXPECT_EQ(decaan.Get("/scholen/" + std::to_string(school) + "/kwaliteit/20x6").status, 404);
    const auto unstarted = decaan.Get("/scholen/" + std::to_string(school) + "/kwaliteit/2019");
    EXPECT_EQ(unstarted.status, 404);
    EXPECT_NE(unstarted.body.find("nog geen kwaliteitscyclus"), std::string::npos);

    Browser regio(app);
    ASSERT_TRUE(regio.SignIn("regio@demo.koers.nl"));
    int64_t amstelland = 0;
    for (const auto& r : app.services().orgs.Regions())
        if (r.name == "Regio Amstelland") amstelland = r.id;
    auto page = regio.Get("/regios/" + std::to_string(amstelland) + "/kwaliteit");
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(Contains(page.body, "Veldzicht College"));
    EXPECT_TRUE(Contains(page.body, "koers-pdca-state--"));
    EXPECT_TRUE(Contains(page.body, "Nog niet gestart"));  // the other schools
    EXPECT_FALSE(Contains(page.body, core::FieldOf(goal.record.fields, "titel").data()))
        << "status only, never the goals";
    EXPECT_EQ(regio.Get(base).status, 403);
    EXPECT_EQ(regio.Get(base + "/visie").status, 403);
}

TEST_F(QualityPages, TwoEditorsNeverOverwriteEachOtherSilently) {
    Browser decaan(app), leider(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    ASSERT_TRUE(leider.SignIn("schoolleider@demo.koers.nl"));
    const std::string seen = Version(core::Kind::kVisie);
    EXPECT_EQ(
        leider.Post(base + "/visie", {{"version", seen}, {"betekenis", "Versie leider"}}).status,
        303);
    auto res = decaan.Post(base + "/visie", {{"version", seen}, {"betekenis", "Versie decaan"}});
    EXPECT_EQ(res.status, 409);
    EXPECT_TRUE(Contains(res.body, "Saskia de Leeuw"));
    EXPECT_TRUE(Contains(res.body, "Versie decaan")) << "the user's text is kept";
    EXPECT_TRUE(Contains(res.body, "Versie leider")) << "and the stored text is shown";
    const auto stored =
        QualityOf(app.services()).quality.Single(year.id, core::Kind::kVisie, std::nullopt);
    EXPECT_EQ(core::FieldOf(stored->record.fields, "betekenis"), "Versie leider");
    // The same text from a stale form is no conflict: it is what is stored.
    EXPECT_EQ(
        decaan.Post(base + "/visie", {{"version", seen}, {"betekenis", "Versie leider"}}).status,
        303);
    EXPECT_EQ(QualityOf(app.services())
                  .quality.Single(year.id, core::Kind::kVisie, std::nullopt)
                  ->version,
              stored->version);
    // Saving again from the version shown in the conflict is a deliberate overwrite.
    EXPECT_EQ(decaan
                  .Post(base + "/visie", {{"version", std::to_string(stored->version)},
                                          {"betekenis", "Versie decaan"}})
                  .status,
              303);
    auto history = decaan.Get(base + "/geschiedenis?record=" + std::to_string(stored->record.id));
    EXPECT_EQ(history.status, 200);
    EXPECT_TRUE(Contains(history.body, "Versie leider"));
    EXPECT_TRUE(Contains(history.body, "Dirk Decaan"));
    EXPECT_EQ(decaan.Post(base + "/visie", {{"betekenis", "zonder versie"}}).status, 400);
}

TEST_F(QualityPages, MalformedInputIsRefusedInDutchAndUnfinishedGoalsAreShown) {
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    auto res = decaan.Post(base + "/doelen", {{"version", "0"},
                                              {"titel", "Meer stages"},
                                              {"deadline", "2027-13-01"},
                                              {"themas", "bestaat-niet"}});
    EXPECT_EQ(res.status, 400);
    EXPECT_TRUE(Contains(res.body, "geen geldige datum"));
    EXPECT_TRUE(Contains(res.body, "value=\"Meer stages\"")) << "input kept";
    EXPECT_TRUE(Contains(res.body, "href=\"#f-deadline\""));
    EXPECT_EQ(testing::ErrorLinksNowhere(res.body), std::vector<std::string>{})
        << "every error links to its field, a choice's to its fieldset";
    res = decaan.Post(base + "/doelen", {{"version", "0"}, {"titel", "Meer stages"}});
    EXPECT_EQ(res.status, 303);
    auto beleid = decaan.Get(base + "/beleid");
    EXPECT_TRUE(Contains(beleid.body, "Meer stages"));
    EXPECT_TRUE(Contains(beleid.body, "ontbreekt: indicator, nulmeting, streefwaarde, deadline"));
    EXPECT_EQ(decaan
                  .Post(base + "/werkplannen/" + std::to_string(own_team) + "/activiteiten",
                        {{"version", "0"}, {"wat", "x"}, {"maand", "volgend jaar"}})
                  .status,
              400);
}

// Issue 14: a goal with indicator "x", a target below the baseline where higher is better and a
// deadline years before the schooljaar was "compleet". Now it is "nog niet SMART", with why.
TEST_F(QualityPages, AGoalThatIsFilledButNotSmartIsShownWithWhy) {
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    auto res = decaan.Post(base + "/doelen", {{"version", "0"},
                                              {"titel", "Schijnbaar compleet"},
                                              {"indicator", "x"},
                                              {"nulmeting", "80%"},
                                              {"streefwaarde", "60%"},
                                              {"richting", "hoger"},
                                              {"deadline", "2023-06-30"}});
    ASSERT_EQ(res.status, 303);
    const auto beleid = decaan.Get(base + "/beleid").body;
    const size_t row = beleid.find("Schijnbaar compleet");
    ASSERT_NE(row, std::string::npos);
    const std::string cells = beleid.substr(row, beleid.find("</tr>", row) - row);
    EXPECT_TRUE(Contains(cells, "nog niet SMART")) << cells;
    EXPECT_FALSE(Contains(cells, ">compleet<"));
    EXPECT_TRUE(Contains(cells, "Beschrijf bij de indicator wat u meet"));
    EXPECT_TRUE(Contains(cells, "lager dan de nulmeting, terwijl bij deze indicator hoger"));
    EXPECT_TRUE(Contains(cells, "30 juni 2023, valt buiten schooljaar 2026-2027"));
    // The demo's own goals are SMART.
    EXPECT_EQ(beleid.find("nog niet SMART"), beleid.rfind("nog niet SMART"));
}

TEST_F(QualityPages, TheSchoolleiderAdoptsAndAnEditMakesAConceptAgain) {
    Browser decaan(app), leider(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    ASSERT_TRUE(leider.SignIn("schoolleider@demo.koers.nl"));
    EXPECT_EQ(decaan.Post(base + "/beleid/vaststellen", {{"version", Version(core::Kind::kBeleid)}})
                  .status,
              403);
    EXPECT_EQ(leider.Post(base + "/beleid/vaststellen", {{"version", Version(core::Kind::kBeleid)}})
                  .status,
              303);
    auto beleid =
        QualityOf(app.services()).quality.Single(year.id, core::Kind::kBeleid, std::nullopt);
    EXPECT_EQ(beleid->record.status, "vastgesteld");
    EXPECT_EQ(beleid->record.status_by, "Saskia de Leeuw");
    EXPECT_EQ(decaan
                  .Post(base + "/beleid",
                        {{"version", std::to_string(beleid->version)}, {"budget", "€ 20.000"}})
                  .status,
              303);
    beleid = QualityOf(app.services()).quality.Single(year.id, core::Kind::kBeleid, std::nullopt);
    EXPECT_EQ(beleid->record.status, "concept");
    // A stale adoption is refused.
    EXPECT_EQ(leider.Post(base + "/beleid/vaststellen", {{"version", "1"}}).status, 409);
}

// Issue 14: a goal added after vaststellen left the beleid "vastgesteld". The goal form warns
// first, and saving makes the beleid a concept again.
TEST_F(QualityPages, AGoalAddedToAVastgesteldBeleidWarnsAndReopensIt) {
    Browser decaan(app), leider(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    ASSERT_TRUE(leider.SignIn("schoolleider@demo.koers.nl"));
    ASSERT_EQ(leider.Post(base + "/beleid/vaststellen", {{"version", Version(core::Kind::kBeleid)}})
                  .status,
              303);
    EXPECT_TRUE(Contains(decaan.Get(base + "/beleid").body, "Dit is de vastgestelde versie"));
    EXPECT_TRUE(
        Contains(decaan.Get(base + "/doelen/nieuw").body, "hoort bij het vastgestelde LOB-beleid"));
    ASSERT_EQ(decaan.Post(base + "/doelen", {{"version", "0"}, {"titel", "Later bedacht"}}).status,
              303);
    const auto beleid =
        QualityOf(app.services()).quality.Single(year.id, core::Kind::kBeleid, std::nullopt);
    EXPECT_EQ(beleid->record.status, "concept");
    EXPECT_FALSE(Contains(decaan.Get(base + "/doelen/nieuw").body, "hoort bij het vastgestelde"));
}

TEST_F(QualityPages, ScanActionPointsBecomeActivitiesOnce) {
    Browser mentor(app);
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    const std::string plan = base + "/werkplannen/" + std::to_string(own_team);
    std::string action;
    for (const auto& r : ScanOf(app.services()).scans.RoundsOf(school))
        for (const auto& a : ScanOf(app.services()).scans.Actions(r.id))
            if (!r.team_id) action = std::to_string(a.id);
    ASSERT_FALSE(action.empty());
    EXPECT_TRUE(Contains(mentor.Get(plan).body, "id=\"actie-" + action + "\""));
    EXPECT_EQ(mentor.Post(plan + "/scanacties", {{"actie", action}}).status, 303);
    EXPECT_EQ(mentor.Post(plan + "/scanacties", {{"actie", action}}).status, 409);
    EXPECT_EQ(mentor.Post(plan + "/scanacties", {}).status, 400);
    auto page = mentor.Get(plan);
    EXPECT_TRUE(Contains(page.body, "Actiepunt uit de LOB-scan"));
    EXPECT_FALSE(Contains(page.body, "id=\"actie-" + action + "\"")) << "no longer offered";
}

TEST_F(QualityPages, TheTaskMatrixFlagsUncarriedTasksAndDownloads) {
    Browser docent(app);
    ASSERT_TRUE(docent.SignIn("docent@demo.koers.nl"));
    auto page = docent.Get(base + "/taken");
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(Contains(page.body, "niemand draagt deze taak"));
    auto csv = docent.Get(base + "/taken.csv");
    EXPECT_EQ(csv.status, 200);
    EXPECT_TRUE(Contains(csv.body, "Decaan/LOB-coördinator"));
    EXPECT_TRUE(Contains(csv.body, "uitvoerend"));
    auto xlsx = docent.Get(base + "/taken.xlsx");
    EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
    EXPECT_EQ(docent.Get(base + "/taken/nieuw").status, 403) << "a docent reads, not edits";
    EXPECT_EQ(docent.Get(base + "/taken?team=999999").status, 404);
    Browser mentor(app);
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    EXPECT_EQ(mentor.Post(base + "/taken/startset", {{"team", std::to_string(other_team)}}).status,
              403);
    // The team in the address is the mentor's own, the posted one another's: the posted one
    // counts, and is refused.
    EXPECT_EQ(mentor
                  .Post(base + "/taken/startset?team=" + std::to_string(own_team),
                        {{"team", std::to_string(other_team)}})
                  .status,
              403);
    EXPECT_TRUE(
        QualityOf(app.services()).quality.Records(year.id, core::Kind::kTaak, other_team).empty());
    EXPECT_EQ(mentor.Post(base + "/taken/startset", {{"team", std::to_string(own_team)}}).status,
              303);
    EXPECT_TRUE(Contains(mentor.Get(base + "/taken?team=" + std::to_string(own_team)).body,
                         "Loopbaangesprekken voeren"));
}

TEST_F(QualityPages, TheRemovalOfATeamsTaskPostsWhereItSays) {
    Browser mentor(app);
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    ASSERT_EQ(mentor.Post(base + "/taken/startset", {{"team", std::to_string(own_team)}}).status,
              303);
    auto& quality = QualityOf(app.services()).quality;
    const auto tasks = quality.Records(year.id, core::Kind::kTaak, own_team);
    ASSERT_FALSE(tasks.empty());
    const std::string id = std::to_string(tasks.front().record.id);
    const std::string team = "?team=" + std::to_string(own_team);
    auto page = mentor.Get(base + "/taken/" + id + team);
    ASSERT_EQ(page.status, 200);
    // The team stays on the address after the record's removal route, not glued onto the query
    // (".../taken/7?team=3/verwijderen" saved the task instead of removing it).
    const std::string remove = base + "/taken/" + id + "/verwijderen" + team;
    EXPECT_TRUE(Contains(page.body, "action=\"" + remove + "\""));
    EXPECT_EQ(mentor.Post(remove, {{"version", std::to_string(tasks.front().version)}}).status,
              303);
    EXPECT_EQ(quality.Records(year.id, core::Kind::kTaak, own_team).size(), tasks.size() - 1);
}

}  // namespace
}  // namespace koers::web
