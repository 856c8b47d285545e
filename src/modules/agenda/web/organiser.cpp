#include "modules/agenda/web/organiser.hpp"

#include "modules/agenda/web/agenda_parts.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/org_repo.hpp"

namespace koers::web {

Organiser OrganiserOf(const Ctx& ctx) {
    const auto id = ctx.FindId("region");
    if (!id) return {std::nullopt, "Landelijk"};
    const auto region = ctx.app.orgs.Region(*id);
    if (!region) throw core::NotFound();
    return {id, region->name};
}

storage::StoredEvent LoadOwnEvent(const Ctx& ctx, const Organiser& o) {
    auto found = AgendaOf(ctx).agenda.Find(ctx.Id("bijeenkomst"));
    if (!found || found->event.region_id != o.region) throw core::NotFound();
    return std::move(*found);
}

}  // namespace koers::web
