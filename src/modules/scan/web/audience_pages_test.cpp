// Leerlingen and ouders answer a questionnaire of their own (issue 14), through the router: a
// leerling is addressed with "je" and sees only leerling questions on the leerling scale, an ouder
// reads "u" and ouder questions, the results put their scores beside the staff score, and a round
// that runs on a version without own questions keeps asking the short version.
#include <gtest/gtest.h>

#include <map>

#include "modules/scan/storage/scan_repo.hpp"
#include "modules/scan/web/scan_pages_test_support.hpp"
#include "modules/scan/web/scan_parts.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using namespace scan_testing;
using testing::Contains;

// The open link of one group ("Leerlingen") on a round page, as a local path.
std::string OpenLinkOf(Browser& b, const std::string& round_path, const std::string& label) {
    const auto page = b.Get(round_path).body;
    const size_t at = page.find("<strong>" + label + ":</strong>");
    const std::string token = at == std::string::npos
                                  ? ""
                                  : Between(page.substr(at), "http://koers.test/scan/open/", "<");
    return token.empty() ? "" : "/scan/open/" + token;
}

class AudienceRound : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
        const std::string school = std::to_string(app.SchoolId("21VZ"));
        const auto form = decaan.Get("/scholen/" + school + "/scan/nieuw").body;
        EXPECT_TRUE(
            Contains(form, "Leerlingen <span class=\"koers-muted\">(eigen vragenlijst, 20 vragen)"))
            << form;
        auto res = decaan.Post("/scholen/" + school + "/scan", {{"title", "Ronde met leerlingen"},
                                                                {"deadline", "2027-06-30"},
                                                                {"groups", "docenten"},
                                                                {"groups", "leerlingen"},
                                                                {"groups", "ouders"}});
        ASSERT_EQ(res.status, 303);
        round = std::string(res.Header("Location").value_or(""));
        for (const char* g : {"Docenten", "Leerlingen", "Ouders/verzorgers"}) {
            links.push_back(OpenLinkOf(decaan, round, g));
            ASSERT_FALSE(links.back().empty()) << g;
        }
    }
    TestApp app;
    Browser decaan{app};
    std::string round;
    std::vector<std::string> links;  // docenten, leerlingen, ouders
};

TEST_F(AudienceRound, ALeerlingIsAskedAboutWhatTheyExperienceInTheJeForm) {
    Browser leerling(app);
    const auto start = leerling.Get(links[1]).body;
    EXPECT_TRUE(Contains(start, "Je leest een aantal zinnen")) << start;
    EXPECT_TRUE(Contains(start, "Niemand ziet wat jij invult"));
    EXPECT_FALSE(Contains(start, "Uw ")) << "no u-form for leerlingen";
    EXPECT_FALSE(Contains(start, "geborgd"));
    const std::string path = Begin(leerling, links[1]);
    const auto page = leerling.Get(path).body;
    EXPECT_TRUE(Contains(page, "Waarom we dit doen")) << "the theme as leerlingen read it";
    EXPECT_TRUE(Contains(page, "Deel 1 van 6 · 0 van 20 vragen beantwoord"));
    EXPECT_TRUE(Contains(page, "Ik weet waarom we op school bezig zijn met kiezen"));
    EXPECT_TRUE(Contains(page, "Klopt grotendeels"));
    EXPECT_FALSE(Contains(page, "De school kan in een paar zinnen")) << "no staff statement";
    EXPECT_FALSE(Contains(page, "Niet gestart")) << "no phases";
    EXPECT_FALSE(Contains(page, "uw toelichting"));
    // A staff statement is not theirs to answer, however the form is made.
    EXPECT_EQ(leerling.Post(path, {{"thema", "1"}, {"a_visie-1", "4"}}).status, 400);
    const auto refused = leerling.Post(path, {{"thema", "1"}, {"c_l-visie-1", "Geen idee"}});
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(Contains(refused.body, "anders kunnen we je toelichting niet bewaren"));
    ASSERT_EQ(leerling.Post(path, {{"thema", "1"}, {"a_l-visie-1", "4"}}).status, 303);
    const auto overview = leerling.Get(path + "/overzicht").body;
    EXPECT_TRUE(Contains(overview, "Je hebt 1 van de 20 vragen beantwoord.")) << overview;
    EXPECT_TRUE(Contains(overview, "Ontdekken en ervaren"));
    ASSERT_EQ(leerling.Post(path + "/inleveren", {}).status, 303);
    const auto thanks = leerling.Get(path).body;
    EXPECT_TRUE(Contains(thanks, "Bedankt!"));
    EXPECT_FALSE(Contains(thanks, "Dank u"));
}

