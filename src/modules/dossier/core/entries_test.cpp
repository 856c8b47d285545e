#include "modules/dossier/core/entries.hpp"

#include "modules/dossier/core/talks.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace koers::core {
namespace {

TEST(DossierEntries, EachKindBelongsToOneElementAndReadsBackFromItsCode) {
    // The student's first three kinds are one per element, in order; every kind has an element.
    size_t by_student = 0;
    for (const auto& k : EntryKinds()) {
        if (k.by_student && by_student < Elements().size()) {
            EXPECT_EQ(k.element, Elements()[by_student++]);
        }
        EXPECT_NE(std::find(Elements().begin(), Elements().end(), k.element), Elements().end());
        EXPECT_EQ(EntryKindFromCode(k.code), k.kind);
        EXPECT_EQ(&InfoOf(k.kind), &k);
    }
    EXPECT_EQ(by_student, Elements().size());
    EXPECT_FALSE(InfoOf(EntryKind::kGesprek).by_student);
    EXPECT_FALSE(EntryKindFromCode("taak"));
    EXPECT_FALSE(EntryKindFromCode(""));
}

TEST(DossierEntries, AReflectieAsksTheQuestionsOfItsCompetency) {
    const Form kwaliteiten = EntryForm(EntryKind::kReflectie, "kwaliteiten");
    const Form netwerk = EntryForm(EntryKind::kReflectie, "netwerk");
    ASSERT_NE(kwaliteiten.Find("vraag1"), nullptr);
    ASSERT_NE(netwerk.Find("vraag1"), nullptr);
    EXPECT_NE(kwaliteiten.Find("vraag1")->label, netwerk.Find("vraag1")->label);
    EXPECT_NE(netwerk.Find("vraag1")->label.find("Wie"), std::string::npos);
    // An unknown competency gets the first one's questions, never an empty form.
    EXPECT_EQ(EntryForm(EntryKind::kReflectie, "<script>").Find("vraag1")->label,
              kwaliteiten.Find("vraag1")->label);
}

TEST(DossierEntries, AnErvaringRecordsWhatTheLawAsksOfAnActivity) {
    const Form f = EntryForm(EntryKind::kErvaring);
    for (auto name : {"doel", "resultaat", "evaluatie", "vervolgstap"})
        EXPECT_NE(f.Find(name), nullptr) << name;
}

TEST(DossierEntries, ValidationRefusesAChoiceThatIsNotOfferedAndNamesTheField) {
    const Form f = EntryForm(EntryKind::kErvaring);
    Fields fields = Normalise(f, {{"soort", "open-dag"}, {"titel", "Open dag"}});
    EXPECT_TRUE(Validate(f, fields).ok());
    fields["competenties"] = "kwaliteiten,vliegen";
    const auto v = Validate(f, fields);
    ASSERT_FALSE(v.ok());
    fields = Normalise(f, {{"soort", "open-dag"}});
    EXPECT_FALSE(Validate(f, fields).ok());  // no title
}

TEST(DossierEntries, CompetenciesAndTitleOfAnEntry) {
    EXPECT_EQ(CompetenciesOf(EntryKind::kReflectie, {{"competentie", "motieven"}}),
              std::vector<std::string>{"motieven"});
    EXPECT_EQ(CompetenciesOf(EntryKind::kErvaring, {{"competenties", "werk,netwerk"}}),
              (std::vector<std::string>{"werk", "netwerk"}));
    EXPECT_TRUE(CompetenciesOf(EntryKind::kKeuze, {}).empty());
    EXPECT_EQ(EntryTitle(EntryKind::kKeuze, {{"titel", "Verpleegkunde"}}), "Verpleegkunde");
    EXPECT_EQ(EntryTitle(EntryKind::kKeuze, {}), "Keuze of doel");
}

TEST(LoopbaanGesprek, TheLibraryHasQuestionsForEveryPartAndCompetency) {
    EXPECT_GE(TalkQuestions().size(), 40u);
    for (const auto& part : TalkParts())
        for (const auto& c : Competencies()) {
            int n = 0;
            for (const auto& q : TalkQuestions())
                n += q.part == part.code && q.competency == c.code ? 1 : 0;
            EXPECT_GE(n, 2) << part.code << " " << c.code;
        }
}

TEST(LoopbaanGesprek, AgreedActionsAreTheLinesOfTheActionField) {
    EXPECT_EQ(
        TalkActions({{"actie", "- Open dag ROC bezoeken\n\n  * Oom bellen over zijn werk  \n"}}),
        (std::vector<std::string>{"Open dag ROC bezoeken", "Oom bellen over zijn werk"}));
    EXPECT_TRUE(TalkActions({}).empty());
    EXPECT_EQ(EntryTitle(EntryKind::kGesprek, {{"datum", "2026-11-30"}}),
              "Loopbaangesprek van 30 november 2026");
    EXPECT_NE(EntryForm(EntryKind::kGesprek).Find("vooruitblik"), nullptr);
}

}  // namespace
}  // namespace koers::core

