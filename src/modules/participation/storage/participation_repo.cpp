#include "modules/participation/storage/participation_repo.hpp"

#include <algorithm>

namespace koers::storage {

std::set<int64_t> ParticipationRepo::StudentsOf(int64_t activity_id) {
    return db_.Use([&](Connection& c) {
        std::set<int64_t> out;
        for (const auto& r :
             c.Query("SELECT student_id FROM participation_students WHERE activity_id = ?",
                     {activity_id}))
            out.insert(r.Int("student_id"));
        return out;
    });
}

std::map<int64_t, int64_t> ParticipationRepo::ActivitiesOf(int64_t student_id) {
    return db_.Use([&](Connection& c) {
        std::map<int64_t, int64_t> out;
        for (const auto& r : c.Query(
                 "SELECT activity_id, recorded_at FROM participation_students WHERE student_id = ?",
                 {student_id}))
            out[r.Int("activity_id")] = r.Int("recorded_at");
        return out;
    });
}

std::map<int64_t, int64_t> ParticipationRepo::CountsAt(int64_t school_id) {
    return db_.Use([&](Connection& c) {
        std::map<int64_t, int64_t> out;
        for (const auto& r :
             c.Query("SELECT p.activity_id, COUNT(*) AS n FROM participation_students p "
                     "JOIN students s ON s.id = p.student_id "
                     "WHERE s.school_id = ? AND s.left_at IS NULL GROUP BY p.activity_id",
                     {school_id}))
            out[r.Int("activity_id")] = r.Int("n");
        return out;
    });
}

int ParticipationRepo::SetForGroup(int64_t activity_id, int64_t group_id,
                                   const std::vector<int64_t>& students, std::optional<int64_t> by,
                                   int64_t now) {
    int took_part = 0;
    db_.Transaction([&](Connection& c) {
        // Holding the group's row makes two saves of one group on PostgreSQL run one after the
        // other, so the list that stays is one of them, whole (SQLite serialises writers).
        c.Query("SELECT id FROM school_groups WHERE id = ?" + std::string(c.ForUpdate()),
                {group_id});
        std::vector<int64_t> in_group;
        for (const auto& r :
             c.Query("SELECT id FROM students WHERE group_id = ? AND left_at IS NULL", {group_id}))
            in_group.push_back(r.Int("id"));
        c.Execute(
            "DELETE FROM participation_students WHERE activity_id = ? AND student_id IN "
            "(SELECT id FROM students WHERE group_id = ? AND left_at IS NULL)",
            {activity_id, group_id});
        for (int64_t id : in_group) {
            if (std::find(students.begin(), students.end(), id) == students.end()) continue;
            c.Execute(
                "INSERT INTO participation_students (activity_id, student_id, recorded_by, "
                "recorded_at) VALUES (?, ?, ?, ?)",
                {activity_id, id, Opt(by), now});
            ++took_part;
        }
    });
    return took_part;
}

}  // namespace koers::storage
