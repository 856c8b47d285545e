// The curriculumplanner through the router (no socket), on the demo world: the decaan sees the
// leerlijn and the four steps, finds a gap in the coverage, fills it from the opdrachtenbank and
// the gap closes; bad and tampered input gets Dutch messages and stores nothing; a stale save
// overwrites nothing; a docent reads but does not plan; another school's activity is a 404.
#include <gtest/gtest.h>

#include "modules/curriculum/core/activity.hpp"
#include "modules/curriculum/web/curriculum_parts.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/web/http/parse.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Contains;
using testing::TestApp;

class PlannerPages : public ::testing::Test {
protected:
    void SetUp() override {
        veldzicht = app.SchoolId("21VZ");
        horizon = app.SchoolId("30HZ");
        planner = "/scholen/" + std::to_string(veldzicht) + "/curriculum";
        ASSERT_TRUE(docent.SignIn("docent@demo.koers.nl"));
        ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
        ASSERT_TRUE(mbo.SignIn("decaan.mbo@demo.koers.nl"));
    }
    storage::ActivityRepo& Activities() { return CurriculumOf(app.services()).activities; }
    core::Coverage CoverageNow() {
        std::vector<core::Placement> places;
        for (const auto& a : Activities().Plan(veldzicht)) places.push_back(a.place);
        return core::CoverageOf(places);
    }
    static int64_t IdIn(const Response& res) {
        const std::string where(res.Header("location").value_or(""));
        return std::stoll(where.substr(where.rfind('/') + 1));
    }

    TestApp app;
    Browser docent{app}, decaan{app}, mbo{app};
    int64_t veldzicht = 0, horizon = 0;
    std::string planner;
};

