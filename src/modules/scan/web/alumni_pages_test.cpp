// Alumni answer the LOB-scan's questions for them (issue 17), through the router: the decaan
// adds the group to a round, an oud-leerling is addressed with "je" and looks back, answers only
// alumni questions, and their invitation says what it is about.
#include <gtest/gtest.h>

#include <map>

#include "modules/scan/web/scan_pages_test_support.hpp"
#include "modules/scan/web/scan_parts.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using namespace scan_testing;
using testing::Contains;

class AlumniRound : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
        const std::string school = std::to_string(app.SchoolId("21VZ"));
        const auto form = decaan.Get("/scholen/" + school + "/scan/nieuw").body;
        EXPECT_TRUE(Contains(
            form, "Oud-leerlingen <span class=\"koers-muted\">(eigen vragenlijst, 8 vragen)"))
            << form;
        auto res = decaan.Post("/scholen/" + school + "/scan", {{"title", "Oud-leerlingen 2027"},
                                                                {"deadline", "2027-06-30"},
                                                                {"groups", "docenten"},
                                                                {"groups", "alumni"}});
        ASSERT_EQ(res.status, 303);
        round = std::string(res.Header("Location").value_or(""));
        const auto page = decaan.Get(round).body;
        const size_t at = page.find("<strong>Oud-leerlingen:</strong>");
        ASSERT_NE(at, std::string::npos) << page;
        link = "/scan/open/" + Between(page.substr(at), "http://koers.test/scan/open/", "<");
    }
    TestApp app;
    Browser decaan{app};
    std::string round, link;
};

TEST_F(AlumniRound, AnOudLeerlingLooksBackInTheJeForm) {
    Browser alum(app);
    const auto start = alum.Get(link).body;
    EXPECT_TRUE(Contains(start, "Je zat op deze school.")) << start;
    EXPECT_TRUE(Contains(start, "voor Oud-leerlingen"));
    EXPECT_FALSE(Contains(start, "Je leest een aantal zinnen over wat je op school doet"));
    EXPECT_FALSE(Contains(start, "Uw ")) << "no u-form for alumni";
    const std::string path = Begin(alum, link);
    const auto page = alum.Get(path).body;
    EXPECT_TRUE(Contains(page, "Deel 1 van 4 · 0 van 8 vragen beantwoord")) << page;
    EXPECT_TRUE(Contains(page, "Wat je deed op school")) << "the theme as alumni read it";
    EXPECT_TRUE(Contains(page, "Op school heb ik beroepen en opleidingen van dichtbij gezien"));
    EXPECT_TRUE(Contains(page, "Zo was het bij mij niet."));
    EXPECT_FALSE(Contains(page, "Leerlingen doen elk schooljaar activiteiten")) << "no staff one";
    EXPECT_FALSE(Contains(page, "Dit schooljaar heb ik een beroep")) << "no leerling question";
    // A leerling's or a staff statement is not theirs to answer, however the form is made.
    EXPECT_EQ(alum.Post(path, {{"thema", "1"}, {"a_l-programma-1", "4"}}).status, 400);
    EXPECT_EQ(alum.Post(path, {{"thema", "1"}, {"a_programma-1", "4"}}).status, 400);
    ASSERT_EQ(alum.Post(path, {{"thema", "1"}, {"a_a-programma-1", "4"}}).status, 303);
    ASSERT_EQ(alum.Post(path + "/inleveren", {}).status, 303);
    const auto thanks = alum.Get(path).body;
    EXPECT_TRUE(Contains(thanks, "Bedankt!"));
    EXPECT_TRUE(Contains(thanks, "wat alle oud-leerlingen samen antwoordden"));
}

TEST_F(AlumniRound, TheInvitationSaysHowTheSchoolHelpedThem) {
    ASSERT_EQ(
        decaan.Post(round + "/uitnodigen", {{"group", "alumni"}, {"emails", "oud@mail.nl"}}).status,
        303);
    std::string body;
    for (const auto& m : app.services().outbox.Recent(1000))
        if (m.to == "oud@mail.nl") body = m.body;
    EXPECT_TRUE(Contains(body, "Hoi,")) << body;
    EXPECT_TRUE(Contains(body, "Je zat op deze school. Je vertelt hoe de school je hielp"));
    for (const char* u : {" u ", " uw ", "Uw ", "U "})
        EXPECT_FALSE(Contains(body, u)) << "no u-form for alumni: " << u;
}

// A version without alumni questions does not offer the group, and a form that asks for it
// anyway is refused in words.
TEST(ScanAlumniVersions, AVersionWithoutAlumniQuestionsDoesNotOfferThem) {
    TestApp app;
    auto& scans = ScanOf(app.services()).scans;
    scans.AddInstrument("vo", "Zonder alumni",
                        "# Zonder alumni\nsector: vo\nfase 1: a\nfase 2: b\nfase 3: c\nfase 4: d\n"
                        "## visie: Visie\n- visie-1 [kort]: Er is een visie.\n",
                        std::nullopt, app.clock().Now());
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    const std::string school = std::to_string(app.SchoolId("21VZ"));
    EXPECT_FALSE(Contains(decaan.Get("/scholen/" + school + "/scan/nieuw").body, "Oud-leerlingen"));
    auto res = decaan.Post("/scholen/" + school + "/scan",
                           {{"title", "X"}, {"deadline", "2027-06-30"}, {"groups", "alumni"}});
    EXPECT_EQ(res.status, 400);
    EXPECT_TRUE(
        Contains(res.body, "Deze versie van de LOB-scan heeft geen vragen voor oud-leerlingen."))
        << res.body;
}

}  // namespace
}  // namespace koers::web
