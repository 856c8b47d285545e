// LOB-scan pages through the router (no socket): tenancy, who may read results, invitations and
// reminders, results only for closed rounds, the region, the instrument's versions. The
// respondent's side: respond_pages_test.cpp.
#include <gtest/gtest.h>

#include "modules/scan/core/round.hpp"
#include "modules/scan/storage/scan_repo.hpp"
#include "modules/scan/web/scan_pages_test_support.hpp"
#include "modules/scan/web/scan_parts.hpp"
#include "platform/core/demo/demo_data.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "platform/web/auth/crypto.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using namespace scan_testing;
using testing::Contains;

TEST(ScanPages, RoundsBelongToTheirSchool) {
    TestApp app;
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    const std::string own = std::to_string(app.SchoolId("21VZ"));
    const std::string other = std::to_string(app.SchoolId("14LD"));
    int64_t foreign_round = 0;
    for (const auto& r : ScanOf(app.services()).scans.RoundsOf(app.SchoolId("14LD")))
        foreign_round = r.id;
    ASSERT_GT(foreign_round, 0);
    // Its results kept and its figures rendered, as after a visit by its own school: what is
    // kept is only ever reached through the checks below (decision 0026).
    auto& scan = ScanOf(app.services());
    const auto kept = scan.scan.Results(*scan.scans.Round(foreign_round));
    ASSERT_TRUE(kept->Visible());
    EXPECT_FALSE(scan.figures.Html(*kept, false)->empty());
    const std::string id = std::to_string(foreign_round);
    EXPECT_EQ(decaan.Get("/scholen/" + own + "/scan/" + id + "/resultaten").status, 404)
        << "another school's round under the own school's path";
    EXPECT_EQ(decaan.Get("/scholen/" + own + "/scan/" + id + "/resultaten.csv").status, 404);
    EXPECT_EQ(decaan.Post("/scholen/" + own + "/scan/" + id + "/sluiten", {}).status, 404);
    EXPECT_EQ(decaan.Get("/scholen/" + other + "/scan/" + id + "/resultaten").status, 403);
    EXPECT_EQ(decaan.Get("/scholen/" + own + "/scan/nieuw?kopie=" + id).status, 404);
}

TEST(ScanPages, OnlyLeadershipAndTheCoordinatorReadResults) {
    TestApp app;
    const std::string school = std::to_string(app.SchoolId("21VZ"));
    const std::string first =
        std::to_string(ScanOf(app.services()).scans.RoundsOf(app.SchoolId("21VZ")).back().id);
    const std::string results = "/scholen/" + school + "/scan/" + first + "/resultaten";
    for (const char* who : {"schoolleider", "decaan", "teamleider"}) {
        Browser b(app);
        ASSERT_TRUE(b.SignIn(std::string(who) + "@demo.koers.nl"));
        EXPECT_EQ(b.Get(results).status, 200) << who;
    }
    for (const char* who : {"mentor", "docent", "leerling", "ouder", "beheerder", "regio"}) {
        Browser b(app);
        ASSERT_TRUE(b.SignIn(std::string(who) + "@demo.koers.nl"));
        EXPECT_EQ(b.Get(results).status, 403) << who;
    }
    Browser teamleider(app);
    ASSERT_TRUE(teamleider.SignIn("teamleider@demo.koers.nl"));
    EXPECT_EQ(teamleider.Get("/scholen/" + school + "/scan/" + first).status, 403)
        << "reading is not running";
}

// A teamleider tied to Bovenbouw havo reads the school-wide rounds and that team's, never
// another team's: not its results, its exports, nor in the list of rounds.
TEST(ScanPages, ATeamRoundIsReadOnlyByThatTeamAndTheSchoolWideRoles) {
    TestApp app;
    auto& s = app.services();
    const int64_t school = app.SchoolId("21VZ");
    std::optional<int64_t> own_team, other_team;
    for (const auto& t : s.orgs.Teams(school))
        (t.name == "Bovenbouw havo" ? own_team : other_team) = t.id;
    ASSERT_TRUE(own_team && other_team);
    auto round_of = [&](std::optional<int64_t> team, const std::string& title) {
        storage::RoundRecord r{
            .school_id = school,
            .team_id = team,
            .instrument_id = ScanOf(s).scans.LatestInstrument(s.orgs.School(school)->sector)->id,
            .title = title,
            .groups = {core::Group::kDocenten},
            .deadline = app.clock().Now() + 86400,
            .created_at = app.clock().Now()};
        return "/scholen/" + std::to_string(school) + "/scan/" +
               std::to_string(ScanOf(s).scans.CreateRound(r, {}));
    };
    const std::string mine = round_of(own_team, "Ronde bovenbouw havo");
    const std::string theirs = round_of(other_team, "Ronde ander team");
    Browser teamleider(app);
    ASSERT_TRUE(teamleider.SignIn("teamleider@demo.koers.nl"));
    EXPECT_EQ(teamleider.Get(mine + "/resultaten").status, 200);
    EXPECT_EQ(teamleider.Get(theirs + "/resultaten").status, 403);
    EXPECT_EQ(teamleider.Get(theirs + "/resultaten.csv").status, 403);
    EXPECT_EQ(teamleider.Get(theirs + "/resultaten.xlsx").status, 403);
    const auto list = teamleider.Get("/scholen/" + std::to_string(school) + "/scan").body;
    EXPECT_TRUE(Contains(list, "Ronde bovenbouw havo"));
    EXPECT_FALSE(Contains(list, "Ronde ander team"));
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    EXPECT_EQ(decaan.Get(theirs + "/resultaten").status, 200);
    EXPECT_TRUE(Contains(decaan.Get("/scholen/" + std::to_string(school) + "/scan").body,
                         "Ronde ander team"));
}