TEST_F(PlannerPages, TheDecaanFindsAGapAndFillsItFromTheBank) {
    auto res = decaan.Get(planner);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "1. Inventariseren"));
    EXPECT_TRUE(Contains(res.body, "4. Evalueren"));
    EXPECT_TRUE(Contains(res.body, "Leerjaar 6")) << "a vo school plans six years";
    EXPECT_TRUE(Contains(res.body, planner + "/nieuw?leerjaar=2&amp;periode=3"));

    // A gap the demo leaves: leerjaar 6 has nothing, so every cell of it is one.
    core::Coverage before = CoverageNow();
    ASSERT_EQ(before.Gaps(6), 15);
    res = decaan.Get(planner + "/dekking");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "<svg class=\"koers-chart koers-heatmap\""));
    EXPECT_TRUE(Contains(res.body, "Leerjaar 6: 0 van de 15 vakjes gedekt, 15 gaten."));
    const std::string bank = "/scholen/" + std::to_string(veldzicht) + "/opdrachten";
    const std::string gap = WithQuery(
        bank, {{"leerjaren", "6"}, {"competenties", "loopbaansturing"}, {"elementen", "kiezen"}});
    res = decaan.Get(planner + "/dekking");
    EXPECT_TRUE(Contains(res.body, "href=\"" + bank + "?leerjaren=6\"")) << "an empty year";
    // The table holds the heatmap's figures: a covered cell of leerjaar 1.
    EXPECT_TRUE(Contains(res.body, "Leerjaar 1: " + std::to_string(15 - before.Gaps(1)) +
                                       " van de 15 vakjes gedekt"));

    // An assignment of the bank: the form starts from it, in the leerjaar of the gap.
    const auto found = decaan.Get(gap);
    ASSERT_EQ(found.status, 200);
    const int64_t assignment = 1;  // Veldzicht's own, shared
    res = decaan.Get(planner + "/nieuw?opdracht=" + std::to_string(assignment) + "&leerjaar=6");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Ingevuld vanuit de opdrachtenbank"));
    EXPECT_TRUE(Contains(res.body, "name=\"opdracht\" value=\"1\""));
    const auto census = Activities().Census();
    EXPECT_EQ(decaan
                  .Post(planner + "/nieuw", {{"version", "0"},
                                             {"opdracht", "1"},
                                             {"titel", "Keuzegesprek"},
                                             {"leerjaar", "6"},
                                             {"periode", "9"},
                                             {"fase", "gepland"}})
                  .status,
              400);
    EXPECT_EQ(Activities().Census(), census) << "nothing stored";
    res = decaan.Post(planner + "/nieuw", {{"version", "0"},
                                           {"opdracht", "1"},
                                           {"titel", "Keuzegesprek"},
                                           {"leerjaar", "6"},
                                           {"periode", "2"},
                                           {"competenties", "loopbaansturing"},
                                           {"elementen", "kiezen"},
                                           {"fase", "gepland"}});
    ASSERT_EQ(res.status, 303);
    const int64_t id = IdIn(res);
    EXPECT_EQ(CoverageNow().Count(6, 3, 2), 1);
    res = decaan.Get(planner + "/dekking");
    EXPECT_FALSE(Contains(res.body, "href=\"" + gap + "\"")) << "the gap is filled";
    EXPECT_TRUE(Contains(res.body, "Leerjaar 6: 1 van de 15 vakjes gedekt, 14 gaten."));
    res = decaan.Get(planner + "/" + std::to_string(id));
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Uit de opdrachtenbank"));

    // Evaluating it (step 4); a save from the older page overwrites nothing.
    const Pairs evaluated = {
        {"version", "1"},    {"titel", "Keuzegesprek"},           {"leerjaar", "6"},
        {"periode", "2"},    {"competenties", "loopbaansturing"}, {"elementen", "kiezen"},
        {"fase", "gepland"}, {"evaluatie", "Goed gesprek."},      {"oordeel", "behouden"}};
    const std::string edit = planner + "/" + std::to_string(id) + "/bewerken";
    EXPECT_EQ(decaan.Post(edit, evaluated).status, 303);
    res = decaan.Post(edit, evaluated);
    EXPECT_EQ(res.status, 409);
    EXPECT_TRUE(Contains(res.body, "Iemand heeft deze activiteit intussen ook veranderd"));
    EXPECT_EQ(Activities().Find(veldzicht, id)->version, 2);
    EXPECT_TRUE(Activities().Plan(veldzicht).back().evaluated);
}

