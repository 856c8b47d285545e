#pragma once
// Who took part in which of the school's LOB activities (participation_students). Thread-safe.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "platform/storage/db/database.hpp"

namespace koers::storage {

class ParticipationRepo {
public:
    explicit ParticipationRepo(Database& db) : db_(db) {}

    // The enrolments recorded as having taken part in the activity, leavers included.
    std::set<int64_t> StudentsOf(int64_t activity_id);
    // The activities the enrolment took part in, with when that was recorded.
    std::map<int64_t, int64_t> ActivitiesOf(int64_t student_id);
    // Per activity of the school: how many of its current students took part.
    std::map<int64_t, int64_t> CountsAt(int64_t school_id);
    // Replaces who of the group's current students took part by `students` (ids of enrolments
    // in the group; others are ignored), in one transaction. Returns how many took part.
    int SetForGroup(int64_t activity_id, int64_t group_id, const std::vector<int64_t>& students,
                    std::optional<int64_t> by, int64_t now);

private:
    Database& db_;
};

}  // namespace koers::storage
