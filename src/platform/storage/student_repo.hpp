#pragma once
// A school's groups (klassen, SLB-groepen) with their mentors, and its students (enrolments: one
// per account and school). Thread-safe (each call leases its own connection). A taken group
// name, local id or enrolment throws ConstraintError.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/storage/db/database.hpp"

namespace koers::storage {

struct GroupRecord {
    int64_t id = 0;
    int64_t school_id = 0;
    std::string name;
    int64_t students = 0;             // current students (leavers not counted)
    std::string mentors;              // their names, comma-separated
    std::vector<int64_t> mentor_ids;  // their accounts, in the order of `mentors`
};

struct StudentRecord {
    int64_t id = 0;  // the enrolment
    int64_t school_id = 0;
    int64_t user_id = 0;
    std::string name;
    std::string local_id;
    std::string birth_date;  // YYYY-MM-DD
    std::string onderwijstype;
    int leerjaar = 0;
    std::optional<int64_t> group_id;
    std::string group_name;
    std::optional<int64_t> left_at;
    bool activated = false;  // the account has a password (the invitation was accepted)
    // What the student signs in with: their e-mail address, or without one the sign-in name Koers
    // gave them (core::StudentSignInName, decision 0018).
    std::string sign_in_name;
};

class StudentRepo {
public:
    explicit StudentRepo(Database& db) : db_(db) {}

    int64_t AddGroup(int64_t school_id, const std::string& name, int64_t now);
    // The group of that name at the school, made when there is none.
    int64_t GroupNamed(int64_t school_id, const std::string& name, int64_t now);
    void AddMentor(int64_t group_id, int64_t user_id);
    // Makes `user_ids` the group's mentors.
    void SetMentors(int64_t group_id, const std::vector<int64_t>& user_ids);
    // The mentors' accounts of a group.
    std::vector<int64_t> MentorIds(int64_t group_id);
    // A school's groups by name, with their number of students and their mentors.
    std::vector<GroupRecord> Groups(int64_t school_id);
    std::optional<GroupRecord> Group(int64_t group_id);

    // Enrols `s.user_id` at `s.school_id`; returns the enrolment's id.
    int64_t Enrol(const StudentRecord& s, int64_t now);
    std::optional<StudentRecord> Student(int64_t id);
    // The current students of a group, by name.
    std::vector<StudentRecord> InGroup(int64_t group_id);
    // The enrolments of an account, current ones first.
    std::vector<StudentRecord> OfUser(int64_t user_id);
    // Links a parent's account to a student's account; false when they were linked already.
    bool AddParent(int64_t student_user_id, int64_t parent_user_id, int64_t now);
    void RemoveParent(int64_t student_user_id, int64_t parent_user_id);
    // The parents' accounts linked to a student's account.
    std::vector<int64_t> ParentIds(int64_t student_user_id);
    // The accounts of parents of the school's current students that have no password yet.
    std::vector<int64_t> WaitingParentsAt(int64_t school_id);
    // The current enrolments at `school_id` of the children of `parent_user_id`, by name.
    std::vector<StudentRecord> ChildrenAt(int64_t parent_user_id, int64_t school_id);
    // The enrolments at `school_id` of the children of `parent_user_id` that ended (leavers), by
    // name.
    std::vector<StudentRecord> FormerChildrenAt(int64_t parent_user_id, int64_t school_id);
    // Every enrolment at a school, leavers included, by local id.
    std::vector<StudentRecord> OfSchool(int64_t school_id);
    // Writes an enrolment's birth date, onderwijstype, leerjaar, group and `left_at`.
    void Update(const StudentRecord& s);
    void Remove(int64_t id);

private:
    Database& db_;
};

// The groups `user_id` is a mentor of (core::Principal::mentor_groups).
std::vector<int64_t> MentorGroups(Connection& c, int64_t user_id);
// The students' accounts `user_id` is a parent of (core::Principal::children).
std::vector<int64_t> ChildrenOf(Connection& c, int64_t user_id);

}  // namespace koers::storage
