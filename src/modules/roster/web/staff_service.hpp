#pragma once
// Importing a school's staff list (decision 0019): the plan (every row checked, against the file
// and against who works at the school in Koers: new, changed, unchanged, and who is no longer on
// the list), and applying it in one transaction. The list gives and takes the roles of
// core::kStaffListRoles at the school, with a mentor's or teamleider's team, and sets the
// mentors of the groups it names. It never takes away the roles of the person applying it, and
// it never touches a schoolleider's or any other role. Undoing goes through
// RosterService::Undo, which undoes the school's last import of either kind.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/roster/core/staff_list.hpp"
#include "platform/core/common/environment.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/user_repo.hpp"

namespace koers::web {

// A role at the school, with its team for a mentor or teamleider.
struct StaffRoleAt {
    core::Role role = core::Role::kDocent;
    std::optional<int64_t> team_id;

    bool operator==(const StaffRoleAt&) const = default;
};

struct PlannedStaff {
    core::StaffRow row;  // its errors include those found against Koers's data
    std::string action;  // "nieuw", "gewijzigd", "gelijk"
    std::optional<storage::UserRecord> account;
    std::vector<StaffRoleAt> roles;    // as the list gives them
    std::vector<int64_t> groups;       // the groups of row.groups
    std::vector<std::string> changes;  // "rol docent erbij", "mentor van H4A", ...
};

struct StaffLeaver {
    storage::UserRecord user;
    std::vector<std::string> roles;  // the role labels that go
};

struct StaffPlan {
    std::vector<std::string> problems;  // about the whole file
    std::vector<std::string> columns;
    bool has_groups_column = false;
    std::vector<PlannedStaff> rows;
    std::vector<StaffLeaver> leavers;  // with a role of the list at the school, not in the file
    bool actor_missing = false;        // the person applying has a role and is not in the file
    int added = 0, changed = 0, same = 0, with_errors = 0;

    bool ok() const { return problems.empty() && with_errors == 0; }
    std::string Summary() const;  // "3 nieuw, 2 gewijzigd, 1 vertrokken, 40 ongewijzigd"
};

// What applying changed beyond the plan: whose roles changed (their sessions must see it) and
// the accounts it made (to invite).
struct StaffApplied {
    StaffPlan plan;
    std::vector<int64_t> touched;
    std::vector<int64_t> new_accounts;
};

class StaffService {
public:
    StaffService(storage::Database& db, core::Clock& clock) : db_(db), clock_(clock) {}

    // `actor` is the person who will apply it: their own roles stay.
    StaffPlan Plan(int64_t school_id, std::string_view file, int64_t actor);
    // Plans the stored file again and applies it, in one transaction. Throws core::Conflict when
    // the import was applied already or the plan has errors.
    StaffApplied Apply(int64_t school_id, int64_t import_id, int64_t actor);

private:
    StaffPlan PlanIn(storage::Database& db, int64_t school_id, std::string_view file,
                     int64_t actor);

    storage::Database& db_;
    core::Clock& clock_;
};

}  // namespace koers::web
