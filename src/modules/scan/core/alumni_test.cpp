// Alumni (oud-leerlingen, oud-studenten) answer questions of their own, looking back, beside the
// doorstroomgegevens (issue 17): the format, who is asked what, the je-form, a version without
// alumni questions that never asks them anything, and the insider's attempt on a small group.
#include <gtest/gtest.h>

#include "modules/scan/core/instrument.hpp"
#include "modules/scan/core/round.hpp"
#include "modules/scan/core/scan_test_support.hpp"
#include "modules/scan/core/scoring.hpp"

namespace koers::core {
namespace {

constexpr std::string_view kHeader = R"(# Met alumni
sector: vo
fase 1: Niet gestart
fase 2: In ontwikkeling
fase 3: Gerealiseerd
fase 4: Geborgd
schaal leerlingen 1: Klopt niet
schaal leerlingen 2: Klopt een beetje
schaal leerlingen 3: Klopt grotendeels
schaal leerlingen 4: Klopt helemaal
)";

// Flat indexes: 0 visie-1 (staff, [kort]), 1 l-visie-1, 2 a-visie-1, 3 a-visie-2.
constexpr std::string_view kThemes = R"(
## visie: Visie en beleid
voor alumni: Terugkijken | Over hoe de school je hielp kiezen.
- visie-1 [kort]: Er is een visie.
- l-visie-1 [leerlingen]: Ik weet waarom we dit doen.
- a-visie-1 [alumni]: De school hielp me kiezen.
- a-visie-2 [alumni]: Mijn opleiding van nu past bij mij.
)";

constexpr std::string_view kAlumniScale = R"(schaal alumni 1: Klopt niet | Zo was het bij mij niet.
schaal alumni 2: Klopt een beetje
schaal alumni 3: Klopt grotendeels
schaal alumni 4: Klopt helemaal
)";

std::string WithAlumni() {
    return std::string(kHeader) + std::string(kAlumniScale) + "schaal ouders 1: a\n" +
           "schaal ouders 2: b\nschaal ouders 3: c\nschaal ouders 4: d\n" + std::string(kThemes) +
           "- o-visie-1 [ouders]: Ik weet het.\n";
}

TEST(ScanAlumni, AlumniAnswerOnlyTheirOwnQuestionsInTheJeForm) {
    const Instrument ins = Parse(WithAlumni());
    EXPECT_EQ(ins.At(2).audience, Audience::kAlumni);
    EXPECT_TRUE(ins.HasOwnQuestions(Audience::kAlumni));
    std::vector<size_t> alumni;
    for (size_t i = 0; i < ins.StatementCount(); ++i)
        if (ins.Asks(Audience::kAlumni, ins.At(i))) alumni.push_back(i);
    EXPECT_EQ(alumni, (std::vector<size_t>{2, 3})) << "never a staff or leerling statement";
    EXPECT_TRUE(ins.SaysJe(Audience::kAlumni));
    EXPECT_FALSE(ins.SaysJe(Audience::kOuders));
    EXPECT_EQ(ins.AnswerLabel(1, Audience::kAlumni), "Klopt niet");
    EXPECT_EQ(ins.ScaleFor(Audience::kAlumni)[0].help, "Zo was het bij mij niet.");
    EXPECT_EQ(ins.themes[0].For(Audience::kAlumni).title, "Terugkijken");
    EXPECT_EQ(AudienceLabel(Audience::kAlumni, "vo"), "Oud-leerlingen");
    EXPECT_EQ(AudienceLabel(Audience::kAlumni, "hbo"), "Oud-studenten");
    EXPECT_EQ(GroupLabel(Group::kAlumni, "vo"), "Oud-leerlingen");
    EXPECT_EQ(GroupLabel(Group::kAlumni, "mbo"), "Oud-studenten");
    EXPECT_EQ(AudienceOf(Group::kAlumni), Audience::kAlumni);
    EXPECT_EQ(GroupFromCode("alumni"), Group::kAlumni);
    EXPECT_EQ(SplitGroups(JoinGroups(std::vector{Group::kAlumni, Group::kDocenten})),
              (std::vector{Group::kDocenten, Group::kAlumni}));
}

