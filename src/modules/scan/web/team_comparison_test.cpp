// Teams compared (/scholen/{school}/scan/teams): each team's newest closed round beside the whole
// school's, theme by theme, with the results page's rules per figure. The insider's attempts: a
// team round with too few respondents, a theme too few people answered, and a teamleider looking
// at another team.
#include <gtest/gtest.h>

#include "modules/scan/core/round.hpp"
#include "modules/scan/web/scan_pages_test_support.hpp"
#include "platform/storage/org_repo.hpp"

namespace koers::web {
namespace {

using namespace scan_testing;

using testing::Contains;

// The cells of the comparison's row of `theme`, in the order of the columns.
std::vector<std::string> Cells(const std::string& page, const std::string& theme) {
    const std::string row = Between(page, ">" + theme + "</th>", "</tr>");
    std::vector<std::string> out;
    for (size_t at = row.find("<td"); at != std::string::npos; at = row.find("<td", at + 1))
        out.push_back(Between(row.substr(at), ">", "</td>"));
    return out;
}

class TeamRounds : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
        school = app.SchoolId("21VZ");
        // The demo's Bovenbouw havo and Onderbouw held rounds of their own; `other` did not.
        for (const auto& t : app.services().orgs.Teams(school))
            if (t.name == "Bovenbouw havo")
                havo = t;
            else if (t.name != "Onderbouw")
                other = t;
        scan = "/scholen/" + std::to_string(school) + "/scan";
    }
    // Starts a round of `team`, lets `people` docenten answer (visie-1 "geborgd", and visie-2
    // only the first of them) and closes it.
    void Hold(const storage::TeamRecord& team, int people) {
        auto res = decaan.Post(scan, {{"title", "Ronde " + team.name},
                                      {"deadline", "2027-06-30"},
                                      {"groups", "docenten"},
                                      {"team", std::to_string(team.id)}});
        ASSERT_EQ(res.status, 303);
        const std::string round(res.Header("Location").value_or(""));
        const std::string open = OpenLink(decaan, round);
        for (int i = 0; i < people; ++i) {
            Browser r(app);
            const std::string path = Begin(r, open);
            web::Pairs answers = {{"thema", "1"}, {"a_visie-1", "4"}};
            if (i == 0) answers.emplace_back("a_visie-2", "1");
            ASSERT_EQ(r.Post(path, answers).status, 303);
            ASSERT_EQ(r.Post(path + "/inleveren", {}).status, 303);
        }
        ASSERT_EQ(decaan.Post(round + "/sluiten", {{"zeker", "ja"}}).status, 303);
    }
    TestApp app;
    Browser decaan{app};
    int64_t school = 0;
    storage::TeamRecord havo, other;
    std::string scan;
};

TEST_F(TeamRounds, TeamsStandBesideTheWholeSchoolOnlyWithFiguresThatMayBeShown) {
    Hold(havo, core::kMinRespondents);
    Hold(other, core::kMinRespondents - 1);
    EXPECT_TRUE(
        Contains(decaan.Get(scan).body, "href=\"" + scan + "/teams\">Teams vergelijken</a>"));

    const auto page = decaan.Get(scan + "/teams");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(Contains(page.body,
                         ">Hele school</a><br><span class=\"koers-muted\">LOB-scan voorjaar "
                         "2026"))
        << "the newest school-wide round with results";
    EXPECT_TRUE(Contains(page.body,
                         ">Team Bovenbouw havo</a><br><span class=\"koers-muted\">Ronde "
                         "Bovenbouw havo"))
        << "the team's newest round, not the demo's older one";
    EXPECT_TRUE(Contains(page.body, ">Team Onderbouw</a>")) << "the demo's team round";
    EXPECT_FALSE(Contains(page.body, "Team " + other.name)) << "too few respondents: not shown";
    // Visie en beleid: all three said "geborgd" on visie-1; visie-2 had one answer, which
    // counts for no figure, so the theme rests on visie-1 only.
    // Columns: the whole school, then the teams by their newest round: Bovenbouw havo (this
    // test's round), Onderbouw (the demo's).
    const auto visie = Cells(page.body, "Visie en beleid");
    ASSERT_EQ(visie.size(), 3u);
    EXPECT_TRUE(visie[1].starts_with("<strong>100%</strong> <span class=\"koers-delta"))
        << visie[1];
    // A theme the team did not answer has no figure, and no difference either.
    const auto programma = Cells(page.body, "LOB-programma en leeromgeving");
    ASSERT_EQ(programma.size(), 3u);
    EXPECT_EQ(programma[1], "<strong>–</strong>");
    EXPECT_NE(programma[2], "<strong>–</strong>") << "the demo's Onderbouw answered it";
}

TEST_F(TeamRounds, EachSeesOnlyTheTeamsWhoseResultsTheyMayRead) {
    Hold(havo, core::kMinRespondents);
    Hold(other, core::kMinRespondents);
    Browser mentor(app), teamleider(app);
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    ASSERT_TRUE(teamleider.SignIn("teamleider@demo.koers.nl"));
    EXPECT_EQ(mentor.Get(scan + "/teams").status, 403);
    ASSERT_TRUE(Contains(decaan.Get(scan + "/teams").body, "Team " + other.name));
    // A teamleider tied to one team compares it with the whole school, and sees no other team.
    const auto as_teamleider = teamleider.Get(scan + "/teams");
    ASSERT_EQ(as_teamleider.status, 200);
    EXPECT_TRUE(Contains(as_teamleider.body, ">Team Bovenbouw havo</a>"));
    EXPECT_TRUE(Contains(as_teamleider.body, ">Hele school</a>"));
    EXPECT_FALSE(Contains(as_teamleider.body, "Team " + other.name));
    Browser foreign(app);
    ASSERT_TRUE(foreign.SignIn("decaan.mbo@demo.koers.nl"));
    EXPECT_EQ(foreign.Get(scan + "/teams").status, 403) << "another school";
    const std::string own_scan = "/scholen/" + std::to_string(app.SchoolId("30HZ")) + "/scan";
    EXPECT_FALSE(Contains(foreign.Get(own_scan).body, "Teams vergelijken"))
        << "a school whose teams held no round of their own";
}

}  // namespace
}  // namespace koers::web