TEST_F(AudienceRound, AnOuderAnswersOuderQuestionsInTheUForm) {
    Browser ouder(app);
    const auto start = ouder.Get(links[2]).body;
    EXPECT_TRUE(Contains(start, "wat u merkt van de begeleiding die uw kind")) << start;
    const std::string path = Begin(ouder, links[2]);
    const auto page = ouder.Get(path).body;
    EXPECT_TRUE(Contains(page, "Wat de school wil"));
    EXPECT_TRUE(Contains(page, "Ik weet wat de school doet om mijn kind te helpen"));
    EXPECT_TRUE(Contains(page, "Thema 1 van 5"))
        << "ouders have no questions on professionalisering";
    EXPECT_FALSE(Contains(page, "Ik weet waarom we op school")) << "no leerling question";
    EXPECT_EQ(ouder.Post(path, {{"thema", "1"}, {"a_l-visie-1", "4"}}).status, 400);
}

// Each group's invitation speaks in the words of its questionnaire: a leerling reads "je" and
// what the vragenlijst is about for them, an ouder "u" and their child, staff the school's LOB.
TEST_F(AudienceRound, EachGroupsInvitationSpeaksInItsOwnWords) {
    const size_t before = app.services().outbox.Recent(1000).size();
    for (const char* group : {"leerlingen", "ouders", "docenten"})
        ASSERT_EQ(decaan
                      .Post(round + "/uitnodigen",
                            {{"group", group}, {"emails", std::string(group) + "@school.nl"}})
                      .status,
                  303);
    std::map<std::string, std::string> body;
    for (const auto& m : app.services().outbox.Recent(1000)) body[m.to] = m.body;
    ASSERT_EQ(app.services().outbox.Recent(1000).size(), before + 3);
    const auto& leerling = body["leerlingen@school.nl"];
    EXPECT_TRUE(Contains(leerling, "Hoi,")) << leerling;
    EXPECT_TRUE(Contains(leerling, "vraagt je mee te doen aan de vragenlijst"));
    EXPECT_TRUE(Contains(leerling, "hoe de school je helpt bij het kiezen"));
    EXPECT_TRUE(Contains(leerling, "sluit op 30 juni 2027 om "));
    for (const char* u : {" u ", " uw ", "Uw ", "U "})
        EXPECT_FALSE(Contains(leerling, u)) << "no u-form for leerlingen: " << u;
    const auto& ouder = body["ouders@school.nl"];
    EXPECT_TRUE(Contains(ouder, "vraagt u mee te doen")) << ouder;
    EXPECT_TRUE(Contains(ouder, "de begeleiding van uw kind"));
    EXPECT_FALSE(Contains(ouder, "hoe ver de school is"));
    const auto& docent = body["docenten@school.nl"];
    EXPECT_TRUE(Contains(docent, "hoe ver de school is met loopbaanoriëntatie")) << docent;
    EXPECT_FALSE(Contains(docent, " je "));
}

// After the deadline a leerling's link says so in the je-form, a docent's in the u-form; a link
// that does not exist (anyone may have typed it) in neither.
TEST_F(AudienceRound, AnEndedRoundTellsALeerlingInTheJeForm) {
    Browser leerling(app), docent(app);
    const std::string leerling_path = Begin(leerling, links[1]);
    const std::string docent_path = Begin(docent, links[0]);
    app.clock().Advance(int64_t{86400} * 365);
    const auto ended = leerling.Get(leerling_path);
    EXPECT_EQ(ended.status, 410);
    EXPECT_TRUE(Contains(ended.body, "je kunt geen antwoorden meer")) << ended.body;
    EXPECT_TRUE(Contains(leerling.Get(links[1]).body, "Vraag het je mentor of decaan"));
    EXPECT_TRUE(Contains(docent.Get(docent_path).body, "als u nog wilt meedoen"));
    const auto unknown = leerling.Get("/scan/antwoord/bestaat-niet-1234");
    EXPECT_EQ(unknown.status, 404);
    EXPECT_TRUE(Contains(unknown.body, "Deze link werkt niet (meer)")) << unknown.body;
}

