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

}  // namespace koers::core
