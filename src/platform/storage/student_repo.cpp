#include "platform/storage/student_repo.hpp"

#include <map>

namespace koers::storage {
namespace {

constexpr const char* kGroupSelect =
    "SELECT g.id, g.school_id, g.name, "
    "(SELECT COUNT(*) FROM students s WHERE s.group_id = g.id AND s.left_at IS NULL) AS students "
    "FROM school_groups g ";

GroupRecord ToGroup(const Row& r) {
    return {r.Int("id"), r.Int("school_id"), r.Text("name"), r.Int("students"), {}, {}};
}

// Fills in the mentors of `groups` from rows of (group_id, user_id, display_name) ordered by
// group and name.
void AddMentors(std::vector<GroupRecord>& groups, const std::vector<Row>& rows) {
    std::map<int64_t, GroupRecord*> by_id;
    for (auto& g : groups) by_id[g.id] = &g;
    for (const auto& r : rows) {
        const auto found = by_id.find(r.Int("group_id"));
        if (found == by_id.end()) continue;
        GroupRecord& g = *found->second;
        g.mentors += (g.mentors.empty() ? "" : ", ") + r.Text("display_name");
        g.mentor_ids.push_back(r.Int("user_id"));
    }
}

constexpr const char* kMentorSelect =
    "SELECT gm.group_id, gm.user_id, u.display_name FROM group_mentors gm JOIN users u ON "
    "u.id = gm.user_id ";

constexpr const char* kStudentSelect =
    "SELECT s.id, s.school_id, s.user_id, u.display_name, s.local_id, s.birth_date, "
    "s.onderwijstype, s.leerjaar, s.group_id, COALESCE(g.name, '') AS group_name, s.left_at, "
    "CASE WHEN u.password_hash IS NULL THEN 0 ELSE 1 END AS activated, u.email AS sign_in_name "
    "FROM students s JOIN users u ON u.id = s.user_id "
    "LEFT JOIN school_groups g ON g.id = s.group_id ";

StudentRecord ToStudent(const Row& r) {
    return {r.Int("id"),
            r.Int("school_id"),
            r.Int("user_id"),
            r.Text("display_name"),
            r.Text("local_id"),
            r.Text("birth_date"),
            r.Text("onderwijstype"),
            static_cast<int>(r.Int("leerjaar")),
            r.OptInt("group_id"),
            r.Text("group_name"),
            r.OptInt("left_at"),
            r.Int("activated") != 0,
            r.Text("sign_in_name")};
}

}  // namespace

int64_t StudentRepo::AddGroup(int64_t school_id, const std::string& name, int64_t now) {
    return db_.Use([&](Connection& c) {
        return c.InsertReturningId(
            "INSERT INTO school_groups (school_id, name, created_at) VALUES (?, ?, ?) "
            "RETURNING id",
            {school_id, name, now});
    });
}

int64_t StudentRepo::GroupNamed(int64_t school_id, const std::string& name, int64_t now) {
    auto found = db_.Use([&](Connection& c) {
        return c.QueryOne("SELECT id FROM school_groups WHERE school_id = ? AND name = ?",
                          {school_id, name});
    });
    return found ? found->Int("id") : AddGroup(school_id, name, now);
}

void StudentRepo::SetMentors(int64_t group_id, const std::vector<int64_t>& user_ids) {
    db_.With([&](Connection& c) {
        c.Execute("DELETE FROM group_mentors WHERE group_id = ?", {group_id});
        for (int64_t user : user_ids)
            c.Execute("INSERT INTO group_mentors (group_id, user_id) VALUES (?, ?)",
                      {group_id, user});
    });
}

void StudentRepo::AddMentor(int64_t group_id, int64_t user_id) {
    db_.With([&](Connection& c) {
        c.Execute("INSERT INTO group_mentors (group_id, user_id) VALUES (?, ?)",
                  {group_id, user_id});
    });
}

std::vector<GroupRecord> StudentRepo::Groups(int64_t school_id) {
    return db_.Use([&](Connection& c) {
        std::vector<GroupRecord> out;
        for (const auto& r : c.Query(
                 std::string(kGroupSelect) + "WHERE g.school_id = ? ORDER BY g.name", {school_id}))
            out.push_back(ToGroup(r));
        AddMentors(out, c.Query(std::string(kMentorSelect) +
                                    "JOIN school_groups g ON g.id = gm.group_id WHERE "
                                    "g.school_id = ? ORDER BY gm.group_id, u.display_name",
                                {school_id}));
        return out;
    });
}

std::optional<GroupRecord> StudentRepo::Group(int64_t group_id) {
    return db_.Use([&](Connection& c) -> std::optional<GroupRecord> {
        auto r = c.QueryOne(std::string(kGroupSelect) + "WHERE g.id = ?", {group_id});
        if (!r) return std::nullopt;
        std::vector<GroupRecord> one = {ToGroup(*r)};
        AddMentors(one, c.Query(std::string(kMentorSelect) +
                                    "WHERE gm.group_id = ? ORDER BY u.display_name",
                                {group_id}));
        return one.front();
    });
}

int64_t StudentRepo::Enrol(const StudentRecord& s, int64_t now) {
    return db_.Use([&](Connection& c) {
        return c.InsertReturningId(
            "INSERT INTO students (school_id, user_id, local_id, birth_date, onderwijstype, "
            "leerjaar, group_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            {s.school_id, s.user_id, s.local_id, s.birth_date, s.onderwijstype,
             static_cast<int64_t>(s.leerjaar), Opt(s.group_id), now});
    });
}

