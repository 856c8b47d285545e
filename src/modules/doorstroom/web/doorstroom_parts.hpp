#pragma once
// What the doorstroom module builds at start (Module::build) and its handlers use.
#include "modules/doorstroom/storage/doorstroom_repo.hpp"
#include "modules/doorstroom/web/flow_figures.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

struct DoorstroomParts {
    DoorstroomParts(storage::Database& db, core::Clock& clock) : flows(db), figures(flows, clock) {}

    storage::DoorstroomRepo flows;  // the imported figures and the country's sums
    FlowFigures figures;            // the same in memory, for the dashboards
};

inline DoorstroomParts& DoorstroomOf(const Services& app) {
    return app.parts.Get<DoorstroomParts>();
}
inline DoorstroomParts& DoorstroomOf(const Ctx& ctx) { return DoorstroomOf(ctx.app); }

}  // namespace koers::web
