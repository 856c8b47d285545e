// The opdrachtenbank through the router (no socket), on the demo world: a teacher writes an
// assignment (bad input gets Dutch messages and stores nothing), the decaan shares it under a
// licence and the public bank shows it, another school copies it with the maker named; a stale
// save overwrites nothing; a docent cannot share; another school's private assignment is a 404
// on every route; the platform beheerder reads no school's bank.
#include <gtest/gtest.h>

#include "modules/curriculum/core/assignment.hpp"
#include "modules/curriculum/web/curriculum_parts.hpp"
#include "platform/core/demo/demo_data.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Contains;
using testing::TestApp;

class AssignmentPages : public ::testing::Test {
protected:
    void SetUp() override {
        veldzicht = app.SchoolId("21VZ");
        horizon = app.SchoolId("30HZ");
        bank = "/scholen/" + std::to_string(veldzicht) + "/opdrachten";
        ASSERT_TRUE(docent.SignIn("docent@demo.koers.nl"));
        ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
        ASSERT_TRUE(mbo.SignIn("decaan.mbo@demo.koers.nl"));
    }
    std::vector<int64_t> Census() { return CurriculumOf(app.services()).assignments.Census(); }
    static Pairs Filled(const std::string& title) {
        return {{"version", "0"},
                {"titel", title},
                {"wat", "De leerling bezoekt een zeppelinwerf."},
                {"stappen", "1. Bel de werf\n2. Ga kijken"},
                {"competenties", "werkexploratie"},
                {"elementen", "ervaren"},
                {"leerjaren", "3"}};
    }
    // The id at the end of a redirect ("/scholen/1/opdrachten/37" or ".../37/bewerken").
    static int64_t IdIn(const Response& res) {
        std::string where(res.Header("location").value_or(""));
        if (where.ends_with("/bewerken")) where.resize(where.size() - 9);
        return std::stoll(where.substr(where.rfind('/') + 1));
    }

    TestApp app;
    Browser docent{app}, decaan{app}, mbo{app}, anonymous{app};
    int64_t veldzicht = 0, horizon = 0;
    std::string bank;
};

TEST_F(AssignmentPages, ATeacherWritesTheDecaanSharesAndAnotherSchoolCopiesWithTheMakerNamed) {
    const auto census = Census();
    auto res = docent.Post(bank + "/nieuw", {{"version", "0"}, {"titel", ""}});
    EXPECT_EQ(res.status, 400);
    EXPECT_TRUE(Contains(res.body, "Kies minstens één loopbaancompetentie."));
    EXPECT_TRUE(Contains(res.body, "Kies minstens één van ervaren, reflecteren en kiezen."));
    EXPECT_EQ(testing::ErrorLinksNowhere(res.body), std::vector<std::string>{});
    res = docent.Post(bank + "/nieuw", {{"version", "0"},
                                        {"titel", "Zeppelin"},
                                        {"wat", "x"},
                                        {"stappen", "x"},
                                        {"competenties", "toveren"},
                                        {"elementen", "ervaren"}});
    EXPECT_EQ(res.status, 400) << "a competency the form does not offer";
    EXPECT_EQ(Census(), census) << "nothing stored";

    res = docent.Post(bank + "/nieuw", Filled("Een dag op de zeppelinwerf"));
    ASSERT_EQ(res.status, 303);
    const int64_t id = IdIn(res);
    const std::string page = bank + "/" + std::to_string(id);
    res = docent.Get(page);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "alleen voor uw school"));
    EXPECT_TRUE(Contains(res.body, "<li class=\"utrecht-ordered-list__item\">Bel de werf</li>"));
    EXPECT_FALSE(Contains(res.body, "Delen met andere scholen")) << "a docent does not share";
    EXPECT_EQ(docent.Post(page + "/delen", {{"version", "1"}, {"licentie", "cc-by"}}).status, 403);
    EXPECT_EQ(anonymous.Get("/opdrachtenbank/" + std::to_string(id)).status, 404);
    EXPECT_EQ(
        mbo.Get("/scholen/" + std::to_string(horizon) + "/opdrachten/" + std::to_string(id)).status,
        404);

    EXPECT_EQ(decaan.Post(page + "/delen", {{"version", "1"}, {"licentie", "alles-mag"}}).status,
              400);
    ASSERT_EQ(decaan.Post(page + "/delen", {{"version", "1"}, {"licentie", "cc-by"}}).status, 303);
    res = anonymous.Get("/opdrachtenbank?q=zeppelinwerf");
    EXPECT_TRUE(Contains(res.body, "Een dag op de zeppelinwerf")) << "public at once";
    res = anonymous.Get("/opdrachtenbank/" + std::to_string(id));
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "CC BY 4.0"));
    EXPECT_TRUE(Contains(res.body, "Veldzicht College"));
    EXPECT_FALSE(Contains(res.body, "Kopiëren naar uw school")) << "no forms for visitors";

    const std::string horizon_bank = "/scholen/" + std::to_string(horizon) + "/opdrachten";
    res = mbo.Post(horizon_bank + "/" + std::to_string(id) + "/kopieren", {});
    ASSERT_EQ(res.status, 303);
    const int64_t copy = IdIn(res);
    res = mbo.Get(horizon_bank + "/" + std::to_string(copy));
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Gebaseerd op"));
    EXPECT_TRUE(Contains(res.body, "van Veldzicht College (CC BY 4.0)"));
    EXPECT_EQ(mbo.Get(horizon_bank + "/" + std::to_string(id) + "/bewerken").status, 404)
        << "the original is Veldzicht's to edit";
}

