// The student list's import on both databases: apply, re-import, leavers and undo through the
// service, and two clicks on "Verwerken" at once apply the file exactly once; a staff list's
// roles, teams and mentors, and undoing it.
#include <gtest/gtest.h>

#include <thread>

#include "modules/roster/storage/roster_repo.hpp"
#include "modules/roster/web/roster_service.hpp"
#include "modules/roster/web/staff_service.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "support/test_db.hpp"

namespace koers::web {
namespace {

constexpr const char* kFile =
    "llnr;roepnaam;achternaam;email;geboortedatum;leerjaar;klas\n"
    "1;Sem;Bakker;sem@x.example;14-03-2012;2;2A\n"
    "2;Noor;Yilmaz;noor@x.example;02-11-2011;3;3A\n";

class RosterImport : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        db_ = koers::testing::NewTestDatabase(GetParam());
        if (!db_) GTEST_SKIP() << "geen PostgreSQL-testcluster";
        storage::SchoolRecord s;
        s.name = "Testschool";
        s.brin = "99TS";
        s.sector = "vo";
        school_ = storage::OrgRepo(*db_).AddSchool(s, 1);
        service_ = std::make_unique<RosterService>(*db_, clock_);
    }
    int64_t Preview(const std::string& file) {
        return storage::RosterRepo(*db_).AddPreview(school_, storage::ImportKind::kStudents,
                                                    "x.csv", file, std::nullopt, "Test",
                                                    clock_.Now());
    }
    std::unique_ptr<storage::Database> db_;
    core::ManualClock clock_{1'790'000'000};  // September 2026
    std::unique_ptr<RosterService> service_;
    int64_t school_ = 0;
};

TEST_P(RosterImport, AppliesReimportsMarksLeaversAndUndoes) {
    const int64_t first = Preview(kFile);
    EXPECT_EQ(service_->Apply(school_, first).Summary(),
              "2 nieuw, 0 gewijzigd, 0 vertrokken, 0 ongewijzigd");
    EXPECT_THROW(service_->Apply(school_, first), core::Conflict);
    storage::StudentRepo students(*db_);
    ASSERT_EQ(students.OfSchool(school_).size(), 2u);

    const int64_t second = Preview(
        "llnr;roepnaam;achternaam;email;geboortedatum;leerjaar;klas\n"
        "1;Sem;Bakker;sem@x.example;14-03-2012;3;3A\n");
    EXPECT_EQ(service_->Apply(school_, second).Summary(),
              "0 nieuw, 1 gewijzigd, 1 vertrokken, 0 ongewijzigd");
    auto list = students.OfSchool(school_);
    EXPECT_EQ(list[0].group_name, "3A");
    EXPECT_TRUE(list[1].left_at.has_value());
    EXPECT_THROW(service_->Undo(school_, first), core::Conflict) << "only the last";
    service_->Undo(school_, second);
    list = students.OfSchool(school_);
    EXPECT_EQ(list[0].group_name, "2A");
    EXPECT_FALSE(list[1].left_at.has_value());
    EXPECT_THROW(service_->Undo(school_, second), core::Conflict) << "only once";
}

TEST_P(RosterImport, ApplyingTellsHowFarItIsEveryHundredRowsCheckedAndAppliedAndAtTheEnd) {
    service_->Apply(school_, Preview(kFile));  // two students, who leave with the next list
    std::string file = "llnr;roepnaam;achternaam;email;geboortedatum;leerjaar;klas\n";
    for (int i = 100; i < 350; ++i)
        file += std::to_string(i) + ";Leerling;" + std::to_string(i) + ";;14-03-2012;2;2A\n";
    std::vector<std::pair<int, int>> told;
    service_->Apply(school_, Preview(file),
                    [&](Progress p) { told.emplace_back(p.done, p.total); });
    // 250 rows checked, then 250 rows and 2 leavers applied.
    const std::vector<std::pair<int, int>> expected = {
        {100, 500}, {200, 500}, {350, 502}, {450, 502}, {502, 502}};
    EXPECT_EQ(told, expected);
}

TEST_P(RosterImport, AStudentWithoutEmailGetsASignInNameOfTheSchool) {
    // Another school's student with the same leerlingnummer keeps a name of their own.
    storage::SchoolRecord other;
    other.name = "Andere school";
    other.brin = "98AS";
    other.sector = "vo";
    const int64_t other_id = storage::OrgRepo(*db_).AddSchool(other, 1);
    const std::string file =
        "llnr;roepnaam;achternaam;email;geboortedatum;leerjaar;klas\n"
        "7;Ivo;Bos;;01-05-2012;2;2A\n";
    service_->Apply(school_, Preview(file));
    const int64_t there =
        storage::RosterRepo(*db_).AddPreview(other_id, storage::ImportKind::kStudents, "x.csv",
                                             file, std::nullopt, "Test", clock_.Now());
    service_->Apply(other_id, there);
    EXPECT_EQ(storage::StudentRepo(*db_).OfSchool(school_)[0].sign_in_name, "7.99ts");
    EXPECT_EQ(storage::StudentRepo(*db_).OfSchool(other_id)[0].sign_in_name, "7.98as");
    // A name already taken by another account is a row error, and nothing is written.
    storage::UserRepo(*db_).Add("8.99ts", "Iemand anders", std::nullopt, 1);
    const auto plan = service_->Plan(school_,
                                     "llnr;roepnaam;achternaam;email;geboortedatum;"
                                     "leerjaar;klas\n8;Sem;Bakker;;14-03-2012;2;2A\n");
    ASSERT_EQ(plan.with_errors, 1);
    EXPECT_EQ(plan.rows[0].row.errors[0],
              "Inlognaam 8.99ts hoort al bij een ander account in Koers.");
}

TEST_P(RosterImport, TwoClicksAtOnceApplyTheFileOnce) {
    const int64_t id = Preview(kFile);
    std::atomic<int> applied = 0, refused = 0;
    std::vector<std::thread> clicks;
    clicks.reserve(2);
    for (int i = 0; i < 2; ++i)
        clicks.emplace_back([&] {
            try {
                service_->Apply(school_, id);
                ++applied;
            } catch (const core::Conflict&) {
                ++refused;
            } catch (const storage::DbError&) {
                ++refused;  // SQLite: the second writer may find the database busy
            }
        });
    for (auto& t : clicks) t.join();
    EXPECT_EQ(applied.load(), 1);
    EXPECT_EQ(refused.load(), 1);
    EXPECT_EQ(storage::StudentRepo(*db_).OfSchool(school_).size(), 2u);
    EXPECT_EQ(storage::UserRepo(*db_).All().size(), 2u);
}

// A file that is never applied goes after fourteen days, an import's history after two years,
// with what it changed; everything younger stays.
TEST_P(RosterImport, AnImportIsKeptForItsTerm) {
    storage::RosterRepo imports(*db_);
    const int64_t applied = Preview(kFile);
    service_->Apply(school_, applied);
    const int64_t preview = Preview(kFile);
    ASSERT_FALSE(imports.Changes(applied).empty());
    const int64_t start = clock_.Now();

    EXPECT_EQ(imports.Prune(start + storage::RosterRepo::kKeepPreviewSeconds), 0);
    EXPECT_EQ(imports.Prune(start + storage::RosterRepo::kKeepPreviewSeconds + 1), 1);
    EXPECT_FALSE(imports.Find(school_, storage::ImportKind::kStudents, preview)) << "the file";
    EXPECT_TRUE(imports.Find(school_, storage::ImportKind::kStudents, applied)) << "the history";

    EXPECT_EQ(imports.Prune(start + storage::RosterRepo::kKeepHistorySeconds), 0);
    EXPECT_EQ(imports.Prune(start + storage::RosterRepo::kKeepHistorySeconds + 1), 1);
    EXPECT_TRUE(imports.OfSchool(school_, storage::ImportKind::kStudents, 100).empty());
    EXPECT_TRUE(imports.Changes(applied).empty()) << "with what it changed";
    EXPECT_EQ(storage::StudentRepo(*db_).OfSchool(school_).size(), 2u) << "not the students";
}

TEST_P(RosterImport, AStaffListGivesRolesTeamsAndGroupsAndOnlyTheLastImportIsUndone) {
    const int64_t students = Preview(kFile);
    service_->Apply(school_, students);
    storage::UserRepo users(*db_);
    const int64_t decaan = users.Add("decaan@x.example", "De Caan", std::nullopt, 1);
    users.AddMembership(decaan, core::Role::kDecaan, school_, std::nullopt, 1);
    const int64_t old = users.Add("oud@x.example", "Oud", std::nullopt, 1);
    users.AddMembership(old, core::Role::kMentor, school_, std::nullopt, 1);
    const int64_t team = storage::OrgRepo(*db_).AddTeam(school_, "Onderbouw", 1);
    StaffService staff(*db_, clock_);
    const int64_t id = storage::RosterRepo(*db_).AddPreview(
        school_, storage::ImportKind::kStaff, "p.csv",
        "naam;email;functie;team;mentor van\nAnouk;anouk@x.example;mentor, docent;onderbouw;"
        "2A, 3A\n",
        std::nullopt, "Test", clock_.Now());
    EXPECT_THROW(staff.Apply(school_, students, decaan), core::NotFound) << "another kind";
    const StaffApplied applied = staff.Apply(school_, id, decaan);
    EXPECT_EQ(applied.plan.Summary(), "1 nieuw, 0 gewijzigd, 1 vertrokken, 0 ongewijzigd");
    ASSERT_EQ(applied.new_accounts.size(), 1u);
    const int64_t anouk = applied.new_accounts[0];
    const auto roles = users.RolesAtSchool(school_, core::kStaffListRoles);
    ASSERT_EQ(roles.size(), 3u);  // the decaan, and Anouk's two
    for (const auto& r : roles) {
        if (r.user.id == anouk && r.role == core::Role::kMentor) {
            EXPECT_EQ(r.team_id, team);
        }
    }
    for (const auto& g : storage::StudentRepo(*db_).Groups(school_))
        EXPECT_EQ(g.mentor_ids, std::vector<int64_t>{anouk}) << g.name;
    EXPECT_THROW(staff.Apply(school_, id, decaan), core::Conflict);
    EXPECT_THROW(service_->Undo(school_, students), core::Conflict) << "only the last";
    service_->Undo(school_, id);
    EXPECT_FALSE(users.ById(anouk));
    ASSERT_EQ(users.RolesAtSchool(school_, core::kStaffListRoles).size(), 2u);
    for (const auto& g : storage::StudentRepo(*db_).Groups(school_))
        EXPECT_TRUE(g.mentor_ids.empty()) << g.name;
}

// A colleague the staff list let go, whose account a beheerder then removed (decision 0050):
// undoing the list brings back everyone else's roles and mentorships, and not the removed
// account's.
TEST_P(RosterImport, UndoingAStaffListPassesOverAnAccountRemovedSince) {
    service_->Apply(school_, Preview(kFile));
    storage::UserRepo users(*db_);
    storage::StudentRepo students(*db_);
    const int64_t decaan = users.Add("decaan@x.example", "De Caan", std::nullopt, 1);
    users.AddMembership(decaan, core::Role::kDecaan, school_, std::nullopt, 1);
    const int64_t old = users.Add("oud@x.example", "Oud", std::nullopt, 1);
    users.AddMembership(old, core::Role::kMentor, school_, std::nullopt, 1);
    const int64_t stays = users.Add("blijft@x.example", "Blijft", std::nullopt, 1);
    users.AddMembership(stays, core::Role::kMentor, school_, std::nullopt, 1);
    for (const auto& g : students.Groups(school_)) students.SetMentors(g.id, {old, stays});
    StaffService staff(*db_, clock_);
    const int64_t id = storage::RosterRepo(*db_).AddPreview(
        school_, storage::ImportKind::kStaff, "p.csv",
        "naam;email;functie;team;mentor van\nAnouk;anouk@x.example;mentor;;2A, 3A\n", std::nullopt,
        "Test", clock_.Now());
    staff.Apply(school_, id, decaan);
    users.Remove(old);

    service_->Undo(school_, id);
    EXPECT_FALSE(users.ById(old)) << "not brought back";
    const core::Role mentor[] = {core::Role::kMentor};
    EXPECT_TRUE(users.HasRole(stays, mentor, school_)) << "the others' roles are";
    for (const auto& g : students.Groups(school_))
        EXPECT_EQ(g.mentor_ids, std::vector<int64_t>{stays}) << g.name;
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, RosterImport, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::web
