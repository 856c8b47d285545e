// "Nieuw schooljaar starten" through the router: the confirmation, what becomes read-only, and
// the evaluations of the year just closed, which can still be finished while the next year runs,
// their bijstellingen following into the next year's beleid and werkplannen.
#include "modules/quality/web/quality_pages_test_support.hpp"

namespace koers::web {
namespace {

using namespace quality_testing;

// "Nieuw schooljaar starten" without the box ticked says so on the page, with what is still
// open in this year; nothing is started.
TEST_F(QualityPages, StartingANewYearWithoutTheBoxSaysWhyAndWhatIsOpen) {
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    const auto page = decaan.Post(base + "/nieuw-schooljaar", {});
    EXPECT_EQ(page.status, 400);
    EXPECT_TRUE(Contains(page.body, "Vink aan dat u het nieuwe schooljaar wilt starten"));
    EXPECT_TRUE(Contains(page.body, "aria-invalid=\"true\""));
    EXPECT_TRUE(Contains(page.body, "Nog niet af in 2026-2027"));
    EXPECT_FALSE(QualityOf(app.services()).quality.Year(school, 2027).has_value());
}

TEST_F(QualityPages, ANewSchoolYearLeavesTheOldOneReadOnly) {
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    const std::string last = "/scholen/" + std::to_string(school) + "/kwaliteit/2025";
    auto closed = decaan.Post(last + "/visie", {{"version", "1"}, {"betekenis", "x"}});
    EXPECT_EQ(closed.status, 409);
    EXPECT_TRUE(Contains(closed.body, "afgesloten"));
    EXPECT_EQ(decaan.Post(last + "/nieuw-schooljaar", {{"bevestig", "ja"}}).status, 409);
    EXPECT_FALSE(Contains(decaan.Get(last + "/visie").body, "name=\"betekenis\""));
    EXPECT_EQ(decaan.Post(base + "/nieuw-schooljaar", {}).status, 400) << "needs confirmation";
    auto res = decaan.Post(base + "/nieuw-schooljaar", {{"bevestig", "ja"}});
    EXPECT_EQ(res.status, 303);
    EXPECT_EQ(res.Header("Location").value_or(""),
              "/scholen/" + std::to_string(school) + "/kwaliteit/2027");
    EXPECT_EQ(decaan.Post(base + "/nieuw-schooljaar", {{"bevestig", "ja"}}).status, 409)
        << "a replayed roll-over changes nothing";
    auto compare = decaan.Get("/scholen/" + std::to_string(school) + "/kwaliteit/2027/vergelijk");
    EXPECT_EQ(compare.status, 200);
    EXPECT_TRUE(Contains(compare.body, "2026-2027 en 2027-2028 vergeleken"));
    EXPECT_EQ(QualityOf(app.services()).quality.Years(school).size(), 3u);
}

// The demo's 2025-2026 is closed and 2026-2027 runs: the school's and the teams' evaluations of
// 2025-2026 can still be written, nothing else; what their bijstellingen say follows into
// 2026-2027 unless someone wrote there themselves. Once 2027-2028 starts, 2025-2026 is read-only
// entirely and 2026-2027's evaluations take over.
TEST_F(QualityPages, TheYearJustClosedKeepsItsEvaluationsWritable) {
    Browser decaan(app), mentor(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    auto& quality = QualityOf(app.services()).quality;
    const auto last = quality.Year(school, 2025).value();
    ASSERT_FALSE(last.open());
    ASSERT_TRUE(last.evaluation_open);
    const std::string old = "/scholen/" + std::to_string(school) + "/kwaliteit/2025";
    const auto vorig_jaar = [&](core::Kind kind, std::optional<int64_t> team) {
        return std::string(
            core::FieldOf(quality.Single(year.id, kind, team)->record.fields, "vorig_jaar"));
    };
    const auto version_of = [&](std::optional<int64_t> team) {
        return std::to_string(quality.Single(last.id, core::Kind::kEvaluatie, team)->version);
    };

    const auto page = decaan.Get(old + "/evaluatie");
    EXPECT_TRUE(
        Contains(page.body, "deze evaluatie kunt u nog afmaken zolang schooljaar 2026-2027"));
    EXPECT_TRUE(Contains(page.body, "name=\"bijstellingen\""));
    EXPECT_TRUE(Contains(decaan.Get(old).body, "op de evaluaties na"));
    ASSERT_FALSE(vorig_jaar(core::Kind::kBeleid, std::nullopt).empty());

    auto saved = decaan.Post(old + "/evaluatie", {{"version", version_of(std::nullopt)},
                                                  {"conclusies", "Gesprekken blijven achter."},
                                                  {"bijstellingen", "Ouders bij elk gesprek."}});
    EXPECT_EQ(saved.status, 303);
    EXPECT_EQ(vorig_jaar(core::Kind::kBeleid, std::nullopt), "Ouders bij elk gesprek.");
    const auto note = quality.Revisions(year.id, std::nullopt, 5);
    ASSERT_FALSE(note.empty());
    EXPECT_EQ(note.front().note, "bijstellingen bijgewerkt uit de evaluatie van 2025-2026");

    // The mentor finishes their own team's evaluation; the team's werkplan follows.
    const std::string team_eval = old + "/werkplannen/" + std::to_string(own_team) + "/evaluatie";
    EXPECT_EQ(mentor
                  .Post(team_eval, {{"version", version_of(own_team)},
                                    {"conclusies", "Netwerken werkt niet."},
                                    {"bijstellingen", "Een alumnimiddag in maart."}})
                  .status,
              303);
    EXPECT_EQ(vorig_jaar(core::Kind::kWerkplan, own_team), "Een alumnimiddag in maart.");

    // A text someone wrote in the new beleid's field stays.
    auto beleid = quality.Single(year.id, core::Kind::kBeleid, std::nullopt).value();
    beleid.record.fields["vorig_jaar"] = "Zelf samengevat.";
    ASSERT_EQ(quality.Update(year.id, beleid.record, beleid.version, {std::nullopt, "Test"},
                             1'790'000'100, ""),
              storage::SaveResult::kSaved);
    EXPECT_EQ(decaan
                  .Post(old + "/evaluatie", {{"version", version_of(std::nullopt)},
                                             {"conclusies", "Gesprekken blijven achter."},
                                             {"bijstellingen", "Nog iets anders."}})
                  .status,
              303);
    EXPECT_EQ(vorig_jaar(core::Kind::kBeleid, std::nullopt), "Zelf samengevat.");

    // Everything else of 2025-2026 stays closed.
    EXPECT_EQ(decaan.Post(old + "/visie", {{"version", "1"}, {"betekenis", "x"}}).status, 409);

    // A new year closes 2025-2026 entirely; 2026-2027's evaluation is the one to finish now.
    ASSERT_EQ(decaan.Post(base + "/nieuw-schooljaar", {{"bevestig", "ja"}}).status, 303);
    const auto closed = decaan.Post(
        old + "/evaluatie", {{"version", version_of(std::nullopt)}, {"conclusies", "Te laat."}});
    EXPECT_EQ(closed.status, 409);
    EXPECT_FALSE(Contains(decaan.Get(old + "/evaluatie").body, "name=\"bijstellingen\""));
    EXPECT_TRUE(Contains(decaan.Get(base + "/evaluatie").body, "name=\"bijstellingen\""));
}

}  // namespace
}  // namespace koers::web
