// Beside the doorstroom figures, what the school's former leerlingen said in the LOB-scan (issue
// 17: look at the figures, ask alumni, sharpen the beleid), through the router on the demo world:
// who reads scan results sees it, who does not (a mentor) does not, and the insider who closes a
// round in which only two oud-leerlingen answered learns nothing about those two.
#include <gtest/gtest.h>

#include "modules/scan/web/scan_pages_test_support.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using namespace scan_testing;
using testing::Contains;

class AlumniBesideFigures : public ::testing::Test {
protected:
    void SetUp() override {
        school = std::to_string(app.SchoolId("21VZ"));
        page = "/scholen/" + school + "/doorstroom";
        ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    }
    // A closed round of docenten and oud-leerlingen: three docenten, `alumni` oud-leerlingen who
    // each answer the first alumni question "klopt helemaal".
    void ClosedRound(const std::string& title, int alumni) {
        auto res = decaan.Post("/scholen/" + school + "/scan", {{"title", title},
                                                                {"deadline", "2027-06-30"},
                                                                {"groups", "docenten"},
                                                                {"groups", "alumni"}});
        ASSERT_EQ(res.status, 303);
        const std::string round(res.Header("Location").value_or(""));
        const auto body = decaan.Get(round).body;
        const auto link = [&](const std::string& label) {
            const size_t at = body.find("<strong>" + label + ":</strong>");
            return "/scan/open/" + Between(body.substr(at), "http://koers.test/scan/open/", "<");
        };
        for (int i = 0; i < 3 + alumni; ++i) {
            Browser r(app);
            const bool alum = i >= 3;
            const std::string path = Begin(r, link(alum ? "Oud-leerlingen" : "Docenten"));
            ASSERT_EQ(r.Post(path, {{"thema", alum ? "1" : "2"},
                                    {alum ? "a_a-programma-1" : "a_programma-1", "4"}})
                          .status,
                      303);
            ASSERT_EQ(r.Post(path + "/inleveren", {}).status, 303);
        }
        ASSERT_EQ(decaan.Post(round + "/sluiten", {{"zeker", "ja"}}).status, 303);
    }

    TestApp app;
    Browser decaan{app};
    std::string school, page;
};

TEST_F(AlumniBesideFigures, TheDecaanReadsWhatOudLeerlingenSaidBesideTheFigures) {
    const auto body = decaan.Get(page).body;
    const std::string said = Between(body, "Wat oud-leerlingen zeggen", "</table>");
    ASSERT_FALSE(said.empty()) << body;
    EXPECT_TRUE(Contains(said, "LOB-scan voorjaar 2026</a>")) << said;
    EXPECT_TRUE(Contains(said, "keken 9 oud-leerlingen terug"));
    EXPECT_TRUE(Contains(said, "/scan/")) << "a link to the round's results";
    // Per theme the staff's name, with the alumni's share beside the staff's.
    const std::string row =
        Between(said, "scope=\"row\">LOB-programma en leeromgeving</th>", "</tr>");
    EXPECT_EQ(row.find("–"), std::string::npos) << row;
    EXPECT_TRUE(Contains(row, "%")) << row;
    EXPECT_FALSE(Contains(said, ">Visie en beleid</th>")) << "alumni have no questions on it";
}

TEST_F(AlumniBesideFigures, WhoDoesNotReadScanResultsDoesNotSeeThem) {
    Browser mentor{app};
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    const auto res = mentor.Get(page);
    ASSERT_EQ(res.status, 200) << "the mentor reads the figures";
    EXPECT_FALSE(Contains(res.body, "oud-leerlingen zeggen"));
}

// The insider closes a round in which two oud-leerlingen answered, hoping to read those two off
// the page: the round is passed over, and what shows is still the demo's round of nine. A round
// with a third does show, with its share.
TEST_F(AlumniBesideFigures, TwoOudLeerlingenAreNeverShownAndThreeAre) {
    ClosedRound("Twee oud-leerlingen", 2);
    auto body = decaan.Get(page).body;
    EXPECT_FALSE(Contains(body, "Twee oud-leerlingen")) << "the round is passed over";
    EXPECT_TRUE(Contains(body, "LOB-scan voorjaar 2026</a>"));
    ClosedRound("Drie oud-leerlingen", 3);
    body = decaan.Get(page).body;
    const std::string said = Between(body, "Wat oud-leerlingen zeggen", "</table>");
    EXPECT_TRUE(Contains(said, "Drie oud-leerlingen</a>")) << said;
    EXPECT_TRUE(Contains(said, "keken 3 oud-leerlingen terug"));
    const std::string row =
        Between(said, "scope=\"row\">LOB-programma en leeromgeving</th>", "</tr>");
    EXPECT_TRUE(Contains(row, ">100%<")) << row;
}

// A school without such a round is told how to ask them; the decaan gets the new round's form.
TEST(AlumniBesideFiguresElsewhere, ASchoolWithoutThemIsToldHowToAsk) {
    TestApp app;
    Browser decaan{app};
    ASSERT_TRUE(decaan.SignIn("decaan.mbo@demo.koers.nl"));  // Horizon, an mbo school
    const std::string id = std::to_string(app.SchoolId("30HZ"));
    const auto res = decaan.Get("/scholen/" + id + "/doorstroom");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Wat oud-studenten zeggen")) << res.body;
    EXPECT_TRUE(Contains(res.body, "start een LOB-scan met de groep oud-studenten"));
    EXPECT_TRUE(Contains(res.body, "/scholen/" + id + "/scan/nieuw"));
}

}  // namespace
}  // namespace koers::web
