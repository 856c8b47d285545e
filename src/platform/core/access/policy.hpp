#pragma once
// The authorisation policy: deny by default. Every route names a Permission and the Target it
// acts on; Allowed() is the only place that decides. A role grants a permission only within its
// reach: a school role only for that school, a region role only for that region.
#include <cstdint>
#include <string_view>

#include "platform/core/access/roles.hpp"

namespace koers::core {

enum class Permission {
    kPublic,             // anyone, signed in or not
    kOwnAccount,         // any signed-in person, on their own record
    kManagePlatform,     // regions, schools, users, outbox, audit log
    kViewRegion,         // a region's overview (aggregates only)
    kViewSchool,         // a school's staff overview
    kManageSchoolTeams,  // add or rename a school's teams/opleidingen
    kEditContent,        // knowledge-base content (redactie)
    kRunScan,            // start, run and close a school's LOB-scan rounds, record actions
    kViewScanResults,    // read a school's LOB-scan results (aggregates only)
    kManageInstruments,  // write new versions of the LOB-scan instruments
    kViewQuality,        // read a school's kwaliteitscyclus (visie, beleid, werkplannen, ...)
    kEditQuality,        // draft visie and beleid, evaluate, LOB-taken, start a new schooljaar
    kAdoptQuality,       // vaststellen of visie and beleid (the schoolleider)
    kEditWerkplan,       // a team's werkplan and its activities (team roles: their own team)
    kAdoptWerkplan,      // vaststellen of a team's werkplan (teamleider: their own team)
    kViewGroups,         // a school's groups (klassen) and who is in them (mentor: their own)
    kViewDossier,        // read a student's loopbaandossier (the student, their mentor, decaan)
    kWriteDossier,       // write in a loopbaandossier (the student, in their own)
    kManageStudents,     // a school's student list: import, groups, leavers (decaan, leiding)
    kManageStaff,        // a school's staff list: import, their LOB roles (decaan, leiding)
    kCoachStudent,       // record loopbaangesprekken in a student's dossier (mentor, decaan)
    kParentView,         // what a parent may see of their child, by the age rules (ouder)
    kOrganiseEvents,     // bijeenkomsten: national (redactie) or a region's (regiocoördinator)
    kManageNetworks,     // a region's networks: members, meeting records, actions (regio)
    kUseAssignments,     // a school's opdrachtenbank: read it, write and copy its assignments
    kShareAssignments,   // share a school's assignment with every school, under a licence
    kPlanCurriculum,     // write a school's curriculumplanner (leiding, decaan, teamleider)
};

// What a permission is used on. A team target is a school's resource that belongs to one team
// (a team's werkplan, a LOB-scan round of one team): `id` is the school, `team_id` the team. A
// group target is one group (klas) of a school; a student target is what belongs to one student
// (their loopbaandossier): `student_id` is the student's account, `group_id` their group (0 for
// none).
struct Target {
    enum class Kind { kNone, kPlatform, kRegion, kSchool, kTeam, kGroup, kStudent };
    Kind kind = Kind::kNone;
    int64_t id = 0;
    int64_t team_id = 0;
    int64_t group_id = 0;
    int64_t student_id = 0;

    static Target None() { return {}; }
    static Target Platform() { return {Kind::kPlatform, 0}; }
    static Target Region(int64_t id) { return {Kind::kRegion, id}; }
    static Target School(int64_t id) { return {Kind::kSchool, id}; }
    static Target Team(int64_t school_id, int64_t team_id) {
        return {Kind::kTeam, school_id, team_id};
    }
    static Target Group(int64_t school_id, int64_t group_id) {
        return {Kind::kGroup, school_id, 0, group_id};
    }
    static Target Student(int64_t school_id, int64_t group_id, int64_t student_id) {
        return {Kind::kStudent, school_id, 0, group_id, student_id};
    }
};

// True when `principal` (nullptr = not signed in) may use `permission` on `target`. A school
// membership tied to one team (a mentor or teamleider of that team) covers the school's own
// pages and that team's resources, not another team's; one for the whole school covers all.
// What belongs to a student is reached by the student themselves (a leerling membership), by a
// mentor of the student's group (Principal::mentor_groups), by a whole-school role that holds
// the permission (the decaan) and by the student's parents (Principal::children); a group by its
// mentors and by such a whole-school role.
bool Allowed(const Principal* principal, Permission permission, const Target& target);

}  // namespace koers::core
