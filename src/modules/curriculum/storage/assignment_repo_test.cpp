// The opdrachtenbank's storage on both databases: a school writes only its own assignments (an
// id of another school's changes nothing), a save from an older version writes nothing, a
// private assignment is seen by its school alone and a shared one by everyone, a copy keeps the
// first maker even when copied again or when the original goes, and every version is kept.
#include "modules/curriculum/storage/assignment_repo.hpp"

#include <gtest/gtest.h>

#include "modules/curriculum/core/assignment.hpp"
#include "platform/storage/org_repo.hpp"
#include "support/test_db.hpp"

namespace koers::storage {
namespace {

class AssignmentStorage : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        db_ = testing::NewTestDatabase(GetParam());
        if (!db_) GTEST_SKIP() << "geen PostgreSQL-testcluster";
        OrgRepo orgs(*db_);
        const int64_t region = orgs.AddRegion("Regio Test", 1);
        for (const auto& [name, brin] :
             {std::pair{"Eerste school", "91AA"}, std::pair{"Tweede school", "92BB"},
              std::pair{"Derde school", "93CC"}}) {
            SchoolRecord s;
            s.name = name;
            s.brin = brin;
            s.sector = "vo";
            s.region_id = region;
            schools_.push_back(orgs.AddSchool(s, 1));
        }
        repo_ = std::make_unique<AssignmentRepo>(*db_);
    }
    static core::Fields Fields(const std::string& title) {
        return {{"titel", title},
                {"wat", "De leerling loopt mee."},
                {"stappen", "Kies\nGa"},
                {"competenties", "werkexploratie"},
                {"elementen", "ervaren"}};
    }
    std::unique_ptr<Database> db_;
    std::unique_ptr<AssignmentRepo> repo_;
    std::vector<int64_t> schools_;
    const Author by_{std::nullopt, "Docent"};
};

TEST_P(AssignmentStorage, APrivateAssignmentIsItsSchoolsAloneAndASharedOneEveryonesToRead) {
    const int64_t first = schools_[0], second = schools_[1];
    const int64_t id = repo_->Create(first, Fields("Meeloopdag"), by_, 10);
    EXPECT_TRUE(repo_->Visible(first, id));
    EXPECT_FALSE(repo_->Visible(second, id));
    EXPECT_FALSE(repo_->Visible(std::nullopt, id)) << "the public bank";

    EXPECT_FALSE(repo_->SetShared(second, id, 1, "cc-by", by_, 11)) << "not the second's";
    EXPECT_FALSE(repo_->Update(second, id, 1, Fields("Overgenomen"), by_, 11));
    EXPECT_FALSE(repo_->Delete(second, id, 1, by_, 11));
    EXPECT_EQ(repo_->Visible(first, id)->title(), "Meeloopdag");

    ASSERT_TRUE(repo_->SetShared(first, id, 1, "cc-by", by_, 12));
    const auto shared = repo_->Visible(second, id);
    ASSERT_TRUE(shared);
    EXPECT_TRUE(shared->shared());
    EXPECT_EQ(shared->licence, "cc-by");
    EXPECT_EQ(shared->school, "Eerste school");
    EXPECT_TRUE(repo_->Visible(std::nullopt, id));
    EXPECT_EQ(shared->version, 2);

    ASSERT_TRUE(repo_->SetShared(first, id, 2, "", by_, 13)) << "taken back";
    EXPECT_FALSE(repo_->Visible(second, id));
    EXPECT_EQ(repo_->Visible(first, id)->licence, "");
}

TEST_P(AssignmentStorage, ASaveFromAnOlderVersionWritesNothingAndEveryVersionIsKept) {
    const int64_t school = schools_[0];
    const int64_t id = repo_->Create(school, Fields("Eerste titel"), by_, 10);
    ASSERT_TRUE(repo_->Update(school, id, 1, Fields("Tweede titel"), by_, 11));
    EXPECT_FALSE(repo_->Update(school, id, 1, Fields("Van een oude pagina"), by_, 12));
    EXPECT_FALSE(repo_->SetShared(school, id, 1, "cc-by", by_, 12));
    EXPECT_FALSE(repo_->Delete(school, id, 1, by_, 12));
    const auto now = repo_->Visible(school, id);
    EXPECT_EQ(now->title(), "Tweede titel");
    EXPECT_EQ(now->version, 2);
    const auto history = repo_->History(school, id);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(core::FieldOf(history[0].fields, "titel"), "Tweede titel");
    EXPECT_EQ(core::FieldOf(history[1].fields, "titel"), "Eerste titel");
    EXPECT_TRUE(repo_->History(schools_[1], id).empty()) << "another school reads no history";

    ASSERT_TRUE(repo_->Delete(school, id, 2, by_, 13));
    EXPECT_FALSE(repo_->Visible(school, id));
    EXPECT_TRUE(repo_->Find(id)->deleted) << "kept, marked deleted";
}

TEST_P(AssignmentStorage, ACopyNamesTheFirstMakerAndKeepsItWhenTheOriginalGoes) {
    const int64_t first = schools_[0], second = schools_[1], third = schools_[2];
    const int64_t original = repo_->Create(first, Fields("Netwerkkaart"), by_, 10);
    ASSERT_TRUE(repo_->SetShared(first, original, 1, "cc-by-sa", by_, 11));
    const int64_t copy = repo_->Copy(second, *repo_->Visible(second, original), by_, 12);
    auto c = repo_->Visible(second, copy);
    ASSERT_TRUE(c);
    EXPECT_FALSE(c->shared()) << "a copy starts private";
    EXPECT_EQ(c->origin_id, original);
    EXPECT_EQ(c->origin_school, "Eerste school");
    EXPECT_EQ(c->origin_title, "Netwerkkaart");
    EXPECT_EQ(c->origin_licence, "cc-by-sa");
    EXPECT_EQ(core::FieldOf(c->fields, "wat"), "De leerling loopt mee.");

    ASSERT_TRUE(repo_->SetShared(second, copy, 1, "cc-by-sa", by_, 13));
    const int64_t again = repo_->Copy(third, *repo_->Visible(third, copy), by_, 14);
    EXPECT_EQ(repo_->Visible(third, again)->origin_school, "Eerste school")
        << "a copy of a copy names the first maker";

    ASSERT_TRUE(repo_->Delete(first, original, 2, by_, 15));
    EXPECT_EQ(repo_->Visible(second, copy)->origin_school, "Eerste school");
}

TEST_P(AssignmentStorage, ChangesSinceAMomentIncludeDeletedOnesAndTheCensusMoves) {
    const int64_t school = schools_[0];
    const auto before = repo_->Census();
    const int64_t a = repo_->Create(school, Fields("A"), by_, 10);
    const int64_t b = repo_->Create(school, Fields("B"), by_, 20);
    ASSERT_TRUE(repo_->Delete(school, a, 1, by_, 30));
    const auto changed = repo_->ChangedSince(20);
    ASSERT_EQ(changed.size(), 2u);
    EXPECT_EQ(changed[0].id, a);
    EXPECT_TRUE(changed[0].deleted);
    EXPECT_EQ(changed[0].version, 2);
    EXPECT_EQ(changed[1].id, b);
    EXPECT_FALSE(changed[1].deleted);
    EXPECT_EQ(changed[1].version, 1);
    EXPECT_EQ(repo_->All().size(), 2u);
    EXPECT_NE(repo_->Census(), before);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, AssignmentStorage,
                         ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::storage
