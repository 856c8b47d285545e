// Leerlingen/studenten and ouders answer questions of their own on a scale of their own (issue
// 14): the format, who is asked what (also in versions written before, with "[kort]"), theme
// scores per audience beside the staff score, and the insider's attempts on small audiences.
#include <gtest/gtest.h>

#include "modules/scan/core/instrument.hpp"
#include "modules/scan/core/round.hpp"
#include "modules/scan/core/scan_test_support.hpp"
#include "modules/scan/core/scoring.hpp"

namespace koers::core {
namespace {

// Flat indexes: 0 visie-1 (staff), 1 l-visie-1, 2 o-visie-1, 3 gesprek-1 (staff, [kort] is
// inert here), 4 l-gesprek-1.
constexpr std::string_view kOwn = R"(# Eigen vragen
sector: mbo
fase 1: Niet gestart
fase 2: In ontwikkeling
fase 3: Gerealiseerd
fase 4: Geborgd
schaal studenten 1: Klopt niet | Zo gaat het bij mij niet.
schaal studenten 2: Klopt een beetje
schaal studenten 3: Klopt grotendeels
schaal studenten 4: Klopt helemaal
schaal ouders 1: Klopt niet | Dit merk ik niet.
schaal ouders 2: Klopt een beetje
schaal ouders 3: Klopt grotendeels
schaal ouders 4: Klopt helemaal

## visie: Visie en beleid
Weet de instelling wat zij wil?
voor studenten: Waarom we dit doen | Over wat je weet.

- visie-1: Er is een visie.
- l-visie-1 [studenten]: Ik weet waarom we dit doen.
- o-visie-1 [ouders]: Ik weet wat de opleiding doet.

## gesprek: Gesprekken
- gesprek-1 [kort]: Iedere student voert gesprekken.
- l-gesprek-1 [leerlingen]: Ik praat met mijn begeleider over later.
)";

constexpr std::string_view kOld = R"(# Oude versie
sector: vo
fase 1: Niet gestart
fase 2: In ontwikkeling
fase 3: Gerealiseerd
fase 4: Geborgd

## visie: Visie
- visie-1 [kort]: Er is een visie.
- visie-2: De visie is vastgesteld.
)";

TEST(ScanAudiences, EachAudienceHasItsOwnQuestionsScaleAndWording) {
    const Instrument ins = Parse(kOwn);
    ASSERT_EQ(ins.StatementCount(), 5U);
    EXPECT_EQ(ins.At(1).audience, Audience::kLeerlingen) << "[studenten] is [leerlingen]";
    EXPECT_EQ(ins.At(4).audience, Audience::kLeerlingen);
    EXPECT_EQ(ins.At(2).audience, Audience::kOuders);
    EXPECT_TRUE(ins.HasOwnQuestions(Audience::kLeerlingen));
    EXPECT_TRUE(ins.HasOwnQuestions(Audience::kOuders));
    std::vector<size_t> staff, students, parents;
    for (size_t i = 0; i < ins.StatementCount(); ++i) {
        if (ins.Asks(Audience::kStaff, ins.At(i))) staff.push_back(i);
        if (ins.Asks(Audience::kLeerlingen, ins.At(i))) students.push_back(i);
        if (ins.Asks(Audience::kOuders, ins.At(i))) parents.push_back(i);
    }
    EXPECT_EQ(staff, (std::vector<size_t>{0, 3}));
    EXPECT_EQ(students, (std::vector<size_t>{1, 4})) << "never a staff statement, not even [kort]";
    EXPECT_EQ(parents, (std::vector<size_t>{2}));
    EXPECT_EQ(ins.StatementsAsked(Audience::kLeerlingen), 2U);
    EXPECT_EQ(ins.AnswerLabel(1, Audience::kLeerlingen), "Klopt niet");
    EXPECT_EQ(ins.AnswerLabel(1), "Niet gestart");
    EXPECT_EQ(ins.AnswerLabel(0, Audience::kOuders), "Weet ik niet");
    EXPECT_EQ(ins.ScaleFor(Audience::kOuders)[0].help, "Dit merk ik niet.");
    EXPECT_EQ(ins.themes[0].For(Audience::kLeerlingen).title, "Waarom we dit doen");
    EXPECT_EQ(ins.themes[0].For(Audience::kLeerlingen).intro, "Over wat je weet.");
    EXPECT_EQ(ins.themes[0].For(Audience::kOuders).title, "Visie en beleid") << "staff wording";
    EXPECT_EQ(AudienceLabel(Audience::kLeerlingen, "mbo"), "Studenten");
    EXPECT_EQ(AudienceLabel(Audience::kLeerlingen, "vo"), "Leerlingen");
    EXPECT_EQ(AudienceOf(Group::kLeerlingen), Audience::kLeerlingen);
}