std::optional<StudentRecord> StudentRepo::Student(int64_t id) {
    return db_.Use([&](Connection& c) -> std::optional<StudentRecord> {
        auto r = c.QueryOne(std::string(kStudentSelect) + "WHERE s.id = ?", {id});
        if (!r) return std::nullopt;
        return ToStudent(*r);
    });
}

std::vector<StudentRecord> StudentRepo::InGroup(int64_t group_id) {
    return db_.Use([&](Connection& c) {
        std::vector<StudentRecord> out;
        for (const auto& r :
             c.Query(std::string(kStudentSelect) + "WHERE s.group_id = ? AND s.left_at IS NULL "
                                                   "ORDER BY u.display_name, s.id",
                     {group_id}))
            out.push_back(ToStudent(r));
        return out;
    });
}

std::vector<StudentRecord> StudentRepo::OfUser(int64_t user_id) {
    return db_.Use([&](Connection& c) {
        std::vector<StudentRecord> out;
        for (const auto& r : c.Query(std::string(kStudentSelect) +
                                         "WHERE s.user_id = ? "
                                         "ORDER BY CASE WHEN s.left_at IS NULL THEN 0 ELSE 1 "
                                         "END, s.id DESC",
                                     {user_id}))
            out.push_back(ToStudent(r));
        return out;
    });
}

std::vector<StudentRecord> StudentRepo::OfSchool(int64_t school_id) {
    return db_.Use([&](Connection& c) {
        std::vector<StudentRecord> out;
        for (const auto& r :
             c.Query(std::string(kStudentSelect) + "WHERE s.school_id = ? ORDER BY s.local_id",
                     {school_id}))
            out.push_back(ToStudent(r));
        return out;
    });
}

void StudentRepo::Update(const StudentRecord& s) {
    db_.With([&](Connection& c) {
        c.Execute(
            "UPDATE students SET birth_date = ?, onderwijstype = ?, leerjaar = ?, group_id = ?, "
            "left_at = ? WHERE id = ?",
            {s.birth_date, s.onderwijstype, static_cast<int64_t>(s.leerjaar), Opt(s.group_id),
             Opt(s.left_at), s.id});
    });
}

void StudentRepo::Remove(int64_t id) {
    db_.With([&](Connection& c) { c.Execute("DELETE FROM students WHERE id = ?", {id}); });
}

