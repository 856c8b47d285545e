// Who the planner's activities are for, on both databases: a school gives its activity to its own
// groups only, a group's students see its live activities, a student's begun entry is found
// until they delete it, and the reach per group counts current students who began.
#include "modules/curriculum/storage/activity_group_repo.hpp"

#include <gtest/gtest.h>

#include "modules/dossier/storage/dossier_repo.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "support/test_db.hpp"

namespace koers::storage {
namespace {

class ActivityGroupStorage : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        db_ = testing::NewTestDatabase(GetParam());
        if (!db_) GTEST_SKIP() << "geen PostgreSQL-testcluster";
        OrgRepo orgs(*db_);
        for (const auto& brin : {"91AA", "92BB"}) {
            SchoolRecord s;
            s.name = brin;
            s.brin = brin;
            s.sector = "vo";
            schools_.push_back(orgs.AddSchool(s, 1));
        }
        StudentRepo students(*db_);
        h4a_ = students.AddGroup(schools_[0], "H4A", 1);
        h4b_ = students.AddGroup(schools_[0], "H4B", 1);
        theirs_ = students.AddGroup(schools_[1], "4A", 1);
        lotte_ = Enrol("lotte@example.nl", "1", h4a_);
        sem_ = Enrol("sem@example.nl", "2", h4a_);
        Enrol("noor@example.nl", "3", h4b_);
        ActivityRepo activities(*db_);
        const core::Fields f{{"titel", "Meeloopdag"},  {"leerjaar", "4"},
                             {"periode", "2"},         {"competenties", "werkexploratie"},
                             {"elementen", "ervaren"}, {"fase", "gepland"}};
        activity_ = activities.Create(schools_[0], f, std::nullopt, by_, 1);
        gone_ = activities.Create(schools_[0], f, std::nullopt, by_, 1);
        repo_ = std::make_unique<ActivityGroupRepo>(*db_);
    }
    int64_t Enrol(const std::string& email, const std::string& local, int64_t group) {
        UserRepo users(*db_);
        const int64_t user = users.Add(email, local, std::nullopt, 1);
        return StudentRepo(*db_).Enrol({.school_id = schools_[0],
                                        .user_id = user,
                                        .local_id = local,
                                        .birth_date = "2010-01-01",
                                        .onderwijstype = "havo",
                                        .leerjaar = 4,
                                        .group_id = group},
                                       1);
    }
    std::unique_ptr<Database> db_;
    std::unique_ptr<ActivityGroupRepo> repo_;
    std::vector<int64_t> schools_;
    int64_t h4a_ = 0, h4b_ = 0, theirs_ = 0, lotte_ = 0, sem_ = 0, activity_ = 0, gone_ = 0;
    const Author by_{std::nullopt, "Decaan"};
};

TEST_P(ActivityGroupStorage, AnActivityReachesItsSchoolsGroupsAndCountsWhoBegan) {
    EXPECT_FALSE(repo_->SetGroups(schools_[1], activity_, {theirs_})) << "another school's";
    ASSERT_TRUE(repo_->SetGroups(schools_[0], activity_, {h4a_, theirs_, h4a_, h4b_}));
    auto reach = repo_->Reach(schools_[0], activity_);
    ASSERT_EQ(reach.size(), 2U) << "theirs left out, H4A once";
    EXPECT_EQ(reach[0].name, "H4A");
    EXPECT_EQ(reach[0].students, 2);
    EXPECT_EQ(reach[0].began, 0);
    EXPECT_EQ(reach[1].students, 1);
    EXPECT_TRUE(repo_->Reach(schools_[1], activity_).empty());

    ASSERT_TRUE(repo_->SetGroups(schools_[0], gone_, {h4a_}));
    ASSERT_TRUE(ActivityRepo(*db_).Delete(schools_[0], gone_, 1, by_, 2));
    const auto of_group = repo_->OfGroup(schools_[0], h4a_);
    ASSERT_EQ(of_group.size(), 1U) << "the deleted one left out";
    EXPECT_EQ(of_group[0].activity.id, activity_);
    EXPECT_EQ(of_group[0].leerjaar, 4);
    EXPECT_EQ(core::FieldOf(of_group[0].activity.fields, "titel"), "Meeloopdag");
    EXPECT_TRUE(repo_->OfGroup(schools_[1], h4a_).empty());
    EXPECT_FALSE(repo_->SetGroups(schools_[0], gone_, {h4b_}));

    DossierRepo dossiers(*db_);
    const int64_t entry = dossiers.Add(lotte_, core::EntryKind::kErvaring,
                                       {{"titel", "Meeloopdag"}, {"soort", "meeloopdag"}}, by_, 3);
    EXPECT_TRUE(repo_->Begun(lotte_).empty());
    repo_->Link(activity_, lotte_, entry, 3);
    EXPECT_EQ(repo_->Begun(lotte_), (std::map<int64_t, int64_t>{{activity_, entry}}));
    EXPECT_TRUE(repo_->Begun(sem_).empty());
    EXPECT_EQ(repo_->Reach(schools_[0], activity_)[0].began, 1);

    ASSERT_TRUE(dossiers.Delete(lotte_, entry, 1, by_, 4));
    EXPECT_TRUE(repo_->Begun(lotte_).empty()) << "deleted by the student";
    EXPECT_EQ(repo_->Reach(schools_[0], activity_)[0].began, 0);
    const int64_t again = dossiers.Add(lotte_, core::EntryKind::kErvaring,
                                       {{"titel", "Meeloopdag"}, {"soort", "meeloopdag"}}, by_, 5);
    repo_->Link(activity_, lotte_, again, 5);
    EXPECT_EQ(repo_->Begun(lotte_), (std::map<int64_t, int64_t>{{activity_, again}}));

    ASSERT_TRUE(repo_->SetGroups(schools_[0], activity_, {}));
    EXPECT_TRUE(repo_->Reach(schools_[0], activity_).empty());
    EXPECT_TRUE(repo_->OfGroup(schools_[0], h4a_).empty());
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, ActivityGroupStorage,
                         ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::storage
