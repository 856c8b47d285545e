// Participation on both databases, on the demo world: recording a group replaces only that
// group's current students, the counts per activity leave leavers out, and two mentors saving
// the same group at once leave one of their lists, whole.
#include <gtest/gtest.h>

#include <thread>

#include "modules/participation/web/participation_parts.hpp"
#include "modules/quality/web/quality_parts.hpp"
#include "platform/storage/student_repo.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

class ParticipationDb : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        app = std::make_unique<testing::TestApp>(GetParam());
        if (!app->available()) GTEST_SKIP() << "geen PostgreSQL-testcluster";
        school = app->SchoolId("21VZ");
        auto& quality = QualityOf(app->services()).quality;
        activity = quality.Records(quality.Years(school).front().id, core::Kind::kActiviteit)
                       .back()
                       .record.id;
        for (const auto& g : app->services().students.Groups(school)) groups[g.name] = g.id;
    }
    storage::ParticipationRepo& repo() { return ParticipationOf(app->services()).participation; }
    std::vector<int64_t> Ids(const std::string& group) {
        std::vector<int64_t> out;
        for (const auto& s : app->services().students.InGroup(groups[group])) out.push_back(s.id);
        return out;
    }

    std::unique_ptr<testing::TestApp> app;
    int64_t school = 0, activity = 0;
    std::map<std::string, int64_t> groups;
};

TEST_P(ParticipationDb, AGroupIsReplacedWholeAndOthersStay) {
    const auto h4a = Ids("H4A"), h4b = Ids("H4B");
    EXPECT_EQ(repo().SetForGroup(activity, groups["H4B"], h4b, std::nullopt, 1),
              static_cast<int>(h4b.size()));
    EXPECT_EQ(
        repo().SetForGroup(activity, groups["H4A"], {h4a[0], h4a[1], h4b[0]}, std::nullopt, 1), 2)
        << "H4B's student is not H4A's to record";
    EXPECT_EQ(repo().SetForGroup(activity, groups["H4A"], {h4a[1]}, std::nullopt, 2), 1);
    const auto took = repo().StudentsOf(activity);
    EXPECT_FALSE(took.count(h4a[0]));
    EXPECT_TRUE(took.count(h4a[1]));
    for (int64_t id : h4b) EXPECT_TRUE(took.count(id)) << "H4B stays as it was";
    EXPECT_GE(took.size(), h4b.size() + 1);
    auto leaver = *app->services().students.Student(h4b[0]);
    leaver.left_at = 5;
    app->services().students.Update(leaver);
    const auto counts = repo().CountsAt(school);
    ASSERT_TRUE(counts.count(activity));
    EXPECT_EQ(counts.at(activity), static_cast<int64_t>(repo().StudentsOf(activity).size()) - 1)
        << "the leaver counts nowhere";
}

TEST_P(ParticipationDb, TwoSavesAtOnceLeaveOneListWhole) {
    const auto h4a = Ids("H4A");
    const std::vector<int64_t> first(h4a.begin(), h4a.begin() + 10);
    const std::vector<int64_t> second(h4a.begin() + 10, h4a.end());
    std::thread a([&] {
        try {
            repo().SetForGroup(activity, groups["H4A"], first, std::nullopt, 1);
        } catch (const storage::DbError&) {  // SQLite: the second writer may find it busy
        }
    });
    std::thread b([&] {
        try {
            repo().SetForGroup(activity, groups["H4A"], second, std::nullopt, 1);
        } catch (const storage::DbError&) {
        }
    });
    a.join();
    b.join();
    std::vector<int64_t> in_group;
    for (int64_t id : repo().StudentsOf(activity))
        if (std::find(h4a.begin(), h4a.end(), id) != h4a.end()) in_group.push_back(id);
    std::sort(in_group.begin(), in_group.end());
    auto sorted = [](std::vector<int64_t> v) {
        std::sort(v.begin(), v.end());
        return v;
    };
    EXPECT_TRUE(in_group == sorted(first) || in_group == sorted(second))
        << in_group.size() << " students: a mix of both lists";
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, ParticipationDb, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::web
