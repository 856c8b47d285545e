#pragma once
// Importing a school's student list: the plan (every row of the file checked, against the file
// and against who is in Koers already: new, changed, unchanged, and who is no longer on the
// list), applying it in one transaction (a bad file changes nothing; a replayed post changes
// nothing twice), and undoing the last import.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/roster/core/roster.hpp"
#include "modules/roster/web/import_progress.hpp"
#include "platform/core/common/environment.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/storage/user_repo.hpp"

namespace koers::web {

struct PlannedRow {
    core::RosterRow row;  // its errors include those found against Koers's data
    std::string action;   // "nieuw", "gewijzigd", "gelijk"
    std::optional<storage::StudentRecord> current;
    std::vector<std::string> changes;  // "klas H3A → H4A"
    // A new student's sign-in name: the e-mail address, or without one the name Koers gives
    // (core::StudentSignInName; the mentor hands out an activation code).
    std::string sign_in;
    // Parents or verzorgers on the row who are not linked to the student yet.
    std::vector<core::RosterParent> new_links;
    // Parents linked to the student whom the list no longer names (when it has parent columns).
    std::vector<storage::UserRecord> gone_links;
};

struct RosterPlan {
    std::vector<std::string> problems;  // about the whole file
    std::vector<std::string> columns;
    bool has_mentor_column = false;
    std::vector<PlannedRow> rows;
    std::vector<storage::StudentRecord> leavers;  // on the school's list, not in the file
    int added = 0, changed = 0, same = 0, with_errors = 0;
    int parent_links = 0;    // parents or verzorgers to link
    int parent_unlinks = 0;  // and to unlink

    bool ok() const { return problems.empty() && with_errors == 0; }
    std::string Summary() const;  // "12 nieuw, 3 gewijzigd, 1 vertrokken, 40 ongewijzigd"
};

class RosterService {
public:
    RosterService(storage::Database& db, core::Clock& clock) : db_(db), clock_(clock) {}

    // `progress` hears after every 100 rows checked how many are, of twice the rows (applying
    // them is the other half).
    RosterPlan Plan(int64_t school_id, std::string_view file,
                    const std::function<void(Progress)>& progress = {});
    // Plans the stored file again against the current list and applies it, in one transaction,
    // telling `progress` how far it is as it goes: every 100 rows checked, then every 100 rows
    // and leavers applied, of the rows twice and the leavers, and at the end. Throws
    // core::Conflict when the import was applied already or the plan has errors.
    RosterPlan Apply(int64_t school_id, int64_t import_id,
                     const std::function<void(Progress)>& progress = {});
    // Undoes the school's last applied import, of either kind (a student list or a staff list,
    // StaffService): new students are removed (or, once they signed in, marked as leavers),
    // changed ones get their former data back, leavers return, the parent links it made go
    // (with the parents' accounts it made, while unused) and those it took return, the roles it
    // gave go and those it took return (with the staff accounts it made, while unused), and the
    // groups get their former mentors back. Returns the people whose roles changed (their sessions
    // must see it). Throws core::Conflict when `import_id` is not the last applied import.
    std::vector<int64_t> Undo(int64_t school_id, int64_t import_id);

private:
    storage::Database& db_;
    core::Clock& clock_;
};

}  // namespace koers::web