TEST_F(AssignmentPages, ACopyOfAShareAlikeOriginalIsSharedUnderShareAlikeOnly) {
    // "Het profielkeuzegesprek thuis": Rietland's, shared under CC BY-SA.
    BankQuery q;
    q.words = "profielkeuzegesprek";
    const auto found = CurriculumOf(app.services()).bank.Search(q);
    ASSERT_EQ(found.cards.size(), 1u);
    ASSERT_EQ(found.cards[0].licence, "cc-by-sa");
    const std::string horizon_bank = "/scholen/" + std::to_string(horizon) + "/opdrachten";
    auto res = mbo.Post(horizon_bank + "/" + std::to_string(found.cards[0].id) + "/kopieren", {});
    ASSERT_EQ(res.status, 303);
    const int64_t copy_id = IdIn(res);
    const std::string copy = horizon_bank + "/" + std::to_string(copy_id);
    res = mbo.Get(copy);
    EXPECT_TRUE(Contains(res.body, "u deelt hem onder de licentie van het origineel"));
    EXPECT_TRUE(Contains(res.body, "id=\"licentie-cc-by-sa\""));
    EXPECT_FALSE(Contains(res.body, "id=\"licentie-cc-by\"")) << "not offered";
    res = mbo.Post(copy + "/delen", {{"version", "1"}, {"licentie", "cc-by"}});
    EXPECT_EQ(res.status, 400);
    EXPECT_TRUE(Contains(res.body, "onder dezelfde licentie"));
    EXPECT_FALSE(CurriculumOf(app.services()).assignments.Visible(std::nullopt, copy_id))
        << "not shared";
    EXPECT_EQ(mbo.Post(copy + "/delen", {{"version", "1"}, {"licentie", "cc-by-sa"}}).status, 303);
}

TEST_F(AssignmentPages, AStaleSaveShowsBothVersionsAndOverwritesNothing) {
    auto res = docent.Post(bank + "/nieuw", Filled("Versie een"));
    ASSERT_EQ(res.status, 303);
    const std::string edit = bank + "/" + std::to_string(IdIn(res)) + "/bewerken";
    Pairs first = Filled("Versie twee");
    first[0].second = "1";
    ASSERT_EQ(decaan.Post(edit, first).status, 303);
    Pairs stale = Filled("Versie van een oude pagina");
    stale[0].second = "1";
    res = docent.Post(edit, stale);
    EXPECT_EQ(res.status, 409);
    EXPECT_TRUE(Contains(res.body, "Iemand heeft deze opdracht intussen ook veranderd."));
    EXPECT_TRUE(Contains(res.body, "Versie twee"));
    EXPECT_TRUE(Contains(res.body, "Versie van een oude pagina")) << "the user's text is kept";
    EXPECT_TRUE(Contains(docent.Get(edit).body, "Versie twee"));
    EXPECT_FALSE(Contains(docent.Get(edit).body, "Versie van een oude pagina"));
    // The history: both saved versions, who and why, what changed; nothing of the stale one.
    const std::string history = edit.substr(0, edit.size() - 9) + "/geschiedenis";
    res = docent.Get(history);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Versie 2"));
    EXPECT_TRUE(Contains(res.body, "Dirk Decaan"));
    EXPECT_TRUE(Contains(res.body, "<del>Versie een</del>"));
    EXPECT_TRUE(Contains(res.body, "<ins>Versie twee</ins>"));
    EXPECT_FALSE(Contains(res.body, "Versie van een oude pagina"));
    const std::string there =
        "/scholen/" + std::to_string(horizon) + history.substr(bank.size() - 11);
    EXPECT_EQ(mbo.Get(there).status, 404) << "another school reads no history";
}

