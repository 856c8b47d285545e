#pragma once
// The end of an enrolment's term (decision 0049): when the school's term for a leaver has passed,
// Koers forgets the enrolment and the accounts that only it held, not only the dossier.
#include <cstdint>

#include "platform/storage/db/database.hpp"

namespace koers::storage {

// What ForgetEnrolment removed.
struct ForgottenEnrolment {
    bool found = false;    // the enrolment was there
    bool account = false;  // the student's account went too: no other enrolment or role held it
    int parents = 0;       // parents' accounts that went too: no other child or role held them
};

// Removes enrolment `student_id` with everything that hangs on it (the database cascades: the
// loopbaandossier, participation, activities begun), the student's role at the school, and the
// accounts nothing else holds: the student's, when it has no other enrolment and no other role;
// a parent's link to it, when the student is enrolled nowhere else, and the parent's role at the
// school, when no other child there (current or left) remains, and the parent's account when
// nothing at all remains. One transaction; nothing when the enrolment is gone already.
ForgottenEnrolment ForgetEnrolment(Database& db, int64_t student_id);

}  // namespace koers::storage
