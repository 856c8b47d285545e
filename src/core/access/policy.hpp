#pragma once
// The authorisation policy: deny by default. Every route names a Permission and the Target it
// acts on; Allowed() is the only place that decides. A role grants a permission only within its
// reach: a school role only for that school, a region role only for that region.
#include <cstdint>
#include <string_view>

#include "core/access/roles.hpp"

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
};

struct Target {
    enum class Kind { kNone, kPlatform, kRegion, kSchool };
    Kind kind = Kind::kNone;
    int64_t id = 0;

    static Target None() { return {}; }
    static Target Platform() { return {Kind::kPlatform, 0}; }
    static Target Region(int64_t id) { return {Kind::kRegion, id}; }
    static Target School(int64_t id) { return {Kind::kSchool, id}; }
};

// True when `principal` (nullptr = not signed in) may use `permission` on `target`.
bool Allowed(const Principal* principal, Permission permission, const Target& target);

// Allowed() for one team of a school: a membership tied to a team (a mentor or teamleider of
// that team) grants only for that team; one for the whole school grants for every team.
bool AllowedForTeam(const Principal* principal, Permission permission, int64_t school_id,
                    int64_t team_id);

}  // namespace koers::core
