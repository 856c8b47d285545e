#include "modules/curriculum/storage/activity_group_repo.hpp"

namespace koers::storage {

bool ActivityGroupRepo::SetGroups(int64_t school_id, int64_t activity_id,
                                  const std::vector<int64_t>& group_ids) {
    bool found = false;
    db_.Transaction([&](Connection& c) {
        found = c.QueryOne(
                     "SELECT id FROM curriculum_activities WHERE id = ? AND school_id = ? AND "
                     "deleted_at IS NULL",
                     {activity_id, school_id})
                    .has_value();
        if (!found) return;
        c.Execute("DELETE FROM curriculum_activity_groups WHERE activity_id = ?", {activity_id});
        for (const int64_t group : group_ids)
            c.Execute(
                "INSERT INTO curriculum_activity_groups (activity_id, group_id) SELECT ?, id FROM "
                "school_groups WHERE id = ? AND school_id = ? AND NOT EXISTS (SELECT 1 FROM "
                "curriculum_activity_groups WHERE activity_id = ? AND group_id = ?)",
                {activity_id, group, school_id, activity_id, group});
    });
    return found;
}

std::vector<GroupReach> ActivityGroupRepo::Reach(int64_t school_id, int64_t activity_id) {
    return db_.Use([&](Connection& c) {
        std::vector<GroupReach> out;
        for (const auto& r : c.Query(
                 "SELECT g.id, g.name, (SELECT COUNT(*) FROM students s WHERE s.group_id = g.id "
                 "AND s.left_at IS NULL) AS students, (SELECT COUNT(*) FROM "
                 "curriculum_activity_entries e JOIN students s ON s.id = e.student_id JOIN "
                 "dossier_entries d ON d.id = e.entry_id AND d.deleted_at IS NULL WHERE "
                 "e.activity_id = ag.activity_id AND s.group_id = g.id AND s.left_at IS NULL) AS "
                 "began FROM curriculum_activity_groups ag JOIN school_groups g ON g.id = "
                 "ag.group_id AND g.school_id = ? WHERE ag.activity_id = ? ORDER BY g.name",
                 {school_id, activity_id}))
            out.push_back({r.Int("id"), r.Text("name"), static_cast<int>(r.Int("students")),
                           static_cast<int>(r.Int("began"))});
        return out;
    });
}

std::vector<GroupActivity> ActivityGroupRepo::OfGroup(int64_t school_id, int64_t group_id) {
    return db_.Use([&](Connection& c) {
        std::vector<GroupActivity> out;
        for (const auto& r : c.Query(
                 "SELECT a.id, a.assignment_id, a.body, a.version, a.updated_at, a.updated_by, "
                 "a.leerjaar, a.periode FROM curriculum_activity_groups ag JOIN "
                 "curriculum_activities a ON a.id = ag.activity_id WHERE ag.group_id = ? AND "
                 "a.school_id = ? AND a.deleted_at IS NULL ORDER BY a.leerjaar, a.periode, a.id",
                 {group_id, school_id})) {
            GroupActivity g;
            g.activity = StoredActivityOf(r);
            g.leerjaar = static_cast<int>(r.Int("leerjaar"));
            g.periode = static_cast<int>(r.Int("periode"));
            out.push_back(std::move(g));
        }
        return out;
    });
}

std::map<int64_t, int64_t> ActivityGroupRepo::Begun(int64_t student_id) {
    return db_.Use([&](Connection& c) {
        std::map<int64_t, int64_t> out;
        for (const auto& r :
             c.Query("SELECT e.activity_id, e.entry_id FROM curriculum_activity_entries e JOIN "
                     "dossier_entries d ON d.id = e.entry_id AND d.student_id = e.student_id AND "
                     "d.deleted_at IS NULL WHERE e.student_id = ?",
                     {student_id}))
            out.emplace(r.Int("activity_id"), r.Int("entry_id"));
        return out;
    });
}

void ActivityGroupRepo::Link(int64_t activity_id, int64_t student_id, int64_t entry_id,
                             int64_t now) {
    db_.Transaction([&](Connection& c) {
        c.Execute(
            "DELETE FROM curriculum_activity_entries WHERE activity_id = ? AND student_id = ?",
            {activity_id, student_id});
        c.Execute(
            "INSERT INTO curriculum_activity_entries (activity_id, student_id, entry_id, at) "
            "VALUES (?, ?, ?, ?)",
            {activity_id, student_id, entry_id, now});
    });
}

std::vector<int64_t> ActivityGroupRepo::Census() {
    return db_.Use([](Connection& c) {
        const auto n = c.QueryOne(
            "SELECT (SELECT COUNT(*) FROM curriculum_activity_groups) AS given, (SELECT COUNT(*) "
            "FROM curriculum_activity_entries) AS began, (SELECT COALESCE(SUM(entry_id), 0) FROM "
            "curriculum_activity_entries) AS entries");
        return std::vector<int64_t>{n->Int("given"), n->Int("began"), n->Int("entries")};
    });
}

}  // namespace koers::storage