TEST_F(PlannerPages, TamperedInputStoresNothingAndOthersCannotPlan) {
    const auto census = Activities().Census();
    // A query that is not the form's fills nothing in, and an unknown or unseen assignment is 404.
    auto res = decaan.Get(planner + "/nieuw?leerjaar=99&fase=%3Cb%3E&periode=2");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "<option value=\"2\" selected>periode 2</option>"));
    EXPECT_FALSE(Contains(res.body, " selected>leerjaar")) << "no leerjaar 99";
    EXPECT_FALSE(Contains(res.body, " selected>Ja, dit")) << "no fase <b>";
    EXPECT_FALSE(Contains(res.body, " selected>Nee, dit"));
    EXPECT_EQ(decaan.Get(planner + "/nieuw?opdracht=abc").status, 404);
    EXPECT_EQ(decaan.Get(planner + "/nieuw?opdracht=999999999").status, 404);
    res = decaan.Post(planner + "/nieuw", {{"version", "0"}, {"titel", "x"}});
    EXPECT_EQ(res.status, 400);
    EXPECT_TRUE(Contains(res.body, "Kies minstens één loopbaancompetentie."));
    EXPECT_TRUE(Contains(res.body, "href=\"#f-competenties\""));
    EXPECT_EQ(testing::ErrorLinksNowhere(res.body), std::vector<std::string>{})
        << "every error links to its field";

    // A docent reads the planner but plans nothing.
    res = docent.Get(planner);
    ASSERT_EQ(res.status, 200);
    EXPECT_FALSE(Contains(res.body, planner + "/nieuw"));
    EXPECT_EQ(docent.Get(planner + "/1").status, 200);
    EXPECT_FALSE(Contains(docent.Get(planner + "/1").body, "Uit de planner halen"));
    EXPECT_EQ(docent.Post(planner + "/nieuw", {{"version", "0"}}).status, 403);
    EXPECT_EQ(docent.Post(planner + "/1/verwijderen", {{"version", "1"}}).status, 403);

    // Another school: not Veldzicht's planner, and Veldzicht's activity is not in its own.
    const std::string own = "/scholen/" + std::to_string(horizon) + "/curriculum";
    EXPECT_EQ(mbo.Get(planner).status, 403);
    EXPECT_EQ(mbo.Get(own + "/1").status, 404);
    EXPECT_EQ(mbo.Post(own + "/1/bewerken", {{"version", "1"}, {"titel", "Van ons"}}).status, 404);
    EXPECT_EQ(mbo.Post(own + "/1/verwijderen", {{"version", "1"}}).status, 404);
    res = mbo.Get(own);
    ASSERT_EQ(res.status, 200);
    EXPECT_FALSE(Contains(res.body, "Leerjaar 5")) << "an mbo school plans four years";

    // A stale delete removes nothing.
    EXPECT_EQ(decaan.Post(planner + "/1/verwijderen", {{"version", "7"}}).status, 409);
    EXPECT_EQ(Activities().Census(), census);
    EXPECT_EQ(decaan.Post(planner + "/1/verwijderen", {{"version", "1"}}).status, 303);
    EXPECT_EQ(decaan.Get(planner + "/1").status, 404);
}

