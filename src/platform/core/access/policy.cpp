#include "platform/core/access/policy.hpp"

#include <algorithm>

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
        // Who decides on a werkplan also plans the school's LOB programme over the years; the
        // other staff read the planner (kUseAssignments).
        case Permission::kAdoptWerkplan:
        case Permission::kPlanCurriculum:
            return role == Role::kSchoolleider || role == Role::kDecaan ||
                   role == Role::kTeamleider;
        // A student's dossier is theirs: their mentor and the decaan read it, no one else
        // (not the schoolleider, not the platform beheerder); only the student writes in it.
        case Permission::kViewGroups:
            return role == Role::kDecaan || role == Role::kMentor;
        case Permission::kViewDossier:
            return role == Role::kDecaan || role == Role::kMentor || role == Role::kLeerling;
        case Permission::kWriteDossier:
            return role == Role::kLeerling;
        case Permission::kParentView:
            return role == Role::kOuder;
        case Permission::kCoachStudent:
            return role == Role::kDecaan || role == Role::kMentor;
        // National events are the redactie's, a region's events its regiocoördinator's.
        case Permission::kOrganiseEvents:
            return role == Role::kBeheerder || role == Role::kRedacteur ||
                   role == Role::kRegiocoordinator;
        case Permission::kManageNetworks:
            return role == Role::kBeheerder || role == Role::kRegiocoordinator;
        // A school's assignments are its own work: its staff write them, its leiding and decaan
        // decide what is shared with every school. The platform beheerder reads no private one.
        case Permission::kUseAssignments:
            return role == Role::kSchoolleider || role == Role::kDecaan ||
                   role == Role::kTeamleider || role == Role::kMentor || role == Role::kDocent;
        case Permission::kShareAssignments:
        case Permission::kManageStudents:
        case Permission::kManageStaff:
            return role == Role::kSchoolleider || role == Role::kDecaan;
    }
    return false;
}

bool Mentors(const Principal& p, int64_t group_id) {
    return group_id != 0 && std::find(p.mentor_groups.begin(), p.mentor_groups.end(), group_id) !=
                                p.mentor_groups.end();
}

// Whether a school membership reaches a group or a student of its school: a leerling only
// themselves, a mentor only the groups they mentor, a parent only their own children, a
// whole-school role all of them.
bool CoversPerson(const Principal& p, const Membership& m, const Target& t) {
    switch (m.role) {
        case Role::kLeerling:
            return t.kind == Target::Kind::kStudent && t.student_id == p.user_id;
        case Role::kMentor:
            return Mentors(p, t.group_id);
        case Role::kOuder:
            return t.kind == Target::Kind::kStudent &&
                   std::find(p.children.begin(), p.children.end(), t.student_id) !=
                       p.children.end();
        default:
            return !m.team_id;
    }
}

// Whether a membership's reach covers the target.
bool Covers(const Principal& p, const Membership& m, const Target& t) {
    switch (RoleReach(m.role)) {
        case Reach::kPlatform:
            return true;
        case Reach::kRegion:
            return t.kind == Target::Kind::kRegion && m.region_id == t.id;
        case Reach::kSchool:
            if (m.school_id != t.id) return false;
            if (t.kind == Target::Kind::kSchool) return true;
            if (t.kind == Target::Kind::kGroup || t.kind == Target::Kind::kStudent)
                return CoversPerson(p, m, t);
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
        if (Covers(*principal, m, target)) return true;
    }
    return false;
}

}  // namespace koers::core
