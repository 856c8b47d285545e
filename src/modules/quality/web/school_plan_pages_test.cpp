// The school's own activities in the LOB-beleid: added by the decaan, school-wide LOB-scan action
// points taken into them (and then no longer offered to the teams), read by the staff, edited by
// no team role, carried into the next schooljaar under its beleid, and on the decaan's dashboard
// when they are late.
#include "modules/quality/web/quality_pages_test_support.hpp"

#include "modules/scan/storage/scan_repo.hpp"
#include "modules/scan/web/scan_parts.hpp"

namespace koers::web {
namespace {

using namespace quality_testing;

TEST_F(QualityPages, TheSchoolPlansActivitiesOfItsOwnInTheBeleid) {
    Browser decaan(app), mentor(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    const std::string beleid = base + "/beleid";
    auto page = decaan.Get(beleid);
    EXPECT_TRUE(Contains(page.body, "Activiteiten van de hele school"));
    EXPECT_TRUE(
        Contains(page.body, "href=\"" + beleid + "/activiteiten/nieuw\">Activiteit toevoegen"));

    EXPECT_EQ(decaan.Post(beleid + "/activiteiten", {{"version", "0"}, {"wat", ""}}).status, 400)
        << "an activity needs a name";
    auto added = decaan.Post(beleid + "/activiteiten", {{"version", "0"},
                                                        {"wat", "Scholing loopbaangesprekken"},
                                                        {"maand", "2026-08"},
                                                        {"status", "gepland"}});
    ASSERT_EQ(added.status, 303);
    EXPECT_EQ(added.Header("Location").value_or(""), beleid + "#activiteiten");
    const auto own =
        QualityOf(app.services()).quality.Records(year.id, core::Kind::kActiviteit, std::nullopt);
    ASSERT_EQ(own.size(), 1u);
    EXPECT_EQ(own[0].record.parent_id,
              QualityOf(app.services())
                  .quality.Single(year.id, core::Kind::kBeleid, std::nullopt)
                  ->record.id);
    const std::string activity = beleid + "/activiteiten/" + std::to_string(own[0].record.id);
    EXPECT_TRUE(
        Contains(decaan.Get(beleid).body, "href=\"" + activity + "\">Scholing loopbaangesprekken"));

    // A month gone by: the decaan's dashboard says so, linked to the beleid.
    const auto dashboard = decaan.Get("/dashboard").body;
    EXPECT_TRUE(Contains(dashboard, "1 activiteit van de hele school is nog niet uitgevoerd"))
        << dashboard.substr(dashboard.find("<main"), 3000);
    EXPECT_TRUE(Contains(dashboard, beleid + "#activiteiten"));

    // Staff read it; a mentor changes nothing of the school's plan.
    EXPECT_EQ(mentor.Get(activity).status, 200);
    EXPECT_FALSE(Contains(mentor.Get(beleid).body, "Activiteit toevoegen"));
    EXPECT_EQ(mentor.Post(activity, {{"version", "1"}, {"wat", "Anders"}}).status, 403);
    // A team's activity is not the school's.
    const auto team_activity =
        QualityOf(app.services()).quality.Records(year.id, core::Kind::kActiviteit, own_team);
    ASSERT_FALSE(team_activity.empty());
    EXPECT_EQ(
        decaan.Get(beleid + "/activiteiten/" + std::to_string(team_activity[0].record.id)).status,
        404);
}

TEST_F(QualityPages, ASchoolWideActionPointGoesIntoTheSchoolsPlanOnce) {
    Browser decaan(app), mentor(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    std::string action;
    for (const auto& r : ScanOf(app.services()).scans.RoundsOf(school))
        for (const auto& a : ScanOf(app.services()).scans.Actions(r.id))
            if (!r.team_id) action = std::to_string(a.id);
    ASSERT_FALSE(action.empty());
    const std::string beleid = base + "/beleid";
    const std::string plan = base + "/werkplannen/" + std::to_string(own_team);
    EXPECT_TRUE(Contains(decaan.Get(beleid).body, "id=\"actie-" + action + "\""));
    EXPECT_TRUE(Contains(mentor.Get(plan).body, "id=\"actie-" + action + "\""));

    EXPECT_EQ(decaan.Post(beleid + "/scanacties", {}).status, 400);
    EXPECT_EQ(decaan.Post(beleid + "/scanacties", {{"actie", action}}).status, 303);
    EXPECT_EQ(decaan.Post(beleid + "/scanacties", {{"actie", action}}).status, 409) << "taken once";
    EXPECT_EQ(mentor.Post(beleid + "/scanacties", {{"actie", action}}).status, 403);
    const auto page = decaan.Get(beleid).body;
    EXPECT_TRUE(Contains(page, "Actiepunt uit de LOB-scan"));
    EXPECT_FALSE(Contains(page, "id=\"actie-" + action + "\""));
    EXPECT_FALSE(Contains(mentor.Get(plan).body, "id=\"actie-" + action + "\""))
        << "what the school does itself is no longer offered to a team";

    // The next schooljaar carries it, under its own beleid.
    ASSERT_EQ(decaan.Post(base + "/nieuw-schooljaar", {{"bevestig", "ja"}}).status, 303);
    auto& quality = QualityOf(app.services()).quality;
    const auto next = quality.Year(school, 2027).value();
    const auto carried = quality.Records(next.id, core::Kind::kActiviteit, std::nullopt);
    ASSERT_EQ(carried.size(), 1u);
    EXPECT_EQ(carried[0].record.parent_id,
              quality.Single(next.id, core::Kind::kBeleid, std::nullopt)->record.id);
}

}  // namespace
}  // namespace koers::web