// Step 3 reaches the kwaliteitscyclus: a planned activity goes into a team's werkplan of the
// open schooljaar once, stays linked, and only into a werkplan the user may write.
TEST_F(PlannerPages, APlannedActivityGoesIntoATeamsWerkplanOnceAndStaysLinked) {
    int64_t havo = 0, other = 0;
    for (const auto& t : app.services().orgs.Teams(veldzicht))
        (t.name == "Bovenbouw havo" ? havo : other) = t.id;
    ASSERT_NE(havo, 0);
    ASSERT_NE(other, 0);
    const std::string activity = planner + "/1";
    auto res = decaan.Get(activity);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Nog in geen werkplan van een team."));
    EXPECT_TRUE(Contains(res.body, "<option value=\"" + std::to_string(other) + "\">"));

    res = decaan.Post(activity + "/werkplan", {{"team", std::to_string(havo)}});
    ASSERT_EQ(res.status, 303);
    res = decaan.Get(activity);
    EXPECT_TRUE(Contains(res.body, ">Werkplan Bovenbouw havo</a>: Gepland"));
    const size_t at = res.body.find("/werkplannen/" + std::to_string(havo) + "/activiteiten/");
    ASSERT_NE(at, std::string::npos);
    const size_t from = res.body.rfind('"', at) + 1;
    const std::string link = res.body.substr(from, res.body.find('"', at) - from);
    res = decaan.Get(link);
    ASSERT_EQ(res.status, 200) << link;
    EXPECT_TRUE(Contains(res.body, "Curriculumplanner, leerjaar"));

    EXPECT_EQ(decaan.Post(activity + "/werkplan", {{"team", std::to_string(havo)}}).status, 409)
        << "once per werkplan";

    // Step 4 feeds the werkplan: the planner's evaluation goes to the werkplan's activity.
    const std::string record = link.substr(link.rfind('/') + 1);
    const std::string send = activity + "/werkplan/evaluatie";
    const auto plan = Activities().Plan(veldzicht);
    const auto open = std::find_if(plan.begin(), plan.end(), [](auto& a) { return !a.evaluated; });
    ASSERT_NE(open, plan.end());
    EXPECT_EQ(decaan
                  .Post(planner + "/" + std::to_string(open->id) + "/werkplan/evaluatie",
                        {{"werkplan_activiteit", record}})
                  .status,
              409)
        << "not evaluated yet";
    auto stored = *Activities().Find(veldzicht, 1);
    Pairs edit{{"version", std::to_string(stored.version)}};
    for (const auto& [name, value] : stored.fields)
        if (name != "competenties" && name != "elementen") edit.emplace_back(name, value);
    for (const auto& name : {"competenties", "elementen"})
        for (const auto& code : core::SplitChoices(core::FieldOf(stored.fields, name)))
            edit.emplace_back(name, std::string(code));
    std::erase_if(edit,
                  [](const auto& p) { return p.first == "evaluatie" || p.first == "oordeel"; });
    edit.emplace_back("evaluatie", "Goed gegaan; het nagesprek mag langer.");
    edit.emplace_back("oordeel", "aanpassen");
    ASSERT_EQ(decaan.Post(activity + "/bewerken", edit).status, 303);
    EXPECT_TRUE(Contains(decaan.Get(activity).body, "Evaluatie naar dit werkplan sturen"));
    EXPECT_EQ(decaan.Post(send, {{"werkplan_activiteit", "abc"}}).status, 400);
    EXPECT_EQ(decaan.Post(send, {{"werkplan_activiteit", "999999"}}).status, 400);
    EXPECT_EQ(docent.Post(send, {{"werkplan_activiteit", record}}).status, 403);
    ASSERT_EQ(decaan.Post(send, {{"werkplan_activiteit", record}}).status, 303);
    ASSERT_EQ(decaan.Post(send, {{"werkplan_activiteit", record}}).status, 303) << "idempotent";
    // An evaluation that would make the team's toelichting longer than its form takes is refused.
    stored = *Activities().Find(veldzicht, 1);
    core::Fields longer = stored.fields;
    longer["evaluatie"] = std::string(core::kMaxTextLength - 10, 'x');
    ASSERT_TRUE(Activities().Update(veldzicht, 1, stored.version, longer, {std::nullopt, "T"}, 2));
    EXPECT_EQ(decaan.Post(send, {{"werkplan_activiteit", record}}).status, 409);
    res = decaan.Get(link);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(
        Contains(res.body, "Uit de curriculumplanner: Goed gegaan; het nagesprek mag langer."));
    res = decaan.Get(activity);
    EXPECT_TRUE(Contains(res.body, ">Werkplan Bovenbouw havo</a>: Uitgevoerd"));
    const size_t first = res.body.find("Uit de curriculumplanner:");
    ASSERT_NE(first, std::string::npos);
    EXPECT_EQ(res.body.find("Uit de curriculumplanner:", first + 1), std::string::npos)
        << "sent twice, written once";
    EXPECT_EQ(decaan.Post(activity + "/werkplan", {{"team", "abc"}}).status, 400);
    const auto horizon_teams = app.services().orgs.Teams(horizon);
    ASSERT_FALSE(horizon_teams.empty());
    EXPECT_EQ(
        decaan.Post(activity + "/werkplan", {{"team", std::to_string(horizon_teams[0].id)}}).status,
        400)
        << "another school's team";

    // The teamleider of Bovenbouw havo plans, but writes no other team's werkplan.
    Browser teamleider{app};
    ASSERT_TRUE(teamleider.SignIn("teamleider@demo.koers.nl"));
    res = teamleider.Get(planner + "/2");
    ASSERT_EQ(res.status, 200);
    EXPECT_FALSE(Contains(res.body, "<option value=\"" + std::to_string(other) + "\">"));
    EXPECT_EQ(teamleider.Post(planner + "/2/werkplan", {{"team", std::to_string(other)}}).status,
              403);
    EXPECT_EQ(docent.Post(planner + "/2/werkplan", {{"team", std::to_string(havo)}}).status, 403);
}

}  // namespace
}  // namespace koers::web