TEST_F(RunningRound, InvitationsGoThroughTheOutboxAndRemindersReplaceTheLink) {
    const size_t before = app.services().outbox.Recent(1000).size();
    auto bad = decaan.Post(round + "/uitnodigen",
                           {{"group", "docenten"}, {"emails", "a@school.nl\ngeen-adres"}});
    EXPECT_EQ(bad.status, 400);
    EXPECT_NE(bad.body.find("geen-adres"), std::string::npos);
    EXPECT_EQ(app.services().outbox.Recent(1000).size(), before) << "all or nothing";
    EXPECT_EQ(
        decaan.Post(round + "/uitnodigen", {{"group", "ouders"}, {"emails", "a@school.nl"}}).status,
        400)
        << "a group that is not in the round";
    ASSERT_EQ(decaan
                  .Post(round + "/uitnodigen",
                        {{"group", "docenten"}, {"emails", "a@school.nl, B@school.nl"}})
                  .status,
              303);
    auto mails = app.services().outbox.Recent(1000);
    ASSERT_EQ(mails.size(), before + 2);
    const std::string link = Between(mails.front().body, "http://koers.test", "\n");
    ASSERT_EQ(link.rfind("/scan/antwoord/", 0), 0U);
    Browser invited(app);
    EXPECT_EQ(invited.Get(link).status, 200);
    ASSERT_EQ(decaan.Post(round + "/herinneren", {}).status, 303);
    EXPECT_EQ(app.services().outbox.Recent(1000).size(), before + 4);
    EXPECT_EQ(invited.Get(link).status, 404) << "the reminder carries a new link";
}

// An invitation is stored only with its mail, and a reminder replaces a link only with the mail
// that carries the new one: with the outbox out of reach both fail and change nothing.
TEST_F(RunningRound, AnInvitationOrReminderIsStoredOnlyWithItsMail) {
    ASSERT_EQ(decaan.Post(round + "/uitnodigen", {{"group", "docenten"}, {"emails", "a@school.nl"}})
                  .status,
              303);
    const auto mails = app.services().outbox.Recent(1000);
    const std::string link = Between(mails.front().body, "http://koers.test", "\n");
    {
        testing::TableOffline outbox(app, "outbox");
        EXPECT_EQ(
            decaan.Post(round + "/uitnodigen", {{"group", "docenten"}, {"emails", "b@school.nl"}})
                .status,
            503);
        EXPECT_EQ(decaan.Post(round + "/herinneren", {}).status, 503);
    }
    Browser invited(app);
    EXPECT_EQ(invited.Get(link).status, 200) << "no new link was mailed, so the old one works";
    ASSERT_EQ(decaan.Post(round + "/uitnodigen", {{"group", "docenten"}, {"emails", "b@school.nl"}})
                  .status,
              303);
    const auto after = app.services().outbox.Recent(1000);
    ASSERT_EQ(after.size(), mails.size() + 1) << "the failed invitation left nothing behind";
    EXPECT_EQ(after.front().to, "b@school.nl");
    ASSERT_EQ(decaan
                  .Post(round + "/uitnodigen",
                        {{"group", "docenten"}, {"emails", "a@school.nl, c@school.nl"}})
                  .status,
              303);
    const auto last = app.services().outbox.Recent(1000);
    ASSERT_EQ(last.size(), after.size() + 1) << "someone already invited gets no second mail";
    EXPECT_EQ(last.front().to, "c@school.nl");
}

