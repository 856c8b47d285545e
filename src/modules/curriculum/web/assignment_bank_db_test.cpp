// The opdrachtenbank in memory, on the demo bank and both databases: what teachers type finds
// what it must; a private assignment is found by its own school only, and no count on any facet
// gives it away to another school or the public; a save by another koers process is seen within
// a second.
#include <gtest/gtest.h>

#include <algorithm>

#include "modules/curriculum/web/curriculum_parts.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::TestApp;

std::vector<std::string> Titles(const BankPage& page) {
    std::vector<std::string> out;
    for (const auto& c : page.cards) out.push_back(c.title);
    return out;
}

BankPage Search(AssignmentBank& bank, const std::string& words, std::optional<int64_t> school,
                const std::vector<std::pair<std::string, std::string>>& facets = {}) {
    BankQuery q;
    q.words = words;
    q.school = school;
    q.filter = core::ReadBankFilter(facets);
    q.limit = 100;
    return bank.Search(q);
}

const core::BankFacetValue* ValueOf(const BankPage& page, std::string_view field,
                                    std::string_view code) {
    for (const auto& facet : page.facets)
        if (facet.field == field)
            for (const auto& v : facet.values)
                if (v.code == code) return &v;
    return nullptr;
}

class AssignmentBankDb : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        app_ = std::make_unique<TestApp>(GetParam());
        if (!app_->available()) GTEST_SKIP() << "geen PostgreSQL-testcluster";
    }
    AssignmentBank& bank() { return CurriculumOf(app_->services()).bank; }
    std::unique_ptr<TestApp> app_;
};

TEST_P(AssignmentBankDb, WhatTeachersTypeFindsWhatItMust) {
    struct Case {
        const char* words;
        const char* first;  // the title that must come first
    };
    const Case cases[] = {
        {"meelopen", "Een dag meelopen met een beroep"},
        {"loopbaangesprek", "Loopbaangesprek met je slb'er"},
        {"\"open dag\"", "Open dag bezoeken met een plan"},
        {"cv", "Je cv en je LinkedIn-profiel"},
        {"profielkeuze", "Het profielkeuzegesprek thuis"},
        {"minor", "Een minor kiezen met een plan"},
        {"keuzematrix", "Kiezen met een keuzematrix"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.words);
        const auto titles = Titles(Search(bank(), c.words, std::nullopt));
        ASSERT_FALSE(titles.empty());
        EXPECT_EQ(titles.front(), c.first) << ::testing::PrintToString(titles);
    }
    // A word finds its compounds: "gesprek" finds the loopbaangesprek and the profielkeuzegesprek.
    const auto talks = Titles(Search(bank(), "gesprek", std::nullopt));
    for (const char* title : {"Loopbaangesprek met je slb'er", "Het profielkeuzegesprek thuis"})
        EXPECT_NE(std::find(talks.begin(), talks.end(), title), talks.end()) << title;
    // Every word must match; -word leaves out.
    EXPECT_TRUE(Search(bank(), "stage zeppelin", std::nullopt).cards.empty());
    const auto no_hbo = Titles(Search(bank(), "meeloopdag -hbo", std::nullopt));
    EXPECT_EQ(std::find(no_hbo.begin(), no_hbo.end(), "Meeloopdag in het hbo"), no_hbo.end());
}

TEST_P(AssignmentBankDb, APrivateAssignmentIsFoundByItsOwnSchoolAndCountedForNoOneElse) {
    const int64_t linden = app_->SchoolId("14LD"), veldzicht = app_->SchoolId("21VZ");
    const std::string secret = "Werkplekleren in de praktijkvakken";  // De Linden's, private
    auto has = [&](const BankPage& p) {
        const auto t = Titles(p);
        return std::find(t.begin(), t.end(), secret) != t.end();
    };
    EXPECT_TRUE(has(Search(bank(), "werkplekleren", linden)));
    EXPECT_FALSE(has(Search(bank(), "werkplekleren", veldzicht)));
    EXPECT_FALSE(has(Search(bank(), "werkplekleren", std::nullopt)));
    EXPECT_FALSE(has(Search(bank(), "", veldzicht)));
    // The insider's way: a facet value only the private assignment has. Its school sees it
    // counted; another school and the public see no such value at all, with or without words.
    const auto own = Search(bank(), "", linden);
    ASSERT_NE(ValueOf(own, "werkvorm", "stage"), nullptr);
    EXPECT_EQ(ValueOf(own, "werkvorm", "stage")->count, 1u);
    for (const auto school : {std::optional<int64_t>(veldzicht), std::optional<int64_t>()}) {
        EXPECT_EQ(ValueOf(Search(bank(), "", school), "werkvorm", "stage"), nullptr);
        EXPECT_EQ(ValueOf(Search(bank(), "logboek", school), "werkvorm", "stage"), nullptr);
        const auto chosen = Search(bank(), "", school, {{"werkvorm", "stage"}});
        EXPECT_EQ(chosen.total, 0u);
        EXPECT_EQ(ValueOf(chosen, "werkvorm", "stage")->count, 0u) << "chosen, counted zero";
    }
    // Totals over the whole bank differ between the schools by their own private ones only.
    const size_t shared = Search(bank(), "", std::nullopt).total;
    size_t veldzicht_private = 0, linden_private = 0;
    for (const auto& c : Search(bank(), "", veldzicht).cards) veldzicht_private += !c.shared;
    for (const auto& c : Search(bank(), "", linden).cards) linden_private += !c.shared;
    EXPECT_EQ(Search(bank(), "", veldzicht).total, shared + veldzicht_private);
    EXPECT_EQ(Search(bank(), "", linden).total, shared + linden_private);
    EXPECT_GE(shared, 30u);
}

TEST_P(AssignmentBankDb, ASaveByAnotherProcessIsSeenWithinASecond) {
    const int64_t veldzicht = app_->SchoolId("21VZ");
    // The other process: its own repository on the same database.
    storage::AssignmentRepo other(app_->db());
    const core::Fields fields = {{"titel", "Luchtschipvaart als beroep"},
                                 {"wat", "Een zeppelinbouwer vertelt."},
                                 {"stappen", "Luister"},
                                 {"competenties", "werkexploratie"},
                                 {"elementen", "ervaren"}};
    app_->clock().Advance(2);
    bank().Search({});  // the bank has just checked
    const int64_t id =
        other.Create(veldzicht, fields, {std::nullopt, "Ander proces"}, app_->clock().Now());
    EXPECT_TRUE(Search(bank(), "zeppelinbouwer", veldzicht).cards.empty()) << "not yet checked";
    app_->clock().Advance(1);
    ASSERT_EQ(Titles(Search(bank(), "zeppelinbouwer", veldzicht)),
              std::vector<std::string>{"Luchtschipvaart als beroep"});
    EXPECT_TRUE(Search(bank(), "zeppelinbouwer", std::nullopt).cards.empty()) << "private";
    ASSERT_TRUE(other.SetShared(veldzicht, id, 1, "cc-by", {std::nullopt, "Ander proces"},
                                app_->clock().Now()));
    app_->clock().Advance(1);
    EXPECT_EQ(Search(bank(), "zeppelinbouwer", std::nullopt).total, 1u);
    ASSERT_TRUE(
        other.Delete(veldzicht, id, 2, {std::nullopt, "Ander proces"}, app_->clock().Now()));
    app_->clock().Advance(1);
    EXPECT_TRUE(Search(bank(), "zeppelinbouwer", veldzicht).cards.empty());
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, AssignmentBankDb, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::web
