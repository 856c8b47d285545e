// What a student shares with their parents: from 16 a parent sees only the entries the student
// chose to share, each logged as a look; the student stops sharing at any time, a gesprek is not
// theirs to share, and nobody else shares for them.
#include <gtest/gtest.h>

#include "modules/dossier/web/dossier_pages_test_support.hpp"

namespace koers::web {
namespace {

using dossier_testing::Contains;
using dossier_testing::DossierPages;
using testing::Browser;

TEST_F(DossierPages, AStudentOf16SharesAnEntryWithTheirParentsAndStopsSharingIt) {
    // Lotte is 16; the demo parent is hers.
    const auto entry = dossiers().Entries(own).back();
    const std::string path = base + "/" + std::to_string(entry.id);
    const std::string parents =
        base.substr(0, base.size() - std::string("/dossier").size()) + "/ouders";
    Browser parent(app);
    ASSERT_TRUE(parent.SignIn("ouder@demo.koers.nl"));
    auto res = parent.Get(parents);
    EXPECT_TRUE(
        Contains(res.body, "Uw kind heeft nog niets uit het loopbaandossier met u gedeeld."));
    const std::string text = core::EntryTitle(entry.kind, entry.fields);
    EXPECT_FALSE(Contains(res.body, text));
    EXPECT_TRUE(dossiers().Looks(own, 10).empty()) << "nothing shown, nothing logged";

    res = student.Get(path);
    EXPECT_TRUE(Contains(res.body, "Laat mijn ouders dit lezen"));
    ASSERT_EQ(student.Post(path + "/ouders", {{"delen", "ja"}}).status, 303);
    EXPECT_TRUE(Contains(student.Get(base).body, "gedeeld met je ouders"));
    res = parent.Get(parents);
    EXPECT_TRUE(Contains(res.body, text));
    ASSERT_EQ(dossiers().Looks(own, 10).size(), 1u);
    EXPECT_EQ(dossiers().Looks(own, 10)[0].what, "wat met ouders is gedeeld");

    ASSERT_EQ(student.Post(path + "/ouders", {{"delen", "nee"}}).status, 303);
    EXPECT_FALSE(Contains(parent.Get(parents).body, text));
    EXPECT_EQ(student.Post(path + "/ouders", {{"delen", "misschien"}}).status, 400);

    // Nobody shares for the student; a gesprek is the mentor's record, not theirs to share.
    Browser mentor(app);
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    EXPECT_EQ(mentor.Post(path + "/ouders", {{"delen", "ja"}}).status, 403);
    EXPECT_EQ(parent.Post(path + "/ouders", {{"delen", "ja"}}).status, 403);
    const int64_t talk = dossiers().Add(own, core::EntryKind::kGesprek, {{"datum", "2026-11-20"}},
                                        {std::nullopt, "Mohamed Mentor"}, app.clock().Now());
    EXPECT_EQ(student.Post(base + "/" + std::to_string(talk) + "/ouders", {{"delen", "ja"}}).status,
              403);
    EXPECT_TRUE(dossiers().SharedWithParents(own).empty());
}

TEST_F(DossierPages, UnderSixteenTheSummaryAndWhatIsSharedAreOneLookAtOneRead) {
    int64_t younger = 0;
    for (const auto& s : app.services().students.ChildrenAt(
             app.services().users.ByEmail("ouder@demo.koers.nl")->id, school))
        if (s.id != own) younger = s.id;
    ASSERT_GT(younger, 0);
    const int64_t entry = dossiers().Add(younger, core::EntryKind::kKeuze,
                                         {{"soort", "doel"}, {"titel", "Mijn eigen doel"}},
                                         {std::nullopt, "Kind"}, app.clock().Now());
    ASSERT_TRUE(dossiers().ShareWithParents(younger, entry, true, app.clock().Now()));
    Browser parent(app);
    ASSERT_TRUE(parent.SignIn("ouder@demo.koers.nl"));
    const auto res = parent.Get("/scholen/" + std::to_string(school) + "/leerlingen/" +
                                std::to_string(younger) + "/ouders");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Mijn eigen doel"));
    EXPECT_TRUE(Contains(res.body, "Het dossier in één oogopslag"));
    const auto looks = dossiers().Looks(younger, 10);
    ASSERT_EQ(looks.size(), 1u) << "one page, one look";
    EXPECT_EQ(looks[0].what, "de samenvatting voor ouders en wat met ouders is gedeeld");
}

}  // namespace
}  // namespace koers::web