TEST_F(RunningRound, ResultsAppearOnlyOnceTheRoundIsClosedAndExportsAreAggregates) {
    for (int i = 0; i < 3; ++i) {
        Browser r(app);
        const std::string path = Begin(r, open);
        ASSERT_EQ(r.Post(path, {{"thema", "1"},
                                {"a_visie-1", i == 0 ? "4" : "1"},
                                {"c_visie-1", i == 0 ? "=HYPERLINK(\"x\")" : ""}})
                      .status,
                  303);
        ASSERT_EQ(r.Post(path + "/inleveren", {}).status, 303);
        // An insider who compares the page before and after one submission learns nothing:
        // while the round runs there are no figures at all, also from three respondents on.
        auto running = decaan.Get(round + "/resultaten");
        EXPECT_NE(running.body.find("De ronde loopt nog"), std::string::npos);
        EXPECT_EQ(running.body.find("koers-radar"), std::string::npos);
        EXPECT_EQ(running.body.find("HYPERLINK"), std::string::npos) << "nor comments";
        EXPECT_EQ(decaan.Get(round + "/resultaten.csv").status, 404);
        EXPECT_EQ(decaan.Get(round + "/resultaten.xlsx").status, 404);
    }
    ASSERT_EQ(decaan.Post(round + "/sluiten", {{"zeker", "ja"}}).status, 303);
    auto page = decaan.Get(round + "/resultaten");
    EXPECT_NE(page.body.find("3 respondenten"), std::string::npos);
    EXPECT_NE(page.body.find("<svg class=\"koers-chart koers-radar\""), std::string::npos);
    auto csv = decaan.Get(round + "/resultaten.csv");
    EXPECT_EQ(csv.status, 200);
    EXPECT_NE(std::string(csv.Header("Content-Disposition").value_or("")).find(".csv"),
              std::string::npos);
    EXPECT_NE(csv.body.find("\"'=HYPERLINK(\"\"x\"\")\""), std::string::npos)
        << "formula neutralised";
    EXPECT_NE(csv.body.find("\"Visie en beleid\";33,3;"), std::string::npos)
        << csv.body.substr(0, 600);
    auto xlsx = decaan.Get(round + "/resultaten.xlsx");
    EXPECT_EQ(xlsx.status, 200);
    EXPECT_EQ(xlsx.body.substr(0, 2), "PK") << "a zip container";
}

TEST(ScanPages, RegionFiguresNeedFiveSchools) {
    TestApp app;
    int64_t amstelland = 0, twente = 0;
    for (const auto& r : app.services().orgs.Regions())
        (r.name == "Regio Twente" ? twente : amstelland) = r.id;
    auto& users = app.services().users;
    const int64_t id = users.Add("twente@demo.koers.nl", "Tessa Twente",
                                 auth::HashPassword(core::kDemoPassword), 1);
    users.AddMembership(id, core::Role::kRegiocoordinator, std::nullopt, twente, 1);
    Browser tw(app);
    ASSERT_TRUE(tw.SignIn("twente@demo.koers.nl"));
    auto page = tw.Get("/regios/" + std::to_string(twente) + "/scan");
    EXPECT_EQ(page.status, 200);
    EXPECT_NE(page.body.find("Nog te weinig scholen"), std::string::npos);
    EXPECT_EQ(page.body.find("Gemiddelde score per thema"), std::string::npos)
        << "two vo schools in Twente: no figures";
    EXPECT_EQ(tw.Get("/regios/" + std::to_string(amstelland) + "/scan").status, 403);
    Browser am(app);
    ASSERT_TRUE(am.SignIn("regio@demo.koers.nl"));
    EXPECT_NE(am.Get("/regios/" + std::to_string(amstelland) + "/scan").body.find("(5 scholen)"),
              std::string::npos);
}

TEST(ScanPages, TheBeheerderWritesNewVersionsThatOnlyNewRoundsUse) {
    TestApp app;
    Browser beheer(app);
    ASSERT_TRUE(beheer.SignIn("beheerder@demo.koers.nl"));
    auto vo = ScanOf(app.services()).scans.LatestInstrument("vo");
    auto bad = beheer.Post("/beheer/scan", {{"source", "# Kapot\nsector: vo\n- x: y\n"}});
    EXPECT_EQ(bad.status, 400);
    EXPECT_NE(bad.body.find("Regel 3"), std::string::npos);
    EXPECT_EQ(beheer.Post("/beheer/scan", {{"source", vo->source}}).status, 400) << "unchanged";
    std::string changed = vo->source;
    changed.replace(changed.find("De school kan in een paar zinnen"), 31,
                    "De school kan in enkele zinnen");
    auto ok = beheer.Post("/beheer/scan", {{"source", changed}});
    ASSERT_EQ(ok.status, 303);
    EXPECT_EQ(ScanOf(app.services()).scans.LatestInstrument("vo")->version, vo->version + 1);
    for (const auto& r : ScanOf(app.services()).scans.RoundsOf(app.SchoolId("21VZ")))
        EXPECT_EQ(r.instrument_id, vo->id) << "running rounds keep their version";
}

}  // namespace
}  // namespace koers::web
