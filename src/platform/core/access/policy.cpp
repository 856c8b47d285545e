#include "platform/core/access/policy.hpp"

namespace koers::core {
namespace {

bool RoleGrants(Role role, Permission p) {
    switch (p) {
        case Permission::kPublic:
        case Permission::kOwnAccount:
            return true;
        case Permission::kManagePlatform:
            return role == Role::kBeheerder;
        case Permission::kViewRegion:
            return role == Role::kBeheerder || role == Role::kRegiocoordinator;
        case Permission::kViewSchool:
            return role == Role::kBeheerder || role == Role::kSchoolleider ||
                   role == Role::kDecaan || role == Role::kTeamleider || role == Role::kMentor ||
                   role == Role::kDocent;
        case Permission::kManageSchoolTeams:
            return role == Role::kBeheerder || role == Role::kSchoolleider || role == Role::kDecaan;
        case Permission::kEditContent:
            return role == Role::kBeheerder || role == Role::kRedacteur;
        // A school's scan is that school's own: the platform beheerder does not read it.
        case Permission::kRunScan:
            return role == Role::kSchoolleider || role == Role::kDecaan;
        case Permission::kViewScanResults:
            return role == Role::kSchoolleider || role == Role::kDecaan ||
                   role == Role::kTeamleider;
        case Permission::kManageInstruments:
            return role == Role::kBeheerder;
        // The quality cycle is the school's own: staff read it, the platform beheerder does not.
        case Permission::kViewQuality:
            return role == Role::kSchoolleider || role == Role::kDecaan ||
                   role == Role::kTeamleider || role == Role::kMentor || role == Role::kDocent;
        case Permission::kEditQuality:
            return role == Role::kSchoolleider || role == Role::kDecaan;
        case Permission::kAdoptQuality:
            return role == Role::kSchoolleider;
        case Permission::kEditWerkplan:
            return role == Role::kSchoolleider || role == Role::kDecaan ||
                   role == Role::kTeamleider || role == Role::kMentor;
        case Permission::kAdoptWerkplan:
            return role == Role::kSchoolleider || role == Role::kDecaan ||
                   role == Role::kTeamleider;
    }
    return false;
}

// Whether a membership's reach covers the target.
bool Covers(const Membership& m, const Target& t) {
    switch (RoleReach(m.role)) {
        case Reach::kPlatform:
            return true;
        case Reach::kRegion:
            return t.kind == Target::Kind::kRegion && m.region_id == t.id;
        case Reach::kSchool:
            if (m.school_id != t.id) return false;
            if (t.kind == Target::Kind::kSchool) return true;
            // A membership tied to one team reaches the school's pages, not all its teams.
            return t.kind == Target::Kind::kTeam && (!m.team_id || *m.team_id == t.team_id);
    }
    return false;
}

}  // namespace

bool Allowed(const Principal* principal, Permission permission, const Target& target) {
    if (permission == Permission::kPublic) return true;
    if (principal == nullptr) return false;
    if (permission == Permission::kOwnAccount) return true;
    for (const auto& m : principal->memberships) {
        if (!RoleGrants(m.role, permission)) continue;
        if (target.kind == Target::Kind::kPlatform || target.kind == Target::Kind::kNone) {
            if (RoleReach(m.role) == Reach::kPlatform) return true;
            continue;
        }
        if (Covers(m, target)) return true;
    }
    return false;
}

}  // namespace koers::core
