// The nieuwsbrief's rules: interests match where a sector and a theme are shared and an empty
// choice means everything; a subscription takes only known sectors and themes and an address on
// one line; an issue is limited in subject, intro and items; the mail holds only the reader's
// items under their headings, and the links to their preferences and to unsubscribe.
#include "modules/newsletter/core/newsletter.hpp"

#include <gtest/gtest.h>

namespace koers::core {
namespace {

const std::vector<std::string> kThemes = {"loopbaangesprek", "kwaliteitsborging"};

IssueItem Item(std::string kind, std::string title, std::vector<std::string> sectors,
               std::vector<std::string> themes) {
    return {std::move(kind), std::move(title),   "Samenvatting.",
            "/nieuws/x",     std::move(sectors), std::move(themes)};
}

TEST(NewsletterInterests, ASharedSectorAndThemeOrAnEmptyChoiceMatch) {
    const IssueItem vo_talks = Item("nieuws", "A", {"vo"}, {"loopbaangesprek"});
    EXPECT_TRUE(Interested({}, vo_talks)) << "no choice: everything";
    EXPECT_TRUE(Interested({{"vo", "mbo"}, {}}, vo_talks));
    EXPECT_FALSE(Interested({{"hbo"}, {}}, vo_talks));
    EXPECT_FALSE(Interested({{"vo"}, {"kwaliteitsborging"}}, vo_talks)) << "sector and theme";
    EXPECT_TRUE(Interested({{"hbo"}, {"kwaliteitsborging"}}, Item("nieuws", "B", {}, {})))
        << "an item for everyone";
    const std::vector<IssueItem> items = {vo_talks, Item("bijeenkomst", "C", {"hbo"}, {})};
    const auto mine = ItemsFor({{"hbo"}, {}}, items);
    ASSERT_EQ(mine.size(), 1u);
    EXPECT_EQ(mine[0]->title, "C");
}

TEST(NewsletterInterests, WordsRoundTrip) {
    EXPECT_EQ(JoinWords({"vo", "mbo"}), "vo mbo");
    EXPECT_EQ(SplitWords("vo  mbo "), (std::vector<std::string>{"vo", "mbo"}));
    EXPECT_TRUE(SplitWords("").empty());
}

TEST(NewsletterSubscription, OnlyKnownChoicesAndAnAddressOnOneLine) {
    Validation v;
    auto s = ValidateSubscription(
        {" Sanne@School.NL ", "Sanne", {"mbo", "vo", "vo"}, {"kwaliteitsborging"}}, kThemes, v);
    ASSERT_TRUE(s) << v.errors().front().message;
    EXPECT_EQ(s->email, "sanne@school.nl");
    EXPECT_EQ(s->interests.sectors, (std::vector<std::string>{"vo", "mbo"})) << "once, in order";
    for (const SubscribeForm& bad : {SubscribeForm{"geen-adres", "", {}, {}},
                                     SubscribeForm{"a@school.nl\r\nBcc: x@y.nl", "", {}, {}},
                                     SubscribeForm{"a@school.nl", "Naam\r\nBcc: x@y.nl", {}, {}},
                                     SubscribeForm{"a@school.nl", std::string(121, 'x'), {}, {}},
                                     SubscribeForm{"a@school.nl", "", {"wo"}, {}},
                                     SubscribeForm{"a@school.nl", "", {}, {"../thema"}}}) {
        Validation bad_v;
        EXPECT_FALSE(ValidateSubscription(bad, kThemes, bad_v)) << bad.email << bad.name;
        EXPECT_FALSE(bad_v.ok());
    }
}

TEST(NewsletterIssue, SubjectIntroAndItemsAreLimited) {
    Validation v;
    EXPECT_TRUE(ValidateIssue("Nieuwsbrief december", "", 3, v));
    for (auto [subject, items] : {std::pair<std::string, size_t>{"", 1},
                                  {"Regel\nnog een", 1},
                                  {std::string(kMaxIssueSubject + 1, 'x'), 1},
                                  {"Goed", 0},
                                  {"Goed", kMaxIssueItems + 1}}) {
        Validation bad;
        EXPECT_FALSE(ValidateIssue(subject, "", items, bad)) << subject << " " << items;
    }
}

TEST(NewsletterMail, OnlyTheReadersItemsUnderTheirHeadingsWithTheirLinks) {
    const std::vector<IssueItem> items = {Item("bijeenkomst", "Netwerkdag", {}, {}),
                                          Item("nieuws", "Nieuw mbo-bericht", {"mbo"}, {}),
                                          Item("kennisbank", "Het loopbaangesprek", {}, {})};
    const MailLinks links{"https://koers.example", "https://koers.example/v/abc",
                          "https://koers.example/a/abc"};
    const std::string m = IssueMail({"December", "Welkom bij de nieuwsbrief."}, "Sanne",
                                    ItemsFor({{"vo"}, {}}, items), links);
    EXPECT_EQ(m.rfind("Beste Sanne,\n\nWelkom bij de nieuwsbrief.\n\n", 0), 0u);
    EXPECT_EQ(m.find("Nieuw mbo-bericht"), std::string::npos) << "not for a vo reader";
    const size_t knowledge = m.find("Uit de kennisbank\n=================");
    const size_t agenda = m.find("In de agenda\n============");
    ASSERT_NE(knowledge, std::string::npos);
    ASSERT_NE(agenda, std::string::npos);
    EXPECT_LT(knowledge, agenda) << "headings in a fixed order, whatever the items' order";
    EXPECT_NE(m.find("https://koers.example/nieuws/x\n"), std::string::npos);
    EXPECT_NE(m.find("Afmelden: https://koers.example/a/abc\n"), std::string::npos);
    EXPECT_NE(m.find("Uw voorkeuren wijzigen: https://koers.example/v/abc\n"), std::string::npos);
    EXPECT_TRUE(IssueMail({"December", ""}, "", {}, links).empty()) << "nothing for them";
    EXPECT_EQ(IssueMail({"D", ""}, "", ItemsFor({}, items), links).rfind("Beste lezer,", 0), 0u);
}

}  // namespace
}  // namespace koers::core
