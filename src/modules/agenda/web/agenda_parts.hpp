#pragma once
// What the agenda module builds at start (Module::build) and its handlers use.
#include "modules/agenda/storage/agenda_repo.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

struct AgendaParts {
    explicit AgendaParts(storage::Database& db) : agenda(db), files(db, storage::kEventFiles) {}

    storage::AgendaRepo agenda;  // events and registrations
    storage::FileTable files;    // the events' presentations and opbrengsten
};

inline AgendaParts& AgendaOf(const Services& app) { return app.parts.Get<AgendaParts>(); }
inline AgendaParts& AgendaOf(const Ctx& ctx) { return AgendaOf(ctx.app); }

}  // namespace koers::web