bool StudentRepo::AddParent(int64_t student_user_id, int64_t parent_user_id, int64_t now) {
    return db_.Use([&](Connection& c) {
        return c.Execute(
                   "INSERT INTO student_parents (student_user_id, parent_user_id, created_at) "
                   "VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                   {student_user_id, parent_user_id, now}) > 0;
    });
}

void StudentRepo::RemoveParent(int64_t student_user_id, int64_t parent_user_id) {
    db_.With([&](Connection& c) {
        c.Execute("DELETE FROM student_parents WHERE student_user_id = ? AND parent_user_id = ?",
                  {student_user_id, parent_user_id});
    });
}

std::vector<int64_t> StudentRepo::ParentIds(int64_t student_user_id) {
    return db_.Use([&](Connection& c) {
        std::vector<int64_t> out;
        for (const auto& r :
             c.Query("SELECT parent_user_id FROM student_parents WHERE student_user_id = ? "
                     "ORDER BY parent_user_id",
                     {student_user_id}))
            out.push_back(r.Int("parent_user_id"));
        return out;
    });
}

std::vector<int64_t> StudentRepo::WaitingParentsAt(int64_t school_id) {
    return db_.Use([&](Connection& c) {
        std::vector<int64_t> out;
        for (const auto& r :
             c.Query("SELECT DISTINCT p.parent_user_id FROM student_parents p "
                     "JOIN students s ON s.user_id = p.student_user_id "
                     "JOIN users u ON u.id = p.parent_user_id "
                     "WHERE s.school_id = ? AND s.left_at IS NULL AND u.password_hash IS NULL "
                     "ORDER BY p.parent_user_id",
                     {school_id}))
            out.push_back(r.Int("parent_user_id"));
        return out;
    });
}

std::vector<int64_t> StudentRepo::MentorIds(int64_t group_id) {
    return db_.Use([&](Connection& c) {
        std::vector<int64_t> out;
        for (const auto& r :
             c.Query("SELECT user_id FROM group_mentors WHERE group_id = ? ORDER BY user_id",
                     {group_id}))
            out.push_back(r.Int("user_id"));
        return out;
    });
}

namespace {

// The enrolments at a school of a parent's children, current ones or those that ended.
std::vector<StudentRecord> ChildrenWhere(Database& db, int64_t parent_user_id, int64_t school_id,
                                         const char* left) {
    return db.Use([&](Connection& c) {
        std::vector<StudentRecord> out;
        for (const auto& r : c.Query(std::string(kStudentSelect) +
                                         "JOIN student_parents p ON p.student_user_id = "
                                         "s.user_id WHERE p.parent_user_id = ? AND s.school_id = "
                                         "? AND s.left_at " +
                                         left + " ORDER BY u.display_name",
                                     {parent_user_id, school_id}))
            out.push_back(ToStudent(r));
        return out;
    });
}

}  // namespace

std::vector<StudentRecord> StudentRepo::ChildrenAt(int64_t parent_user_id, int64_t school_id) {
    return ChildrenWhere(db_, parent_user_id, school_id, "IS NULL");
}

std::vector<StudentRecord> StudentRepo::FormerChildrenAt(int64_t parent_user_id,
                                                         int64_t school_id) {
    return ChildrenWhere(db_, parent_user_id, school_id, "IS NOT NULL");
}

std::vector<int64_t> ChildrenOf(Connection& c, int64_t user_id) {
    std::vector<int64_t> out;
    for (const auto& r :
         c.Query("SELECT student_user_id FROM student_parents WHERE parent_user_id = ? ORDER BY "
                 "student_user_id",
                 {user_id}))
        out.push_back(r.Int("student_user_id"));
    return out;
}

std::vector<int64_t> MentorGroups(Connection& c, int64_t user_id) {
    std::vector<int64_t> out;
    for (const auto& r : c.Query(
             "SELECT group_id FROM group_mentors WHERE user_id = ? ORDER BY group_id", {user_id}))
        out.push_back(r.Int("group_id"));
    return out;
}

}  // namespace koers::storage