TEST(ScanAudiences, AVersionWithoutOwnQuestionsStillAsksTheShortVersion) {
    const Instrument ins = Parse(kOld);
    EXPECT_FALSE(ins.HasOwnQuestions(Audience::kLeerlingen));
    EXPECT_TRUE(ins.Asks(Audience::kLeerlingen, ins.At(0)));
    EXPECT_FALSE(ins.Asks(Audience::kOuders, ins.At(1)));
    EXPECT_TRUE(ins.Asks(Audience::kStaff, ins.At(1)));
    EXPECT_EQ(ins.AnswerLabel(3, Audience::kLeerlingen), "Gerealiseerd") << "the phases";
}

TEST(ScanAudiences, TheFormatSaysWhatIsMissing) {
    const std::string header =
        "# T\nsector: vo\nfase 1: a\nfase 2: b\nfase 3: c\nfase 4: d\n## visie: V\n";
    auto no_scale =
        ParseInstrument(header + "- visie-1: a\n- l-1 [leerlingen]: b\n- o-1 [kort]: c\n");
    EXPECT_EQ(no_scale.errors,
              (std::vector<std::string>{
                  "'schaal leerlingen 1:' ontbreekt.", "'schaal leerlingen 2:' ontbreekt.",
                  "'schaal leerlingen 3:' ontbreekt.", "'schaal leerlingen 4:' ontbreekt."}));
    auto nothing = ParseInstrument(header + "- visie-1: a\n");
    EXPECT_EQ(
        nothing.errors,
        (std::vector<std::string>{
            "Geef leerlingen eigen stellingen ([leerlingen]) of markeer de korte versie "
            "met [kort].",
            "Geef ouders eigen stellingen ([ouders]) of markeer de korte versie met [kort]."}));
    auto late_scale = ParseInstrument(header +
                                      "- visie-1 [kort]: a\n## b: B\n- o-1 [ouders]: c\n"
                                      "schaal ouders 1: x\n");
    EXPECT_FALSE(late_scale.instrument);
    EXPECT_EQ(late_scale.errors.front(), "Regel 11: Een stelling begint met '- code: tekst'.");
    auto staffless = ParseInstrument(std::string(kOwn) + "## extra: Extra\n- l-x [studenten]: a\n");
    EXPECT_EQ(staffless.errors,
              (std::vector<std::string>{"Thema 'extra' heeft geen stellingen voor medewerkers."}));
    auto marker = ParseInstrument(header + "- visie-1 [docenten]: a\n");
    EXPECT_EQ(marker.errors.front(),
              "Regel 8: Onbekende markering '[docenten]': gebruik [kort], [leerlingen], "
              "[studenten], [ouders] of [alumni].");
    auto wording = ParseInstrument(header + "voor docenten: X\n- visie-1 [kort]: a\n");
    EXPECT_EQ(wording.errors.front(),
              "Regel 8: Gebruik 'voor leerlingen:', 'voor studenten:', 'voor ouders:' of "
              "'voor alumni:'.");
}