TEST_F(AssignmentPages, AnotherSchoolsPrivateAssignmentIsNotFoundOnAnyRoute) {
    // "Mijn droombaan in vijf vragen" is Veldzicht's own, not shared (the demo's third).
    const auto mine = CurriculumOf(app.services()).assignments.Visible(veldzicht, 3);
    ASSERT_TRUE(mine);
    ASSERT_FALSE(mine->shared());
    const std::string there = "/scholen/" + std::to_string(horizon) + "/opdrachten/3";
    const auto census = Census();
    EXPECT_EQ(mbo.Get(there).status, 404);
    EXPECT_EQ(mbo.Get(there + "/bewerken").status, 404);
    EXPECT_EQ(mbo.Post(there + "/kopieren", {}).status, 404);
    EXPECT_EQ(mbo.Post(there + "/delen", {{"version", "1"}, {"licentie", "cc-by"}}).status, 404);
    EXPECT_EQ(mbo.Post(there + "/verwijderen", {{"version", "1"}}).status, 404);
    EXPECT_EQ(mbo.Get(bank + "/3").status, 403) << "Veldzicht's bank is not Horizon's to read";
    EXPECT_EQ(anonymous.Get("/opdrachtenbank/3").status, 404);
    EXPECT_EQ(Census(), census);
    Browser beheerder{app};
    ASSERT_TRUE(beheerder.SignIn("beheerder@demo.koers.nl"));
    EXPECT_EQ(beheerder.Get(bank).status, 403);
    EXPECT_EQ(beheerder.Get(bank + "/3").status, 403);
}

TEST_F(AssignmentPages, FacetsAndWordsTravelInTheUrlAndOddOnesAreIgnored) {
    auto res = anonymous.Get("/opdrachtenbank?sectoren=mbo&leerjaren=1");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "De eerste week van de BPV voorbereiden"));
    EXPECT_FALSE(Contains(res.body, "Kiezen met een keuzematrix"));
    EXPECT_TRUE(Contains(res.body, "href=\"/opdrachtenbank?leerjaren=1\""))
        << "the chosen sector links to its removal";
    res = anonymous.Get("/opdrachtenbank?sectoren=%27%3B--&leerjaren=99&pagina=-3&q=%22open");
    EXPECT_EQ(res.status, 200);
    res = anonymous.Get("/opdrachtenbank?pagina=2");
    EXPECT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "aria-current=\"page\">2<"));
}

TEST_F(AssignmentPages, ASchoolWritesAtMostFiveThousandAndIsToldWhy) {
    const int64_t have = CurriculumOf(app.services()).assignments.CountOf(veldzicht);
    app.db().With([&](storage::Connection& c) {
        c.Execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO curriculum_assignments (school_id, status, body, version, created_at, "
            "updated_at) SELECT ?, 'prive', 'titel=Vulling', 1, 1, 1 FROM n",
            {5000 - have, veldzicht});
    });
    const auto census = Census();
    auto res = docent.Post(bank + "/nieuw", Filled("Nummer vijfduizend en een"));
    EXPECT_EQ(res.status, 409);
    EXPECT_TRUE(Contains(res.body, "Uw school heeft al 5.000 opdrachten"));
    EXPECT_EQ(docent.Post(bank + "/1/kopieren", {}).status, 409);
    EXPECT_EQ(Census(), census);
}

