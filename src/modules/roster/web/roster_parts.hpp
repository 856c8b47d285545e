#pragma once
// What the student list module builds at start (Module::build) and its handlers use.
#include "modules/roster/storage/roster_repo.hpp"
#include "modules/roster/web/import_progress.hpp"
#include "modules/roster/web/roster_service.hpp"
#include "modules/roster/web/staff_service.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

struct RosterParts {
    RosterParts(storage::Database& db, core::Clock& clock)
        : imports(db), service(db, clock), staff(db, clock) {}

    storage::RosterRepo imports;  // the uploaded files and what they changed
    RosterService service;        // the student list: plan, apply; undo of either kind
    StaffService staff;           // the staff list: plan, apply
    ImportProgress progress;      // how far "Verwerken" of a student list is
};

inline RosterParts& RosterOf(const Services& app) { return app.parts.Get<RosterParts>(); }
inline RosterParts& RosterOf(const Ctx& ctx) { return RosterOf(ctx.app); }

}  // namespace koers::web
