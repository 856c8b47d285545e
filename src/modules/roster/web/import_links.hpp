#pragma once
// What an applied student or staff list changes beyond the enrolments, and how undoing takes it
// back: parent links (made, or taken away when the list no longer names a parent, with the
// parent's account or ouder membership as needed) and staff roles. Each works in the caller's
// transaction and records what it did in the import's tables (RosterRepo).
#include <cstdint>
#include <vector>

#include "modules/roster/core/roster.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/user_repo.hpp"

namespace koers::web {

// Links a student to the parents of their row, making the parent's account and their ouder
// membership at the school when needed.
void LinkParents(storage::Database& tx, int64_t import_id, int64_t school_id, int64_t student_user,
                 const std::vector<core::RosterParent>& parents, int64_t now);
// Unlinks a student from the parents the list no longer names, taking a parent's ouder
// membership at the school when no child of theirs is left there.
void DropParents(storage::Database& tx, int64_t import_id, int64_t school_id, int64_t student_user,
                 const std::vector<storage::UserRecord>& parents);
// Undoes both for an import: its links go (with the accounts it made while unused and without
// other children, or else the ouder memberships it made), the links it took return.
void UnlinkParents(storage::Database& tx, int64_t import_id, int64_t school_id, int64_t now);
// Takes back the roles a staff list gave and gives back those it took, then removes the accounts
// it made that are unused and hold no role any more. Returns the people concerned.
std::vector<int64_t> RestoreRoles(storage::Database& tx, int64_t import_id, int64_t school_id,
                                  int64_t now);

}  // namespace koers::web
