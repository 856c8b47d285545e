// The opdrachtenbank's rules: what an assignment must have, its steps as a teacher types them,
// and filtering by facets, where a chosen facet keeps its other values choosable.
#include <gtest/gtest.h>

#include "modules/curriculum/core/activity.hpp"
#include "modules/curriculum/core/assignment.hpp"
#include "modules/curriculum/core/bank.hpp"

namespace koers::core {
namespace {

Fields Assignment(std::string sectors, std::string years, std::string competencies) {
    return {{"titel", "Meeloopdag"},         {"wat", "Loop een dag mee."},
            {"stappen", "Kies\nGa"},         {"sectoren", std::move(sectors)},
            {"leerjaren", std::move(years)}, {"competenties", std::move(competencies)},
            {"elementen", "ervaren"}};
}

TEST(Assignment, NeedsATitleStepsACompetencyAndAnElement) {
    EXPECT_TRUE(CheckAssignment(Assignment("vo", "3", "werkexploratie")).ok());
    Fields none = Assignment("vo", "3", "");
    none.erase("elementen");
    none.erase("titel");
    const Validation v = CheckAssignment(none);
    EXPECT_EQ(v.For("competenties"), "Kies minstens één loopbaancompetentie.");
    EXPECT_EQ(v.For("elementen"), "Kies minstens één van ervaren, reflecteren en kiezen.");
    EXPECT_NE(v.For("titel"), "");
    Fields odd = Assignment("vo", "3", "werkexploratie");
    odd["leerjaren"] = "7";  // not offered
    EXPECT_NE(CheckAssignment(odd).For("leerjaren"), "");
}

TEST(Assignment, StepsLoseTheirNumbersAndEmptyLines) {
    EXPECT_EQ(
        AssignmentSteps("1. Kies een beroep\n\n2) Zoek iemand op\r\n  Vraag door  \n10.Schrijf"),
        (std::vector<std::string>{"Kies een beroep", "Zoek iemand op", "Vraag door", "Schrijf"}));
    EXPECT_EQ(AssignmentSteps("2025 was een goed jaar"),
              (std::vector<std::string>{"2025 was een goed jaar"}));
    EXPECT_TRUE(AssignmentSteps("\n \n").empty());
}

TEST(Assignment, LicencesAreKnownByCode) {
    ASSERT_NE(LicenceOf("cc-by"), nullptr);
    EXPECT_EQ(LicenceOf("cc-by")->label, "CC BY 4.0");
    EXPECT_EQ(LicenceOf("alle-rechten"), nullptr);
}

TEST(Assignment, ACopyIsSharedOnTheTermsOfItsOriginal) {
    for (const char* licence : {"cc-by", "cc-by-sa", "cc-by-nc"}) {
        EXPECT_TRUE(LicenceAllowed("", licence)) << "its own: any licence";
        EXPECT_TRUE(LicenceAllowed("cc-by", licence)) << "BY asks only for the name";
    }
    EXPECT_TRUE(LicenceAllowed("cc-by-sa", "cc-by-sa"));
    EXPECT_FALSE(LicenceAllowed("cc-by-sa", "cc-by")) << "share-alike";
    EXPECT_FALSE(LicenceAllowed("cc-by-sa", "cc-by-nc"));
    EXPECT_TRUE(LicenceAllowed("cc-by-nc", "cc-by-nc"));
    EXPECT_FALSE(LicenceAllowed("cc-by-nc", "cc-by")) << "non-commercial stays so";
    EXPECT_FALSE(LicenceAllowed("", "alle-rechten"));
}

std::vector<BankEntry> Entries() {
    return {BankEntryOf(Assignment("vo", "1,2", "kwaliteiten")),
            BankEntryOf(Assignment("vo", "3", "werkexploratie,netwerken")),
            BankEntryOf(Assignment("mbo", "1", "werkexploratie")),
            BankEntryOf(Assignment("vo,mbo", "3", "motieven"))};
}

const BankFacetValue* ValueOf(const BankSelection& s, std::string_view field,
                              std::string_view code) {
    for (const auto& facet : s.facets)
        if (facet.field == field)
            for (const auto& v : facet.values)
                if (v.code == code) return &v;
    return nullptr;
}

TEST(Bank, AChosenFacetKeepsItsOtherValuesWithTheirCounts) {
    const auto entries = Entries();
    const std::vector<std::pair<std::string, std::string>> query = {{"sectoren", "vo"},
                                                                    {"leerjaren", "3"}};
    const BankFilter filter = ReadBankFilter(query);
    const BankSelection s = SelectFromBank(entries, filter);
    EXPECT_EQ(s.matching, (std::vector<size_t>{1, 3}));
    // Sector counts over leerjaar 3 only: vo in both, mbo in the last.
    ASSERT_NE(ValueOf(s, "sectoren", "mbo"), nullptr);
    EXPECT_EQ(ValueOf(s, "sectoren", "mbo")->count, 1u);
    EXPECT_EQ(ValueOf(s, "sectoren", "vo")->count, 2u);
    EXPECT_TRUE(ValueOf(s, "sectoren", "vo")->chosen);
    // Leerjaar counts over vo only: 1 and 2 from the first, 3 from two.
    EXPECT_EQ(ValueOf(s, "leerjaren", "1")->count, 1u);
    EXPECT_EQ(ValueOf(s, "leerjaren", "3")->count, 2u);
    // Competencies over what matches both.
    EXPECT_EQ(ValueOf(s, "competenties", "kwaliteiten"), nullptr);
    EXPECT_EQ(ValueOf(s, "competenties", "werkexploratie")->count, 1u);
}

TEST(Bank, UnknownCodesAndFieldsAreIgnoredAndAChosenValueNoOneHasStaysShown) {
    const auto entries = Entries();
    const std::vector<std::pair<std::string, std::string>> junk = {
        {"sectoren", "wo"}, {"kleur", "rood"}, {"leerjaren", "1'; DROP"}};
    EXPECT_FALSE(ReadBankFilter(junk).any());
    EXPECT_EQ(SelectFromBank(entries, ReadBankFilter(junk)).matching.size(), 4u);
    const std::vector<std::pair<std::string, std::string>> six = {{"leerjaren", "6"}};
    const BankSelection s = SelectFromBank(entries, ReadBankFilter(six));
    EXPECT_TRUE(s.matching.empty());
    ASSERT_NE(ValueOf(s, "leerjaren", "6"), nullptr);
    EXPECT_EQ(ValueOf(s, "leerjaren", "6")->count, 0u);
}

TEST(Activity, NeedsAPlaceACompetencyAndAnElement) {
    const Fields ok = {{"titel", "Beroepenmarkt"}, {"leerjaar", "3"},
                       {"periode", "2"},           {"competenties", "werkexploratie,netwerken"},
                       {"elementen", "ervaren"},   {"fase", "bestaand"}};
    EXPECT_TRUE(CheckActivity(ok).ok());
    Fields bad = ok;
    bad["periode"] = "5";  // a year has four
    bad.erase("competenties");
    bad.erase("fase");
    const Validation v = CheckActivity(bad);
    EXPECT_NE(v.For("periode"), "");
    EXPECT_EQ(v.For("competenties"), "Kies minstens één loopbaancompetentie.");
    EXPECT_NE(v.For("fase"), "");
    const Placement p = PlacementOf(ok);
    EXPECT_EQ(p.leerjaar, 3);
    EXPECT_EQ(p.periode, 2);
    EXPECT_EQ(p.competencies, 0b10100);  // werkexploratie (2) and netwerken (4)
    EXPECT_EQ(p.elements, 0b001);
    EXPECT_EQ(CompetencyCodes(p.competencies), "werkexploratie,netwerken");
    EXPECT_EQ(ElementCodes(0b110), "reflecteren,kiezen");
    EXPECT_EQ(PlacementOf({{"leerjaar", "7"}, {"periode", "0"}}).leerjaar, 0);
}

TEST(Activity, CoverageCountsEachCompetencyAndElementOfItsYearAndShowsTheGaps) {
    const std::vector<Placement> plan = {
        {1, 1, 0b00001, 0b011},  // kwaliteiten: ervaren, reflecteren
        {1, 3, 0b00011, 0b001},  // kwaliteiten and motieven: ervaren
        {2, 1, 0b10000, 0b100},  // netwerken: kiezen
        {0, 1, 0b11111, 0b111},  // no year: counts nowhere
    };
    const Coverage c = CoverageOf(plan);
    EXPECT_EQ(c.Count(1, 0, 0), 2);
    EXPECT_EQ(c.Count(1, 0, 1), 1);
    EXPECT_EQ(c.Count(1, 1, 0), 1);
    EXPECT_EQ(c.Count(1, 0, 2), 0);
    EXPECT_EQ(c.Count(2, 4, 2), 1);
    EXPECT_EQ(c.Gaps(1), 15 - 3);
    EXPECT_EQ(c.Gaps(2), 14);
    EXPECT_EQ(c.Gaps(6), 15);
    Coverage grouped;  // the same, as counted per placement in SQL
    grouped.Add({1, 0, 0b00001, 0b011});
    grouped.Add({1, 0, 0b00011, 0b001});
    grouped.Add({2, 0, 0b10000, 0b100}, 1);
    grouped.Add({2, 0, 0b10000, 0b100}, 2);
    EXPECT_EQ(grouped.Count(1, 0, 0), 2);
    EXPECT_EQ(grouped.Count(2, 4, 2), 3);
}

TEST(Activity, ASpanAddsUpItsLeerjarenOnly) {
    Coverage c;
    c.Add({3, 1, 0b00001, 0b001});
    c.Add({4, 2, 0b00011, 0b001}, 2);
    c.Add({5, 1, 0b00001, 0b001});
    const auto span = c.Span(3, 4);
    EXPECT_EQ(span[0][0], 3);
    EXPECT_EQ(span[1][0], 2);
    EXPECT_EQ(span[0][1], 0);
    EXPECT_EQ(c.Span(0, 9)[0][0], 4) << "outside 1-6 left out, not read";
    EXPECT_EQ(c.Span(5, 4)[0][0], 0);
}

}  // namespace
}  // namespace koers::core