#include "modules/dossier/core/parents.hpp"

namespace koers::core {
namespace {

TEST(ParentRules, TheBirthDateDecidesWhatAParentSees) {
    EXPECT_EQ(AgeOn("2010-12-01", "2026-11-30"), 15);
    EXPECT_EQ(AgeOn("2010-11-30", "2026-11-30"), 16);  // the birthday itself counts
    EXPECT_EQ(AgeOn("2010-03-14", "2026-11-30"), 16);
    EXPECT_FALSE(AgeOn("2030-01-01", "2026-11-30"));
    EXPECT_FALSE(AgeOn("14-03-2010", "2026-11-30"));
    EXPECT_EQ(ParentRuleFor(15), ParentRule::kSummary);
    EXPECT_EQ(ParentRuleFor(16), ParentRule::kWhatIsShared);
    EXPECT_EQ(ParentRuleFor(17), ParentRule::kWhatIsShared);
    EXPECT_EQ(ParentRuleFor(18), ParentRule::kStudentDecides);
    EXPECT_NE(ParentRuleReason(ParentRule::kSummary).find("jonger dan 16"), std::string::npos);
}

}  // namespace
}  // namespace koers::core

#include "modules/dossier/core/self_assessment.hpp"

namespace koers::core {
namespace {

TEST(SelfAssessment, AZelfbeeldScoresEachCompetencyOnFourSteps) {
    const Form form = EntryForm(EntryKind::kZelfbeeld);
    for (const auto& c : Competencies()) {
        const auto* field = form.Find(c.code);
        ASSERT_NE(field, nullptr) << c.code;
        EXPECT_TRUE(field->required);
        EXPECT_EQ(field->options.size(), 4U);
    }
    Fields fields = {{"datum", "2026-12-01"}, {"kwaliteiten", "3"}, {"motieven", "2"},
                     {"werk", "1"},           {"sturing", "4"},     {"netwerk", "2"}};
    EXPECT_TRUE(Validate(form, fields).ok());
    EXPECT_EQ(ScoreOf(fields, "sturing"), 4);
    fields["werk"] = "5";
    EXPECT_FALSE(Validate(form, fields).ok()) << "only the four steps";
    EXPECT_FALSE(ScoreOf(fields, "werk"));
    EXPECT_FALSE(ScoreOf(fields, "onbekend"));
    // It is about no competency in particular, so the glance does not count it.
    EXPECT_TRUE(CompetenciesOf(EntryKind::kZelfbeeld, fields).empty());
    EXPECT_EQ(EntryTitle(EntryKind::kZelfbeeld, fields), "Zelfbeeld van 1 december 2026");
    EXPECT_TRUE(InfoOf(EntryKind::kZelfbeeld).by_student);
}

}  // namespace
}  // namespace koers::core