TEST_F(AssignmentPages, TheDemoBankHoldsFortyAssignmentsOverEverySectorCompetencyAndElement) {
    EXPECT_GE(CurriculumOf(app.services()).assignments.All().size(), 40u);
    BankQuery q;
    const BankPage page = CurriculumOf(app.services()).bank.Search(q);
    EXPECT_GE(page.total, 36u) << "shared";
    for (const auto& facet : page.facets) {
        if (facet.field != "sectoren" && facet.field != "competenties" &&
            facet.field != "elementen" && facet.field != "leerjaren")
            continue;
        const auto& options = core::AssignmentForm().Find(facet.field)->options;
        EXPECT_EQ(facet.values.size(), options.size()) << facet.field << ": a value no one has";
        for (const auto& v : facet.values) EXPECT_GE(v.count, 1u) << facet.field << " " << v.code;
    }
}

// Worksheets: checked by their content, downloaded by whoever may see the assignment (so a
// shared one's by anyone, a private one's by its school alone), and taken along by a copy.
TEST_F(AssignmentPages, WorksheetsTravelWithTheAssignmentAndNoFurther) {
    const std::string shared = bank + "/1";  // Veldzicht's, shared, with the demo's worksheet
    auto res = anonymous.Get("/opdrachtenbank/1");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "href=\"/opdrachtenbank/1/werkbladen/1\""));
    res = anonymous.Get("/opdrachtenbank/1/werkbladen/1");
    EXPECT_EQ(res.status, 200);
    EXPECT_TRUE(res.body.starts_with("%PDF"));

    // A private assignment's worksheet: its school's alone.
    auto made = docent.Post(bank + "/nieuw", Filled("Werkbladles"));
    ASSERT_EQ(made.status, 303);
    const std::string own = bank + "/" + std::to_string(IdIn(made));
    auto& sheets = CurriculumOf(app.services()).worksheets;
    const auto files = sheets.Census();
    res = docent.Upload(own + "/werkbladen", "bestand", "lijst.txt", "alleen tekst");
    EXPECT_EQ(res.status, 415);
    EXPECT_EQ(sheets.Census(), files) << "nothing kept";
    EXPECT_EQ(docent
                  .Upload(own + "/werkbladen", "bestand", "blad.pdf", core::DemoPdf("Blad"),
                          {{"titel", "Het werkblad"}})
                  .status,
              303);
    res = docent.Get(own);
    EXPECT_TRUE(Contains(res.body, ">Het werkblad</a>"));
    const size_t at = res.body.find(own + "/werkbladen/");
    ASSERT_NE(at, std::string::npos);
    const std::string sheet = res.body.substr(at, res.body.find('"', at) - at);
    EXPECT_EQ(docent.Get(sheet).status, 200);
    const std::string sheet_id = sheet.substr(sheet.rfind('/') + 1);
    const std::string own_id = own.substr(own.rfind('/') + 1);
    EXPECT_EQ(anonymous.Get("/opdrachtenbank/" + own_id + "/werkbladen/" + sheet_id).status, 404);
    const std::string elsewhere = "/scholen/" + std::to_string(horizon) + "/opdrachten/";
    EXPECT_EQ(mbo.Get(elsewhere + own_id + "/werkbladen/" + sheet_id).status, 404);
    EXPECT_EQ(mbo.Get(elsewhere + "1/werkbladen/" + sheet_id).status, 404) << "not assignment 1's";
    EXPECT_EQ(mbo.Upload(elsewhere + "1/werkbladen", "bestand", "x.pdf", core::DemoPdf("x")).status,
              404)
        << "not Horizon's own";
    EXPECT_EQ(mbo.Post(shared + "/werkbladen/1/verwijderen", {}).status, 403);

    // A copy takes the worksheets along.
    res = mbo.Post(elsewhere + "1/kopieren", {});
    ASSERT_EQ(res.status, 303);
    std::string copy(res.Header("location").value_or(""));
    copy.resize(copy.size() - std::string("/bewerken").size());
    res = mbo.Get(copy);
    EXPECT_TRUE(Contains(res.body, "Werkblad: vragen voor je meeloopdag"));
    EXPECT_TRUE(Contains(res.body, copy + "/werkbladen/"));

    EXPECT_EQ(docent.Post(sheet + "/verwijderen", {}).status, 303);
    EXPECT_EQ(docent.Get(sheet).status, 404);
}

}  // namespace
}  // namespace koers::web
