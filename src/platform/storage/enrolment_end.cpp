#include "platform/storage/enrolment_end.hpp"

#include "platform/storage/db/unit_of_work.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/storage/user_repo.hpp"

namespace koers::storage {
namespace {

void DropRole(UserRepo& users, int64_t user_id, core::Role role, int64_t school_id) {
    for (const auto& m : users.Memberships(user_id))
        if (m.membership.role == role && m.membership.school_id == school_id)
            users.RemoveMembership(user_id, m.id);
}

// Whether an account holds nothing any more: no role anywhere, no enrolment, no child.
bool Unheld(Database& tx, int64_t user_id) {
    return UserRepo(tx).Memberships(user_id).empty() && StudentRepo(tx).OfUser(user_id).empty() &&
           tx.Use([&](Connection& c) { return ChildrenOf(c, user_id).empty(); });
}

}  // namespace

ForgottenEnrolment ForgetEnrolment(Database& db, int64_t student_id) {
    ForgottenEnrolment out;
    InTransaction(db, [&](Database& tx) {
        StudentRepo students(tx);
        UserRepo users(tx);
        const auto s = students.Student(student_id);
        if (!s) return;
        out.found = true;
        students.Remove(student_id);
        DropRole(users, s->user_id, core::Role::kLeerling, s->school_id);
        if (students.OfUser(s->user_id).empty()) {  // enrolled nowhere else: no parent follows
            for (const int64_t parent : students.ParentIds(s->user_id)) {
                students.RemoveParent(s->user_id, parent);
                if (students.ChildrenAt(parent, s->school_id).empty() &&
                    students.FormerChildrenAt(parent, s->school_id).empty())
                    DropRole(users, parent, core::Role::kOuder, s->school_id);
                if (Unheld(tx, parent)) {
                    users.Remove(parent);
                    ++out.parents;
                }
            }
        }
        if (Unheld(tx, s->user_id)) {
            users.Remove(s->user_id);
            out.account = true;
        }
    });
    return out;
}

}  // namespace koers::storage
