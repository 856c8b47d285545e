// LOB-scan rules on hand-computed examples: the instrument format, rounds, scores, groups and
// their suppression, comparisons between versions, peer thresholds.
#include <gtest/gtest.h>

#include "modules/scan/core/instrument.hpp"
#include "modules/scan/core/round.hpp"
#include "modules/scan/core/scan_test_support.hpp"
#include "modules/scan/core/scoring.hpp"
#include "platform/core/common/dates.hpp"

namespace koers::core {
namespace {

constexpr std::string_view kText = R"(# Testscan
sector: vo
fase 1: Niet gestart | Nog niets gedaan.
fase 2: In ontwikkeling
fase 3: Gerealiseerd
fase 4: Geborgd

## visie: Visie en beleid
Waar staat de school voor?
advies: Schrijf de visie op en laat haar vaststellen.
kennisbank: visie-en-beleid, kwaliteitsborging

- visie-1 [kort]: Er is een LOB-visie.
  uitleg: Op papier en besproken.
- visie-2: De visie is vastgesteld.

## gesprek: Loopbaangesprekken
- gesprek-1 [kort]: Iedere leerling voert gesprekken.
)";

TEST(ScanInstrument, ParsesThemesStatementsPhasesAndTheShortVersion) {
    const Instrument ins = Parse(kText);
    EXPECT_EQ(ins.title, "Testscan");
    EXPECT_EQ(ins.sector, "vo");
    ASSERT_EQ(ins.themes.size(), 2U);
    EXPECT_EQ(ins.themes[0].intro, "Waar staat de school voor?");
    EXPECT_EQ(ins.themes[0].advice, "Schrijf de visie op en laat haar vaststellen.");
    EXPECT_EQ(ins.themes[0].reading,
              (std::vector<std::string>{"visie-en-beleid", "kwaliteitsborging"}));
    EXPECT_TRUE(ins.themes[1].advice.empty()) << "advice and reading are optional";
    EXPECT_TRUE(ins.themes[1].reading.empty());
    EXPECT_EQ(ins.scales[0][0].help, "Nog niets gedaan.");
    EXPECT_EQ(ins.StatementCount(), 3U);
    EXPECT_TRUE(ins.At(0).in_short);
    EXPECT_FALSE(ins.At(1).in_short);
    EXPECT_EQ(ins.At(0).help, "Op papier en besproken.");
    EXPECT_EQ(ins.IndexOf("gesprek-1"), 2U);
    EXPECT_EQ(ins.ThemeOf(2), 1U);
    EXPECT_EQ(ins.AnswerLabel(3), "Gerealiseerd");
    EXPECT_EQ(ins.AnswerLabel(0), "Weet ik niet");
}

TEST(ScanInstrument, ReportsErrorsWithLineNumbers) {
    auto p = ParseInstrument("# T\nsector: mavo\n## visie: V\n- visie-1: a\n- visie-1: b\n");
    EXPECT_FALSE(p.instrument);
    ASSERT_GE(p.errors.size(), 3U);
    EXPECT_EQ(p.errors[0], "Regel 2: De sector is vo, mbo of hbo.");
    EXPECT_EQ(p.errors[1], "Regel 5: Stellingcode 'visie-1' komt twee keer voor.");
    bool phases = false;
    for (const auto& e : p.errors) phases = phases || e == "Fase 1 ontbreekt.";
    EXPECT_TRUE(phases);
    const auto theme_fields = ParseInstrument(
        "# T\nsector: vo\nfase 1: a\nfase 2: b\nfase 3: c\nfase 4: d\n## visie: V\n"
        "advies: Doe iets.\nadvies: Nog iets.\nkennisbank: Visie, \n- visie-1 [kort]: a\n"
        "advies: te laat\n");
    EXPECT_FALSE(theme_fields.instrument);
    EXPECT_EQ(theme_fields.errors,
              (std::vector<std::string>{
                  "Regel 9: Thema 'visie' heeft al een advies.",
                  "Regel 10: Kennisbankthema 'Visie' is ongeldig: kleine letters, cijfers en -.",
                  "Regel 12: Een stelling begint met '- code: tekst'."}));
    EXPECT_FALSE(ParseInstrument("").instrument);
    EXPECT_FALSE(ParseInstrument(std::string("# T\0x", 5)).instrument);
    EXPECT_FALSE(ParseInstrument(std::string(kMaxInstrumentText + 1, 'a')).instrument);
}

TEST(ScanRound, ValidatesTitleDeadlineAndGroups) {
    const int64_t now = *ParseLocalInput("2026-11-22T12:00");
    int64_t deadline = 0;
    RoundInput in{"Scan najaar", "2026-12-20", std::nullopt, {Group::kDocenten}};
    EXPECT_TRUE(ValidateRound(in, now, deadline).ok());
    EXPECT_EQ(deadline, *ParseLocalInput("2026-12-21") - 1) << "until the end of that day";
    in.deadline = "2026-11-01";
    EXPECT_EQ(ValidateRound(in, now, deadline).For("deadline"),
              "De einddatum moet in de toekomst liggen.");
    in.deadline = "2028-01-01";
    EXPECT_FALSE(ValidateRound(in, now, deadline).ok());
    in = {" ", "31-02-2027", std::nullopt, {}};
    auto v = ValidateRound(in, now, deadline);
    EXPECT_FALSE(v.For("title").empty());
    EXPECT_FALSE(v.For("deadline").empty());
    EXPECT_FALSE(v.For("groups").empty());
    EXPECT_EQ(StateOf(std::nullopt, now + 1, now), RoundState::kOpen);
    EXPECT_EQ(StateOf(std::nullopt, now - 1, now), RoundState::kExpired);
    EXPECT_EQ(StateOf(now, now + 1, now), RoundState::kClosed);
}

TEST(ScanRound, GroupsRoundTripAndLabelsFollowTheSector) {
    const std::vector<Group> g = {Group::kOuders, Group::kSchoolleiding};
    EXPECT_EQ(JoinGroups(g), "schoolleiding,ouders");
    EXPECT_EQ(SplitGroups("schoolleiding,onzin,ouders"),
              (std::vector<Group>{Group::kSchoolleiding, Group::kOuders}));
    EXPECT_EQ(GroupLabel(Group::kLeerlingen, "vo"), "Leerlingen");
    EXPECT_EQ(GroupLabel(Group::kLeerlingen, "mbo"), "Studenten");
    EXPECT_EQ(AudienceOf(Group::kOuders), Audience::kOuders);
    EXPECT_EQ(AudienceOf(Group::kLeerlingen), Audience::kLeerlingen);
    EXPECT_EQ(AudienceOf(Group::kMentoren), Audience::kStaff);
}

TEST(ScanRound, ActionPointsNeedWhatWhoAndADate) {
    const std::vector<std::string> themes = {"visie", "gesprek"};
    EXPECT_TRUE(ValidateAction({"Visie bespreken", "Dirk", "2027-02-01", "visie"}, themes).ok());
    EXPECT_TRUE(ValidateAction({"Algemeen", "Team", "2027-02-01", ""}, themes).ok());
    auto v = ValidateAction({" ", "", "1-2-2027", "onbekend"}, themes);
    EXPECT_FALSE(v.For("what").empty());
    EXPECT_FALSE(v.For("who").empty());
    EXPECT_FALSE(v.For("due").empty());
    EXPECT_FALSE(v.For("theme").empty());
    EXPECT_FALSE(ValidateAction({"a", "b", "2027-02-30", ""}, themes).ok());
}

TEST(ScanScoring, ThemeScoreIsTheShareRealisedAndTheMeanPhase) {
    const Instrument ins = Parse(kText);
    // visie: 1,2 / 3,4 / 4,weet niet / 3,3 / 3,3 -> 9 rated, 7 realised, phases sum to 26.
    const std::vector<ScanResponse> rs = {
        R(Group::kDocenten, {1, 2, 0}),           R(Group::kDocenten, {3, 4, 4}),
        R(Group::kDocenten, {4, 0, kUnanswered}), R(Group::kDocenten, {3, 3, 2}),
        R(Group::kDocenten, {3, 3, 1}),
    };
    const ScanResult r = Score(ins, rs);
    EXPECT_EQ(r.respondents, 5);
    EXPECT_EQ(r.themes[0].Rated(), 9);
    EXPECT_EQ(r.themes[0].Realised(), 7);
    EXPECT_DOUBLE_EQ(*r.themes[0].Percent(), 700.0 / 9);
    EXPECT_DOUBLE_EQ(*r.themes[0].MeanPhase(), 26.0 / 9);
    EXPECT_EQ(r.themes[0].counts[0], 1);
    // gesprek: 0 (weet niet), 4, -, 2, 1 -> rated 3, realised 1, mean 7/3.
    EXPECT_EQ(r.statements[2].Total(), 4);
    EXPECT_DOUBLE_EQ(*r.statements[2].Percent(), 100.0 / 3);
    EXPECT_DOUBLE_EQ(*r.statements[2].MeanPhase(), 7.0 / 3);
}

TEST(ScanScoring, AllWeetIkNietAndEmptyRoundsHaveNoScore) {
    const Instrument ins = Parse(kText);
    const std::vector<ScanResponse> rs = {R(Group::kDocenten, {0, 0, 0}),
                                          R(Group::kDocenten, {0, 0, 0}),
                                          R(Group::kDocenten, {0, 0, 0})};
    const ScanResult r = Score(ins, rs);
    EXPECT_FALSE(r.themes[0].Percent());
    EXPECT_FALSE(r.themes[1].MeanPhase());
    EXPECT_EQ(r.themes[0].Total(), 6);
    const ScanResult empty = Score(ins, {});
    EXPECT_EQ(empty.respondents, 0);
    EXPECT_TRUE(empty.groups.empty());
    EXPECT_FALSE(empty.themes[1].Percent());
}

TEST(ScanScoring, SmallGroupsAreMergedAndNeverDerivable) {
    const Instrument ins = Parse(kText);
    std::vector<ScanResponse> rs;
    for (int i = 0; i < 4; ++i) rs.push_back(R(Group::kDocenten, {4, 4, 4}));
    for (int i = 0; i < 3; ++i) rs.push_back(R(Group::kMentoren, {1, 1, 1}));
    rs.push_back(R(Group::kOuders, {2, kUnanswered, 2}));
    rs.push_back(R(Group::kLeerlingen, {3, kUnanswered, 3}));
    rs.push_back(R(Group::kLeerlingen, {3, kUnanswered, 3}));
    // ouders (1) + leerlingen (2) = 3: together they form "overig".
    ScanResult r = Score(ins, rs);
    ASSERT_EQ(r.groups.size(), 3U);
    EXPECT_EQ(r.groups[0].key, "mentoren");
    EXPECT_EQ(r.groups[1].key, "docenten");  // AllGroups order: mentoren before docenten
    EXPECT_EQ(r.groups[2].key, "overig");
    EXPECT_EQ(r.groups[2].respondents, 3);
    EXPECT_DOUBLE_EQ(*r.groups[2].statements[0].MeanPhase(), 8.0 / 3);

    // Only the single ouder is small: the smallest shown group (mentoren) joins it, so the
    // ouder's answers cannot be found as total minus the shown groups.
    rs.erase(rs.end() - 2, rs.end());
    r = Score(ins, rs);
    ASSERT_EQ(r.groups.size(), 2U);
    EXPECT_EQ(r.groups[0].key, "docenten");
    EXPECT_EQ(r.groups[1].key, "overig");
    EXPECT_EQ(r.groups[1].respondents, 4);
    int shown = 0;
    for (const auto& g : r.groups) shown += g.respondents;
    EXPECT_EQ(shown, r.respondents);
}

TEST(ScanScoring, TheOnlySchoolleiderCannotBeReadOffTheLongVersion) {
    // Three docenten, the one schoolleider and two ouders. The ouders answer the short version
    // (visie-1, gesprek-1) only, so on visie-2 "overig" (schoolleider + ouders) holds one
    // person's answer, and the total minus the docenten would give it too.
    const Instrument ins = Parse(kText);
    std::vector<ScanResponse> rs;
    for (int i = 0; i < 3; ++i) rs.push_back(R(Group::kDocenten, {3, 3, 3}));
    rs.push_back(R(Group::kSchoolleiding, {4, 1, 4}));
    rs.push_back(R(Group::kOuders, {2, kUnanswered, 2}));
    rs.push_back(R(Group::kOuders, {2, kUnanswered, 2}));
    const ScanResult r = Score(ins, rs);
    ASSERT_EQ(r.groups.size(), 2U);
    EXPECT_EQ(r.groups[1].key, "overig");
    EXPECT_TRUE(r.groups[1].statements[1].hidden) << "one person's answer on visie-2";
    EXPECT_TRUE(r.groups[0].statements[1].hidden) << "else total minus docenten gives it";
    EXPECT_FALSE(r.statements[1].hidden) << "the total of four stays useful";
    EXPECT_EQ(r.statements[1].Total(), 4);
    EXPECT_FALSE(r.groups[1].statements[0].hidden) << "visie-1 was answered by all three";
    // A theme is the sum of its shown statements: visie minus visie-1 gives nothing hidden.
    EXPECT_EQ(r.groups[1].themes[0].Total(), r.groups[1].statements[0].Total());
    ExpectNoFigureIsolatesFewerThanThree(r, ins.StatementCount());
}

TEST(ScanScoring, AStatementAnsweredByOneOrTwoShowsNoFigureAtAll) {
    const Instrument ins = Parse(kText);
    std::vector<ScanResponse> rs;
    for (int i = 0; i < 4; ++i) rs.push_back(R(Group::kLeerlingen, {3, kUnanswered, 2}));
    rs.push_back(R(Group::kDocenten, {1, 4, 1}));  // the only one who answered visie-2
    const ScanResult r = Score(ins, rs);
    EXPECT_TRUE(r.statements[1].hidden);
    EXPECT_EQ(r.statements[1].Total(), 0);
    for (const auto& g : r.groups) EXPECT_TRUE(g.statements[1].hidden) << g.key;
    EXPECT_EQ(r.themes[0].Total(), r.statements[0].Total()) << "the theme leaves it out too";
    ExpectNoFigureIsolatesFewerThanThree(r, ins.StatementCount());
}

TEST(ScanScoring, NoRoundOfAnyShapeLetsAFigureRestOnOneOrTwoAnswers) {
    // Random rounds: group sizes 0..6, each respondent skipping statements at random.
    const Instrument ins = Parse(kText);
    RandomRounds rounds(12345);
    for (int round = 0; round < 2000; ++round) {
        const auto rs = rounds.Next(ins, 7, 3, false);
        SCOPED_TRACE("ronde " + std::to_string(round));
        ExpectNoFigureIsolatesFewerThanThree(Score(ins, rs), ins.StatementCount());
        if (HasFailure()) return;
    }
}

TEST(ScanScoring, LargestDifferencesBetweenGroups) {
    const Instrument ins = Parse(kText);
    std::vector<ScanResponse> rs;
    for (int i = 0; i < 3; ++i) rs.push_back(R(Group::kSchoolleiding, {4, 3, 2}));
    for (int i = 0; i < 3; ++i) rs.push_back(R(Group::kDocenten, {1, 3, 2}));
    const ScanResult r = Score(ins, rs);
    ASSERT_EQ(r.differences.size(), 1U) << "only statements with a gap of at least 0.5";
    EXPECT_EQ(r.differences[0].statement, 0U);
    EXPECT_EQ(r.differences[0].high_label, "Schoolleiding");
    EXPECT_EQ(r.differences[0].low_label, "Docenten");
    EXPECT_DOUBLE_EQ(r.differences[0].Gap(), 3.0);
}

TEST(ScanScoring, ComparesRoundsAcrossInstrumentVersionsByCode) {
    const Instrument v1 = Parse(kText);
    std::string text2(kText);
    text2.replace(text2.find("- visie-2"), 9, "- visie-3");  // visie-2 replaced by visie-3
    const Instrument v2 = Parse(text2);
    // Each response three times: figures rest on at least three answers.
    std::vector<ScanResponse> before, after;
    for (int i = 0; i < 3; ++i) {
        before.push_back(R(Group::kDocenten, {1, 4, 2}));
        before.push_back(R(Group::kDocenten, {3, 4, 2}));
        after.push_back(R(Group::kDocenten, {3, 1, 4}));
        after.push_back(R(Group::kDocenten, {4, 1, 0}));
    }
    const Comparison c = CompareRounds(v2, Score(v2, after), v1, Score(v1, before));
    EXPECT_DOUBLE_EQ(*c.statements[0].Delta(), 50.0);  // visie-1: 50% -> 100%
    EXPECT_FALSE(c.statements[1].before) << "visie-3 is new in this version";
    EXPECT_DOUBLE_EQ(*c.statements[1].after, 0.0);
    EXPECT_DOUBLE_EQ(*c.statements[2].Delta(), 100.0);  // gesprek-1: 0% -> 100%
    EXPECT_DOUBLE_EQ(*c.themes[0].before, 75.0);        // visie in v1: 1,4,3,4
    EXPECT_DOUBLE_EQ(*c.themes[0].after, 50.0);         // visie in v2: 3,1,4,1
}

TEST(ScanScoring, PeerMeansNeedFiveSchoolsAndCountEachSchoolOnce) {
    const Instrument ins = Parse(kText);
    auto round = [](int64_t school, int realised, int rated) {
        Tally t;
        for (int i = 0; i < rated; ++i) t.Add(i < realised ? 4 : 1);
        return PeerRound{school, {{"visie", t}}};
    };
    std::vector<PeerRound> rounds = {round(1, 1, 2), round(2, 1, 1), round(3, 0, 1), round(4, 1, 4),
                                     round(1, 0, 9)};
    EXPECT_EQ(PeerSchoolCount(rounds), 4);
    EXPECT_FALSE(PeerMeans(ins, rounds)[0].percent) << "four schools are not enough";
    rounds.push_back(round(5, 3, 4));
    const auto means = PeerMeans(ins, rounds);
    EXPECT_EQ(means[0].schools, 5);
    // 50, 100, 0, 25, 75 (school 1's older round is skipped) -> 50.
    EXPECT_DOUBLE_EQ(*means[0].percent, 50.0);
    EXPECT_FALSE(means[1].percent) << "no school rated the gesprek theme";
    EXPECT_EQ(means[1].schools, 0);
}

}  // namespace
}  // namespace koers::core
