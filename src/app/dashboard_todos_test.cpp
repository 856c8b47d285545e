// Every role's dashboard says what needs doing, with numbers and links, in that role's words
// (issue 14): the decaan's running rounds and late PDCA steps, the schoolleider's documents
// waiting for vaststelling, the teamleider's werkplan, the regiocoördinator's schools in counts;
// never a text meant for another role.
#include <gtest/gtest.h>

#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Contains;
using testing::TestApp;
using testing::TodoLists;

TEST(DashboardTodos, EachRoleSeesWhatItShouldDoNow) {
    TestApp app;  // late September 2026: a LOB-scan round runs, werkplannen are being adopted
    Browser decaan(app), leider(app), teamleider(app), mentor(app), regio(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    ASSERT_TRUE(leider.SignIn("schoolleider@demo.koers.nl"));
    ASSERT_TRUE(teamleider.SignIn("teamleider@demo.koers.nl"));
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    ASSERT_TRUE(regio.SignIn("regio@demo.koers.nl"));
    const std::string school = "/scholen/" + std::to_string(app.SchoolId("21VZ"));

    std::string todos = TodoLists(decaan.Get("/dashboard").body);
    EXPECT_TRUE(Contains(todos, "&quot;LOB-scan najaar 2026&quot; loopt: 4 ingeleverd, sluit op"))
        << todos;
    EXPECT_TRUE(Contains(todos, "href=\"" + school + "/scan/"));
    EXPECT_TRUE(Contains(todos, "activiteiten staan voor deze maand gepland")) << todos;

    todos = TodoLists(leider.Get("/dashboard").body);
    EXPECT_TRUE(Contains(todos, "Het LOB-beleid wacht op uw vaststelling")) << todos;

    const auto team_page = teamleider.Get("/dashboard").body;
    EXPECT_TRUE(Contains(team_page, "U leidt een team"));
    EXPECT_FALSE(Contains(team_page, "U begeleidt")) << "the teamleider is no mentor";
    todos = TodoLists(team_page);
    EXPECT_TRUE(Contains(todos, "van uw team")) << todos;
    EXPECT_FALSE(Contains(todos, "LOB-scan")) << "the school's rounds are the decaan's";
    EXPECT_TRUE(Contains(mentor.Get("/dashboard").body, "U begeleidt uw leerlingen"));

    // The regiocoördinator: the region's schools that have not begun this schooljaar's cycle
    // (only Veldzicht has), counted, linked to the region's overview, no school named.
    todos = TodoLists(regio.Get("/dashboard").body);
    EXPECT_TRUE(Contains(todos,
                         "scholen zijn nog niet aan schooljaar 2026-2027 van de "
                         "kwaliteitscyclus begonnen"))
        << todos;
    EXPECT_TRUE(Contains(todos, "/kwaliteit\""));
    EXPECT_FALSE(Contains(todos, "Veldzicht")) << todos;
    EXPECT_FALSE(Contains(todos, "te laat")) << "nothing is late yet";
    // Veldzicht and four others closed a round within the year; one school did not.
    EXPECT_TRUE(Contains(todos, "1 school heeft in het afgelopen jaar geen LOB-scan afgerond"))
        << todos;
    EXPECT_TRUE(Contains(todos, "/scan\""));

    // Three and a half weeks later: the round is past its end date and the cycle's Plan step is
    // late.
    app.clock().AdvanceMillis(int64_t{25} * 24 * 3600 * 1000);
    Browser decaan_later(app), leider_later(app), regio_later(app);  // old sessions expired
    ASSERT_TRUE(decaan_later.SignIn("decaan@demo.koers.nl"));
    ASSERT_TRUE(regio_later.SignIn("regio@demo.koers.nl"));
    EXPECT_TRUE(Contains(TodoLists(regio_later.Get("/dashboard").body),
                         "1 school heeft stappen in de kwaliteitscyclus die te laat zijn"));
    ASSERT_TRUE(leider_later.SignIn("schoolleider@demo.koers.nl"));
    todos = TodoLists(decaan_later.Get("/dashboard").body);
    EXPECT_TRUE(Contains(todos, "is voorbij de einddatum: sluit de ronde")) << todos;
    EXPECT_TRUE(Contains(todos, "van de kwaliteitscyclus")) << todos;
    EXPECT_TRUE(Contains(todos, "koers-todo--late"));

    // Done is gone: the schoolleider adopts the beleid.
    const auto beleid = leider_later.Get(school + "/kwaliteit/2026/beleid").body;
    const std::string field = "name=\"version\" value=\"";
    const size_t v = beleid.find(field);
    ASSERT_NE(v, std::string::npos);
    const size_t from = v + field.size();
    const std::string version = beleid.substr(from, beleid.find('"', from) - from);
    const auto adopted =
        leider_later.Post(school + "/kwaliteit/2026/beleid/vaststellen", {{"version", version}});
    ASSERT_EQ(adopted.status, 303);
    EXPECT_FALSE(
        Contains(TodoLists(leider_later.Get("/dashboard").body), "wacht op uw vaststelling"));
}

}  // namespace
}  // namespace koers::web
