#pragma once
// Roles a person can hold, each tied to a reach: the whole platform, one region, or one school.
// A person can hold different roles in different schools (one Membership per role and place).
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace koers::core {

enum class Role {
    kBeheerder,
    kRedacteur,
    kRegiocoordinator,
    kSchoolleider,
    kDecaan,
    kTeamleider,
    kMentor,
    kDocent,
    kLeerling,
    kOuder,
};

enum class Reach { kPlatform, kRegion, kSchool };

// All roles in display order.
std::span<const Role> AllRoles();
// Stable code stored in the database ("beheerder", "decaan", ...).
std::string_view RoleCode(Role role);
std::optional<Role> RoleFromCode(std::string_view code);
// Dutch label for the interface ("LOB-coördinator/decaan").
std::string_view RoleLabel(Role role);
Reach RoleReach(Role role);
// Whether a membership of this role can be tied to one team (a teamleider or mentor of a team).
bool RoleMayHaveTeam(Role role);

struct Membership {
    Role role;
    std::optional<int64_t> school_id;  // set when RoleReach(role) == kSchool
    std::optional<int64_t> region_id;  // set when RoleReach(role) == kRegion
    std::string place_name;            // school or region name, for display
    std::optional<int64_t> team_id;    // a school role tied to one team (mentor, teamleider)
};

// The signed-in person as the policy sees them.
struct Principal {
    int64_t user_id = 0;
    std::string display_name;
    std::string email;
    std::vector<Membership> memberships;
    std::vector<int64_t> mentor_groups;  // the groups (klassen) this person is a mentor of
    std::vector<int64_t> children;       // the students' accounts this person is a parent of

    bool Has(Role role) const;
    // Whether Koers speaks to this person with "je": a leerling or student with no other role.
    bool SaysJe() const;
};

}  // namespace koers::core
