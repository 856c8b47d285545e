// Forgetting an enrolment at the end of its term (decision 0049), on SQLite and PostgreSQL: the
// enrolment goes with the student's role there, and every account that nothing else holds; an
// account with another enrolment, another child or another role stays, with what it needs.
#include <gtest/gtest.h>

#include "platform/storage/enrolment_end.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "support/test_db.hpp"

namespace koers::storage {
namespace {

class EnrolmentEnd : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        db_ = testing::NewTestDatabase(GetParam());
        if (!db_) GTEST_SKIP() << "geen PostgreSQL-testcluster";
        OrgRepo orgs(*db_);
        school = orgs.AddSchool({0, "Oud", "11AA", "vo", {}, std::nullopt, ""}, 1);
        other = orgs.AddSchool({0, "Nieuw", "22BB", "mbo", {}, std::nullopt, ""}, 1);
    }
    int64_t Person(const std::string& name) {
        return UserRepo(*db_).Add(name + "@x.nl", name, std::nullopt, 1);
    }
    void Role(int64_t user, core::Role role, int64_t at) {
        UserRepo(*db_).AddMembership(user, role, at, std::nullopt, 1);
    }
    // Enrols `user` at `at` with the student's role there; left when `left`.
    int64_t Enrol(int64_t user, int64_t at, bool left) {
        StudentRecord s;
        s.school_id = at;
        s.user_id = user;
        s.local_id = std::to_string(user);
        s.onderwijstype = "havo";
        s.leerjaar = 4;
        s.id = StudentRepo(*db_).Enrol(s, 1);
        if (left) {
            s.left_at = 100;
            StudentRepo(*db_).Update(s);
        }
        Role(user, core::Role::kLeerling, at);
        return s.id;
    }
    bool Exists(int64_t user) { return UserRepo(*db_).ById(user).has_value(); }
    bool HasRole(int64_t user, core::Role role, int64_t at) {
        const core::Role roles[] = {role};
        return UserRepo(*db_).HasRole(user, roles, at);
    }

    std::unique_ptr<Database> db_;
    int64_t school = 0, other = 0;
};

// A leaver enrolled nowhere else, whose parent has no other child and no role: both accounts go.
TEST_P(EnrolmentEnd, TheEnrolmentGoesWithTheAccountsOnlyItHeld) {
    const int64_t sem = Person("sem"), parent = Person("ouder");
    const int64_t enrolment = Enrol(sem, school, true);
    StudentRepo(*db_).AddParent(sem, parent, 1);
    Role(parent, core::Role::kOuder, school);

    const auto gone = ForgetEnrolment(*db_, enrolment);
    EXPECT_TRUE(gone.found);
    EXPECT_TRUE(gone.account);
    EXPECT_EQ(gone.parents, 1);
    EXPECT_FALSE(StudentRepo(*db_).Student(enrolment));
    EXPECT_FALSE(Exists(sem));
    EXPECT_FALSE(Exists(parent));
    EXPECT_FALSE(ForgetEnrolment(*db_, enrolment).found) << "a second run finds nothing";
}

// Moved on to another school: the account, its enrolment there and its parents stay; only the
// role at the old school goes, and a parent's role there when no other child is left there.
TEST_P(EnrolmentEnd, AStudentEnrolledElsewhereKeepsTheAccountAndTheParents) {
    const int64_t noor = Person("noor"), parent = Person("ouder");
    const int64_t old_enrolment = Enrol(noor, school, true);
    const int64_t new_enrolment = Enrol(noor, other, false);
    StudentRepo(*db_).AddParent(noor, parent, 1);
    Role(parent, core::Role::kOuder, school);
    Role(parent, core::Role::kOuder, other);

    const auto gone = ForgetEnrolment(*db_, old_enrolment);
    EXPECT_TRUE(gone.found);
    EXPECT_FALSE(gone.account);
    EXPECT_EQ(gone.parents, 0);
    EXPECT_TRUE(Exists(noor));
    EXPECT_TRUE(StudentRepo(*db_).Student(new_enrolment));
    EXPECT_FALSE(HasRole(noor, core::Role::kLeerling, school));
    EXPECT_TRUE(HasRole(noor, core::Role::kLeerling, other));
    EXPECT_EQ(StudentRepo(*db_).ParentIds(noor), std::vector<int64_t>{parent});
    EXPECT_TRUE(HasRole(parent, core::Role::kOuder, other));
}

// Parents: one with another child at the school keeps the role there; one who also works at a
// school keeps the account but not the parent's role; every link to the forgotten child goes.
TEST_P(EnrolmentEnd, AParentWithAnotherChildOrARoleStays) {
    const int64_t sem = Person("sem"), sister = Person("zus");
    const int64_t both = Person("ouder1"), colleague = Person("ouder2");
    const int64_t enrolment = Enrol(sem, school, true);
    Enrol(sister, school, false);
    for (const int64_t parent : {both, colleague}) {
        StudentRepo(*db_).AddParent(sem, parent, 1);
        Role(parent, core::Role::kOuder, school);
    }
    StudentRepo(*db_).AddParent(sister, both, 1);
    Role(colleague, core::Role::kMentor, other);

    const auto gone = ForgetEnrolment(*db_, enrolment);
    EXPECT_TRUE(gone.account);
    EXPECT_EQ(gone.parents, 0);
    EXPECT_TRUE(Exists(both));
    EXPECT_TRUE(HasRole(both, core::Role::kOuder, school)) << "the sister is still there";
    EXPECT_EQ(StudentRepo(*db_).ChildrenAt(both, school).size(), 1u);
    EXPECT_TRUE(Exists(colleague));
    EXPECT_FALSE(HasRole(colleague, core::Role::kOuder, school));
    EXPECT_TRUE(HasRole(colleague, core::Role::kMentor, other));
    EXPECT_TRUE(StudentRepo(*db_).ParentIds(sem).empty());
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, EnrolmentEnd, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::storage
