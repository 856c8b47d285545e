#include "modules/dossier/core/entries.hpp"

#include <gtest/gtest.h>

namespace koers::core {
namespace {

TEST(DossierEntries, EachKindBelongsToOneElementAndReadsBackFromItsCode) {
    ASSERT_EQ(EntryKinds().size(), Elements().size());
    for (size_t i = 0; i < EntryKinds().size(); ++i) {
        const auto& k = EntryKinds()[i];
        EXPECT_EQ(k.element, Elements()[i]);
        EXPECT_EQ(EntryKindFromCode(k.code), k.kind);
        EXPECT_EQ(&InfoOf(k.kind), &k);
    }
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

}  // namespace
}  // namespace koers::core
