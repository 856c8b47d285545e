#pragma once
// Reading a school's staff list as its administration system exports it: who works there, in
// which LOB role (mentor/SLB'er, decaan, teamleider, docent, by the words schools use), in which
// team, and which groups they mentor. Every row is checked with a Dutch message naming the
// column; a file with a BSN column is refused as a whole, as the student list is.
//
// The import gives and takes only these four roles: making someone schoolleider, or taking that
// role away, stays with the platform's beheerder (who may do so knowingly, one person at a time).
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/access/roles.hpp"

namespace koers::core {

struct StaffRow {
    int line = 0;  // in the file, for messages
    std::string name;
    std::string email;                // lower case
    std::vector<Role> roles;          // of kStaffListRoles, each once, in that order
    std::string team;                 // the team's name as the file writes it; may be empty
    std::vector<std::string> groups;  // the groups they mentor (then `roles` holds kMentor)
    std::vector<std::string> errors;
};

struct StaffFile {
    std::vector<StaffRow> rows;
    std::vector<std::string> problems;  // about the whole file; nothing is read then
    std::vector<std::string> columns;   // what was recognised: "Functie ← rol", ...
    bool has_groups_column = false;
    bool has_team_column = false;  // without one, a role keeps the team it has in Koers

    int RowsWithErrors() const;
};

// The roles a staff list gives and takes.
inline constexpr Role kStaffListRoles[] = {Role::kDecaan, Role::kTeamleider, Role::kMentor,
                                           Role::kDocent};

// Reads the bytes of an uploaded file.
StaffFile ReadStaffList(std::string_view bytes);

}  // namespace koers::core