TEST_F(AudienceRound, ResultsPutLeerlingenAndOudersBesideTheStaff) {
    const std::pair<size_t, std::vector<std::pair<std::string, std::string>>> answers[] = {
        {0, {{"a_visie-1", "1"}}},    // docenten: niet gestart
        {1, {{"a_l-visie-1", "4"}}},  // leerlingen: klopt helemaal
        {2, {{"a_o-visie-1", "2"}}},  // ouders: klopt een beetje
    };
    for (const auto& [group, fields] : answers)
        for (int i = 0; i < 3; ++i) {
            Browser r(app);
            const std::string path = Begin(r, links[group]);
            std::vector<std::pair<std::string, std::string>> form = {{"thema", "1"}};
            form.insert(form.end(), fields.begin(), fields.end());
            ASSERT_EQ(r.Post(path, form).status, 303);
            ASSERT_EQ(r.Post(path + "/inleveren", {}).status, 303);
        }
    ASSERT_EQ(decaan.Post(round + "/sluiten", {{"zeker", "ja"}}).status, 303);
    const auto page = decaan.Get(round + "/resultaten").body;
    const std::string beside = Between(page, "Wat leerlingen en ouders zeggen", "</table>");
    ASSERT_FALSE(beside.empty()) << page;
    EXPECT_TRUE(Contains(beside, "&quot;Klopt grotendeels&quot; of &quot;Klopt helemaal&quot;"));
    const std::string visie = Between(beside, "scope=\"row\">Visie en beleid</th>", "</tr>");
    // Medewerkers 0 %, leerlingen 100 %, ouders 0 %: in that order.
    const size_t staff = visie.find(">0%<"), students = visie.find(">100%<");
    EXPECT_NE(staff, std::string::npos) << visie;
    EXPECT_NE(students, std::string::npos) << visie;
    EXPECT_LT(staff, students);
    EXPECT_NE(visie.find(">0%<", students), std::string::npos) << "ouders: klopt een beetje";
    // Each audience's statements in a table of its own, headed with its own scale.
    const std::string details = Between(page, "id=\"thema-visie\"", "</section>");
    const std::string leerlingen = Between(details, ">Leerlingen</h4>", "</table>");
    EXPECT_TRUE(Contains(leerlingen, ">Klopt niet</th>"));
    EXPECT_TRUE(Contains(leerlingen, "Ik weet waarom we op school"));
    EXPECT_FALSE(Contains(leerlingen, "De school kan in een paar zinnen"));
    EXPECT_TRUE(Contains(Between(details, ">Medewerkers</h4>", "</table>"), ">Niet gestart</th>"));
}

TEST(ScanAudienceVersions, ARoundOnAnOlderVersionKeepsAskingTheShortVersion) {
    TestApp app;
    auto& scans = ScanOf(app.services()).scans;
    const auto current = scans.LatestInstrument("vo");
    const std::string old =
        "# Oude LOB-scan\nsector: vo\nfase 1: Niet gestart\nfase 2: In ontwikkeling\n"
        "fase 3: Gerealiseerd\nfase 4: Geborgd\n## visie: Visie\n"
        "- visie-1 [kort]: De school kan uitleggen wat zij met LOB wil.\n"
        "- visie-2: De visie is vastgesteld.\n";
    scans.AddInstrument("vo", "Oude LOB-scan", old, std::nullopt, app.clock().Now());
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    const std::string school = std::to_string(app.SchoolId("21VZ"));
    EXPECT_TRUE(Contains(decaan.Get("/scholen/" + school + "/scan/nieuw").body,
                         "(korte versie, 1 vragen)"));
    auto res =
        decaan.Post("/scholen/" + school + "/scan",
                    {{"title", "Oud"}, {"deadline", "2027-06-30"}, {"groups", "leerlingen"}});
    ASSERT_EQ(res.status, 303);
    const std::string round(res.Header("Location").value_or(""));
    // The current text comes back as the newest version; the round keeps the one it started on.
    scans.AddInstrument("vo", current->title, current->source, std::nullopt, app.clock().Now());
    Browser leerling(app);
    const std::string path = Begin(leerling, OpenLinkOf(decaan, round, "Leerlingen"));
    const auto page = leerling.Get(path).body;
    EXPECT_TRUE(Contains(page, "De school kan uitleggen wat zij met LOB wil."));
    EXPECT_FALSE(Contains(page, "De visie is vastgesteld."));
    EXPECT_TRUE(Contains(page, "Niet gestart"));
}

}  // namespace
}  // namespace koers::web