// Alumni questions are optional, and a version without them (every version before) asks alumni
// nothing, not the short version leerlingen and ouders fall back to.
TEST(ScanAlumni, AVersionWithoutAlumniQuestionsAsksThemNothing) {
    const auto parsed = ParseInstrument(std::string(kHeader) +
                                        "## visie: Visie\n- visie-1 [kort]: Er is een visie.\n"
                                        "- l-visie-1 [leerlingen]: Ik weet het.\n");
    ASSERT_TRUE(parsed.instrument) << parsed.errors.front();
    const Instrument& ins = *parsed.instrument;
    EXPECT_FALSE(ins.HasOwnQuestions(Audience::kAlumni));
    EXPECT_EQ(ins.StatementsAsked(Audience::kAlumni), 0U);
    EXPECT_TRUE(ins.Asks(Audience::kOuders, ins.At(0))) << "ouders keep the short version";
    EXPECT_FALSE(ins.SaysJe(Audience::kAlumni));
    // A round on it cannot ask them, and a form that does is refused in words.
    EXPECT_FALSE(CanAsk(Group::kAlumni, ins));
    EXPECT_TRUE(CanAsk(Group::kOuders, ins));
    EXPECT_TRUE(CanAsk(Group::kAlumni, Parse(WithAlumni())));
    Validation v;
    CheckGroupsAsked(std::vector{Group::kDocenten, Group::kAlumni}, ins, v);
    EXPECT_EQ(v.For("groups"),
              "Deze versie van de LOB-scan heeft geen vragen voor oud-leerlingen.");
}

TEST(ScanAlumni, AlumniQuestionsNeedTheirScale) {
    const auto parsed = ParseInstrument(
        std::string(kHeader) + "schaal ouders 1: a\n" + "schaal ouders 2: b\nschaal ouders 3: c\n" +
        "schaal ouders 4: d\n" + std::string(kThemes) + "- o-visie-1 [ouders]: Ik weet het.\n");
    EXPECT_FALSE(parsed.instrument);
    EXPECT_EQ(parsed.errors,
              (std::vector<std::string>{
                  "'schaal alumni 1:' ontbreekt.", "'schaal alumni 2:' ontbreekt.",
                  "'schaal alumni 3:' ontbreekt.", "'schaal alumni 4:' ontbreekt."}));
}

// The insider: two oud-leerlingen answered beside three docenten. Their questions are theirs
// alone, so any figure on them would be those two people's answers; with a third they show.
TEST(ScanAlumni, TwoAlumniCannotBeReadOffAndThreeCan) {
    const Instrument ins = Parse(WithAlumni());
    std::vector<ScanResponse> rs;
    for (int i = 0; i < 3; ++i)
        rs.push_back(R(Group::kDocenten, {3, kUnanswered, kUnanswered, kUnanswered, kUnanswered}));
    rs.push_back(R(Group::kAlumni, {kUnanswered, kUnanswered, 1, 4, kUnanswered}));
    rs.push_back(R(Group::kAlumni, {kUnanswered, kUnanswered, 2, 4, kUnanswered}));
    ScanResult r = Score(ins, rs);
    const auto alumni = static_cast<size_t>(Audience::kAlumni);
    EXPECT_TRUE(r.statements[2].hidden);
    EXPECT_TRUE(r.statements[3].hidden);
    EXPECT_EQ(r.audiences.at(alumni)[0].Total(), 0) << "a theme shows only shown statements";
    for (const auto& g : r.groups) EXPECT_NE(g.key, "alumni") << "two are not a group";
    ExpectNoFigureIsolatesFewerThanThree(r, ins.StatementCount());

    rs.push_back(R(Group::kAlumni, {kUnanswered, kUnanswered, 4, 3, kUnanswered}));
    r = Score(ins, rs);
    EXPECT_EQ(r.audiences.at(alumni)[0].Rated(), 6);
    EXPECT_DOUBLE_EQ(*r.audiences.at(alumni)[0].Percent(), 100.0 * 4 / 6);
    EXPECT_DOUBLE_EQ(*r.themes[0].Percent(), 100.0) << "the staff view holds staff statements only";
    ExpectNoFigureIsolatesFewerThanThree(r, ins.StatementCount());
}

}  // namespace
}  // namespace koers::core