TEST(ScanAudiences, ThemesScoreStaffAndEachAudienceApart) {
    const Instrument ins = Parse(kOwn);
    std::vector<ScanResponse> rs;
    rs.reserve(9);
    for (int i = 0; i < 3; ++i)
        rs.push_back(R(Group::kDocenten, {1, kUnanswered, kUnanswered, 2, kUnanswered}));
    for (int i = 0; i < 3; ++i)
        rs.push_back(R(Group::kLeerlingen, {kUnanswered, 4, kUnanswered, kUnanswered, 3}));
    for (int i = 0; i < 3; ++i)
        rs.push_back(R(Group::kOuders, {kUnanswered, kUnanswered, 3, kUnanswered, kUnanswered}));
    const ScanResult r = Score(ins, rs);
    // The staff view holds staff statements only: the students' "klopt helemaal" does not lift
    // the school's "niet gestart".
    EXPECT_EQ(r.themes[0].Rated(), 3);
    EXPECT_DOUBLE_EQ(*r.themes[0].Percent(), 0.0);
    const auto& students = r.audiences.at(static_cast<size_t>(Audience::kLeerlingen));
    const auto& parents = r.audiences.at(static_cast<size_t>(Audience::kOuders));
    EXPECT_DOUBLE_EQ(*students[0].Percent(), 100.0);
    EXPECT_EQ(students[1].Rated(), 3);
    EXPECT_DOUBLE_EQ(*parents[0].Percent(), 100.0);
    EXPECT_FALSE(parents[1].Percent()) << "ouders have no question on gesprekken";
    EXPECT_EQ(r.audiences[0][0].Rated(), r.themes[0].Rated()) << "[kStaff] is the staff view";
    ExpectNoFigureIsolatesFewerThanThree(r, ins.StatementCount());
}

// The insider: two studenten and one ouder answered, beside three docenten. The studenten's
// questions are theirs alone, so any figure on them is the two studenten's answers.
TEST(ScanAudiences, TwoStudentsAndOneParentCannotBeReadOff) {
    const Instrument ins = Parse(kOwn);
    std::vector<ScanResponse> rs;
    rs.reserve(6);
    for (int i = 0; i < 3; ++i)
        rs.push_back(R(Group::kDocenten, {3, kUnanswered, kUnanswered, 3, kUnanswered}));
    rs.push_back(R(Group::kLeerlingen, {kUnanswered, 1, kUnanswered, kUnanswered, 4}));
    rs.push_back(R(Group::kLeerlingen, {kUnanswered, 2, kUnanswered, kUnanswered, 4}));
    rs.push_back(R(Group::kOuders, {kUnanswered, kUnanswered, 1, kUnanswered, kUnanswered}));
    const ScanResult r = Score(ins, rs);
    for (size_t i : {1U, 2U, 4U}) EXPECT_TRUE(r.statements[i].hidden) << i;
    for (const auto& audience : {Audience::kLeerlingen, Audience::kOuders})
        for (const auto& theme : r.audiences.at(static_cast<size_t>(audience)))
            EXPECT_EQ(theme.Total(), 0) << "a theme shows only shown statements";
    for (const auto& g : r.groups)
        for (const auto& theme : g.themes) EXPECT_TRUE(theme.Total() == 0 || theme.Total() >= 3);
    ExpectNoFigureIsolatesFewerThanThree(r, ins.StatementCount());
}

TEST(ScanAudiences, NoRoundOfAnyShapeLetsAnAudienceFigureRestOnOneOrTwo) {
    const Instrument ins = Parse(kOwn);
    RandomRounds rounds(777);
    for (int round = 0; round < 1000; ++round) {
        const auto rs = rounds.Next(ins, 6, 4, true);
        SCOPED_TRACE("ronde " + std::to_string(round));
        const ScanResult r = Score(ins, rs);
        ExpectNoFigureIsolatesFewerThanThree(r, ins.StatementCount());
        // Rule 3 per audience: a theme figure is the sum of its audience's shown statements.
        for (size_t a = 0; a < kAudiences; ++a)
            for (size_t t = 0; t < ins.themes.size(); ++t) {
                int32_t sum = 0;
                size_t i = 0;
                for (size_t u = 0; u < t; ++u) i += ins.themes[u].statements.size();
                for (const auto& s : ins.themes[t].statements) {
                    if (static_cast<size_t>(s.audience) == a) sum += r.statements[i].Total();
                    ++i;
                }
                EXPECT_EQ(r.audiences.at(a)[t].Total(), sum);
            }
        if (HasFailure()) return;
    }
}

}  // namespace
}  // namespace koers::core
