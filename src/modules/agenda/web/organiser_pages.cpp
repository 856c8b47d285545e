// The organisers' pages: the national events (the redactie, from /redactie/bijeenkomsten) and a
// region's events (its regiocoördinator, from the region's page), with the same handlers. An
// organiser adds and edits events and reads who registered, also as CSV. An event of another
// region, or a national one under a region's address, is not found.
#include "modules/agenda/core/agenda.hpp"
#include "modules/agenda/web/agenda_mail.hpp"
#include "modules/agenda/web/agenda_parts.hpp"
#include "modules/agenda/web/agenda_view.hpp"
#include "modules/agenda/web/paths.hpp"
#include "modules/agenda/web/routes.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/render/table_export.hpp"

namespace koers::web {

using namespace agenda_paths;
using core::Permission;
namespace {

// Whose events a page is about: a region's ({region}) or the national ones.
struct Organiser {
    std::optional<int64_t> region;
    std::string name;  // "Regio Twente" or "Landelijk"

    std::string List() const { return region ? kRegional.With(*region) : kNational.With(); }
    std::string New() const { return region ? kRegionalNew.With(*region) : kNationalNew.With(); }
    std::string Edit(int64_t id) const {
        return region ? kRegionalEdit.With(*region, id) : kNationalEdit.With(id);
    }
    std::string Registrations(int64_t id) const {
        return region ? kRegionalList.With(*region, id) : kNationalList.With(id);
    }
    std::string Csv(int64_t id) const {
        return region ? kRegionalCsv.With(*region, id) : kNationalCsv.With(id);
    }
};

Organiser OrganiserOf(Ctx& ctx) {
    const auto id = ctx.FindId("region");
    if (!id) return {std::nullopt, "Landelijk"};
    const auto region = ctx.app.orgs.Region(*id);
    if (!region) throw core::NotFound();
    return {id, region->name};
}

// The {bijeenkomst} of this organiser.
storage::StoredEvent LoadOwnEvent(Ctx& ctx, const Organiser& o) {
    auto found = AgendaOf(ctx).agenda.Find(ctx.Id("bijeenkomst"));
    if (!found || found->event.region_id != o.region) throw core::NotFound();
    return std::move(*found);
}

Response List(Ctx& ctx) {
    const Organiser o = OrganiserOf(ctx);
    const int64_t now = ctx.app.clock.Now();
    ViewList events;
    for (const auto& s : AgendaOf(ctx).agenda.OfOrganiser(o.region)) {
        View e = EventView(s, now);
        e.set("edit_href", o.Edit(s.event.id));
        e.set("registrations_href", o.Registrations(s.event.id));
        e.set("past", s.event.ends_at <= now);
        events.push_back(std::move(e));
    }
    View v = Object();
    v.set("organiser", o.name);
    v.set("national", !o.region);
    v.set("new_href", o.New());
    v.set("agenda_href", kAgenda.With());
    v.set("has_events", !events.empty());
    v.set("events", std::move(events));
    return RenderPage(ctx, "agenda/organiser", std::move(v), "Bijeenkomsten · " + o.name);
}

core::EventForm FormFromPost(const Ctx& ctx) {
    return {ctx.Field("title"),   ctx.Field("description"), ctx.Field("programme"),
            ctx.Field("place"),   ctx.Field("online_url"),  ctx.Field("audience"),
            ctx.Field("starts"),  ctx.Field("ends"),        ctx.Field("deadline"),
            ctx.Field("capacity")};
}

Response FormPage(Ctx& ctx, const Organiser& o, std::optional<int64_t> id,
                  const core::EventForm& in, const core::Validation& v, int status) {
    ViewList fields;
    fields.push_back(FieldView("title", "Titel", in.title, FieldKind::kLine, 200, true, v));
    fields.push_back(FieldView("description", "Beschrijving", in.description, FieldKind::kText,
                               4000, true, v, "Waar gaat het over, en voor wie is het?"));
    fields.push_back(FieldView("programme", "Programma", in.programme, FieldKind::kText, 4000,
                               false, v, "Eén onderdeel per regel, bijvoorbeeld 13.00 Inloop."));
    fields.push_back(FieldView("audience", "Doelgroep", in.audience, FieldKind::kLine, 300, false,
                               v, "Bijvoorbeeld: decanen en mentoren in het vo."));
    fields.push_back(FieldView("place", "Plaats", in.place, FieldKind::kLine, 300, false, v,
                               "Het adres. Leeg laten als de bijeenkomst alleen online is."));
    fields.push_back(FieldView("online_url", "Link naar de online bijeenkomst", in.online_url,
                               FieldKind::kLine, 500, false, v));
    fields.push_back(FieldView("starts", "Begin", in.starts, FieldKind::kDateTime, 0, true, v));
    fields.push_back(FieldView("ends", "Einde", in.ends, FieldKind::kDateTime, 0, true, v));
    fields.push_back(FieldView("deadline", "Aanmelden kan tot", in.deadline, FieldKind::kDateTime,
                               0, true, v, "Uiterlijk het begin van de bijeenkomst."));
    fields.push_back(FieldView("capacity", "Aantal plaatsen", in.capacity, FieldKind::kNumber, 0,
                               true, v,
                               "Wie zich aanmeldt als alles vol is, komt op de wachtlijst."));
    View view = Object();
    view.set("organiser", o.name);
    view.set("is_new", !id);
    view.set("list_href", o.List());
    view.set("action", id ? o.Edit(*id) : o.New());
    view.set("fields", std::move(fields));
    AddErrors(view, v);
    return RenderPage(ctx, "agenda/form", std::move(view),
                      id ? "Bijeenkomst bewerken" : "Nieuwe bijeenkomst", status);
}

Response NewForm(Ctx& ctx) {
    core::EventForm in;
    in.capacity = "40";
    return FormPage(ctx, OrganiserOf(ctx), std::nullopt, in, {}, 200);
}

Response Create(Ctx& ctx) {
    const Organiser o = OrganiserOf(ctx);
    const core::EventForm in = FormFromPost(ctx);
    core::Validation v;
    auto e = core::ValidateEvent(in, v);
    if (e && e->starts_at <= ctx.app.clock.Now())
        v.Add("starts", "Een nieuwe bijeenkomst begint in de toekomst.");
    if (!v.ok()) return FormPage(ctx, o, std::nullopt, in, v, 422);
    e->region_id = o.region;
    const int64_t now = ctx.app.clock.Now();
    e->id = AgendaOf(ctx).agenda.Add(*e, ctx.user->user_id, now);
    ctx.app.audit.Record(now, ctx.user->user_id, {"agenda.added", "Bijeenkomst toegevoegd"},
                         e->title, o.name, ctx.req.remote_address);
    SetFlash(ctx, "bijeenkomst-opgeslagen");
    return Redirect(o.List());
}

Response EditForm(Ctx& ctx) {
    const Organiser o = OrganiserOf(ctx);
    const auto s = LoadOwnEvent(ctx, o);
    return FormPage(ctx, o, s.event.id, core::FormOf(s.event), {}, 200);
}

Response Save(Ctx& ctx) {
    const Organiser o = OrganiserOf(ctx);
    const auto s = LoadOwnEvent(ctx, o);
    const core::EventForm in = FormFromPost(ctx);
    core::Validation v;
    auto e = core::ValidateEvent(in, v);
    if (!v.ok()) return FormPage(ctx, o, s.event.id, in, v, 422);
    e->id = s.event.id;
    e->region_id = o.region;
    std::vector<core::Registration> promoted;
    try {
        promoted = AgendaOf(ctx).agenda.Update(*e);
    } catch (const core::Conflict& c) {
        v.Add("capacity", c.what());
        return FormPage(ctx, o, s.event.id, in, v, 422);
    }
    for (const auto& r : promoted) MailPromoted(ctx, *e, r);
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {"agenda.changed", "Bijeenkomst gewijzigd"}, e->title, o.name,
                         ctx.req.remote_address);
    SetFlash(ctx, "bijeenkomst-opgeslagen");
    return Redirect(o.List());
}

std::string_view StandingLabel(core::Standing s) {
    switch (s) {
        case core::Standing::kBevestigd:
            return "Aangemeld";
        case core::Standing::kWachtlijst:
            return "Wachtlijst";
        case core::Standing::kAfgemeld:
            return "Afgemeld";
    }
    return "";
}

Response Registrations(Ctx& ctx) {
    const Organiser o = OrganiserOf(ctx);
    const auto s = LoadOwnEvent(ctx, o);
    ViewList rows;
    for (const auto& r : AgendaOf(ctx).agenda.Registrations(s.event.id)) {
        View row = Object();
        row.set("name", r.name);
        row.set("email", r.email);
        row.set("organisation", r.organisation);
        row.set("role", r.role);
        row.set("note", r.note);
        row.set("standing", std::string(StandingLabel(r.standing)));
        row.set("registered", core::FormatDateTime(r.registered_at));
        rows.push_back(std::move(row));
    }
    View v = EventView(s, ctx.app.clock.Now());
    v.set("organiser", o.name);
    v.set("list_href", o.List());
    v.set("csv_href", o.Csv(s.event.id));
    v.set("has_rows", !rows.empty());
    v.set("rows", std::move(rows));
    Response res =
        RenderPage(ctx, "agenda/registrations", std::move(v), "Aanmeldingen · " + s.event.title);
    res.SetHeader("Cache-Control", "private, no-store");
    return res;
}

Response RegistrationsCsv(Ctx& ctx) {
    const Organiser o = OrganiserOf(ctx);
    const auto s = LoadOwnEvent(ctx, o);
    Sheet sheet{"Aanmeldingen", {}};
    sheet.rows.push_back({std::string("Naam"), std::string("E-mailadres"),
                          std::string("School of organisatie"), std::string("Rol"),
                          std::string("Status"), std::string("Aangemeld op"),
                          std::string("Opmerking")});
    for (const auto& r : AgendaOf(ctx).agenda.Registrations(s.event.id))
        sheet.rows.push_back({r.name, r.email, r.organisation, r.role,
                              std::string(StandingLabel(r.standing)),
                              core::FormatDateTime(r.registered_at), r.note});
    Response res;
    res.content_type = "text/csv; charset=utf-8";
    res.body = ToCsv({std::move(sheet)});
    res.SetHeader("Content-Disposition",
                  "attachment; filename=\"aanmeldingen-" + std::to_string(s.event.id) + ".csv\"");
    res.SetHeader("Cache-Control", "private, no-store");
    return res;
}

// One organiser's routes: the national ones or a region's.
struct OrganiserRoutes {
    Access access;
    RoutePath list, add, edit, registrations, csv;
};

void AddOrganiserRoutes(Router& r, const OrganiserRoutes& o) {
    r.Get(o.list, o.access, List);
    r.Get(o.add, o.access, NewForm);
    r.Post(o.add, o.access, Create);
    r.Get(o.edit, o.access, EditForm);
    r.Post(o.edit, o.access, Save);
    r.Get(o.registrations, o.access, Registrations);
    r.Get(o.csv, o.access, RegistrationsCsv);
}

}  // namespace

void AddAgendaOrganiserRoutes(Router& r) {
    AddOrganiserRoutes(r, {Access::Platform(Permission::kOrganiseEvents), kNational, kNationalNew,
                           kNationalEdit, kNationalList, kNationalCsv});
    AddOrganiserRoutes(r, {Access::Region(Permission::kOrganiseEvents, "region"), kRegional,
                           kRegionalNew, kRegionalEdit, kRegionalList, kRegionalCsv});
}

}  // namespace koers::web
