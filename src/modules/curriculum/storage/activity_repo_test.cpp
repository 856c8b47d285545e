// The curriculumplanner's storage on both databases: the columns the planner reads follow the
// fields at every save, another school's id changes nothing, a stale save writes nothing, and the
// bank's assignment an activity came from is kept.
#include "modules/curriculum/storage/activity_repo.hpp"

#include <gtest/gtest.h>

#include "modules/curriculum/storage/assignment_repo.hpp"
#include "platform/storage/org_repo.hpp"
#include "support/test_db.hpp"

namespace koers::storage {
namespace {

class ActivityStorage : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        db_ = testing::NewTestDatabase(GetParam());
        if (!db_) GTEST_SKIP() << "geen PostgreSQL-testcluster";
        OrgRepo orgs(*db_);
        const int64_t region = orgs.AddRegion("Regio Test", 1);
        for (const auto& [name, brin] :
             {std::pair{"Eerste school", "91AA"}, std::pair{"Tweede school", "92BB"}}) {
            SchoolRecord s;
            s.name = name;
            s.brin = brin;
            s.sector = "vo";
            s.region_id = region;
            schools_.push_back(orgs.AddSchool(s, 1));
        }
        repo_ = std::make_unique<ActivityRepo>(*db_);
    }
    static core::Fields Activity(const std::string& title, const std::string& year,
                                 const std::string& period) {
        return {{"titel", title},
                {"leerjaar", year},
                {"periode", period},
                {"competenties", "kwaliteiten,netwerken"},
                {"elementen", "reflecteren"},
                {"fase", "bestaand"}};
    }
    std::unique_ptr<Database> db_;
    std::unique_ptr<ActivityRepo> repo_;
    std::vector<int64_t> schools_;
    const Author by_{std::nullopt, "Decaan"};
};

TEST_P(ActivityStorage, ThePlanFollowsTheFieldsAtEverySaveAndIsTheSchoolsAlone) {
    const int64_t first = schools_[0], second = schools_[1];
    AssignmentRepo bank(*db_);
    const int64_t assignment = bank.Create(first,
                                           {{"titel", "Meeloopdag"},
                                            {"wat", "Loop mee."},
                                            {"stappen", "Ga"},
                                            {"competenties", "werkexploratie"},
                                            {"elementen", "ervaren"}},
                                           by_, 5);
    const int64_t late =
        repo_->Create(first, Activity("Profielkeuze", "3", "4"), std::nullopt, by_, 10);
    const int64_t early =
        repo_->Create(first, Activity("Kennismaken", "1", "1"), assignment, by_, 11);
    repo_->Create(second, Activity("Elders", "1", "1"), std::nullopt, by_, 12);

    auto plan = repo_->Plan(first);
    ASSERT_EQ(plan.size(), 2U);
    EXPECT_EQ(plan[0].id, early) << "by leerjaar and periode";
    EXPECT_EQ(plan[0].title, "Kennismaken");
    EXPECT_EQ(plan[0].assignment_id, assignment);
    EXPECT_EQ(plan[0].place.competencies, 0b10001);
    EXPECT_EQ(plan[0].place.elements, 0b010);
    EXPECT_EQ(plan[0].fase, "bestaand");
    EXPECT_FALSE(plan[0].evaluated);
    EXPECT_EQ(plan[1].id, late);

    EXPECT_FALSE(repo_->Update(second, early, 1, Activity("Overgenomen", "2", "2"), by_, 13));
    EXPECT_FALSE(repo_->Delete(second, early, 1, by_, 13));
    EXPECT_FALSE(repo_->Find(second, early));

    auto moved = Activity("Kennismaken", "2", "3");
    moved["fase"] = "gepland";
    moved["elementen"] = "ervaren,kiezen";
    moved["oordeel"] = "aanpassen";
    ASSERT_TRUE(repo_->Update(first, early, 1, moved, by_, 14));
    EXPECT_FALSE(repo_->Update(first, early, 1, Activity("Oud", "1", "1"), by_, 15)) << "stale";
    plan = repo_->Plan(first);
    ASSERT_EQ(plan.size(), 2U);
    EXPECT_EQ(plan[0].id, early);
    EXPECT_EQ(plan[0].place.leerjaar, 2);
    EXPECT_EQ(plan[0].place.periode, 3);
    EXPECT_EQ(plan[0].place.elements, 0b101);
    EXPECT_EQ(plan[0].fase, "gepland");
    EXPECT_TRUE(plan[0].evaluated);
    EXPECT_EQ(repo_->Find(first, early)->version, 2);

    ASSERT_TRUE(repo_->Delete(first, late, 1, by_, 16));
    EXPECT_EQ(repo_->Plan(first).size(), 1U);
    EXPECT_EQ(repo_->CountOf(first), 1);
    repo_->Create(first, moved, std::nullopt, by_, 17);  // the same placement twice
    const auto counts = repo_->PlacementCounts(first);
    ASSERT_EQ(counts.size(), 1U);
    EXPECT_EQ(counts[0].first.leerjaar, 2);
    EXPECT_EQ(counts[0].first.elements, 0b101);
    EXPECT_EQ(counts[0].second, 2);
    EXPECT_EQ(repo_->History(first, early).size(), 2U);
    EXPECT_TRUE(repo_->History(second, early).empty());
}

TEST_P(ActivityStorage, ALeerlijnHoldsItsOwnAndTheWholeSchoolsActivities) {
    const int64_t first = schools_[0], second = schools_[1];
    auto with_line = [](std::string title, std::string line) {
        core::Fields f = Activity(title, "4", "1");
        if (!line.empty()) f["leerlijn"] = line;
        return f;
    };
    repo_->Create(first, with_line("Voor iedereen", ""), std::nullopt, by_, 1);
    repo_->Create(first, with_line("Meeloopdag mbo", "vmbo"), std::nullopt, by_, 1);
    const int64_t moved =
        repo_->Create(first, with_line("Open dag hbo", "havo/vwo"), std::nullopt, by_, 1);
    repo_->Create(second, with_line("Elders", "kader"), std::nullopt, by_, 1);
    EXPECT_EQ(repo_->Leerlijnen(first), (std::vector<std::string>{"havo/vwo", "vmbo"}));
    auto titles = [&](std::optional<std::string_view> line) {
        std::vector<std::string> out;
        for (const auto& a : repo_->Plan(first, line)) out.push_back(a.title);
        return out;
    };
    EXPECT_EQ(titles("vmbo"), (std::vector<std::string>{"Voor iedereen", "Meeloopdag mbo"}));
    EXPECT_EQ(titles(std::nullopt).size(), 3U);
    EXPECT_EQ(titles("kader"), (std::vector<std::string>{"Voor iedereen"})) << "another school's";
    int counted = 0;
    for (const auto& [place, n] : repo_->PlacementCounts(first, "vmbo")) counted += n;
    EXPECT_EQ(counted, 2);
    // A save moves it: the column follows the field.
    ASSERT_TRUE(repo_->Update(first, moved, 1, with_line("Open dag hbo", "vmbo"), by_, 2));
    EXPECT_EQ(repo_->Leerlijnen(first), (std::vector<std::string>{"vmbo"}));

    EXPECT_TRUE(repo_->SharedPlans().empty());
    repo_->SetShared(first, true, "Decaan", 3);
    repo_->SetShared(first, true, "Decaan", 4);
    EXPECT_EQ(repo_->SharedPlans(), (std::set<int64_t>{first}));
    repo_->SetShared(first, false, "Decaan", 5);
    EXPECT_TRUE(repo_->SharedPlans().empty());
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, ActivityStorage, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::storage
