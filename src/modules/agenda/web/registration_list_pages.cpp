// Who registered for one of the organiser's events: the list (names, addresses, roles, wishes),
// CSV and XLSX downloads, a presence list to print, and a message to everyone confirmed or
// waiting (through the outbox, with the event attached).
#include "modules/agenda/core/agenda.hpp"
#include "modules/agenda/web/agenda_mail.hpp"
#include "modules/agenda/web/agenda_parts.hpp"
#include "modules/agenda/web/agenda_view.hpp"
#include "modules/agenda/web/organiser.hpp"
#include "modules/agenda/web/routes.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/render/form_field.hpp"
#include "platform/web/render/table_export.hpp"

namespace koers::web {

using core::Permission;
namespace {

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

// The registrations page, with the message form as posted (`in`, `errors`).
Response RegistrationsPage(Ctx& ctx, const Organiser& o, const storage::StoredEvent& s,
                           const core::MessageForm& in, const core::Validation& errors,
                           int status) {
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
    v.set("list_href", o.Link(&OrganiserPaths::list));
    v.set("csv_href", o.Link(&OrganiserPaths::csv, s.event.id));
    v.set("xlsx_href", o.Link(&OrganiserPaths::xlsx, s.event.id));
    v.set("presence_href", o.Link(&OrganiserPaths::presence, s.event.id));
    v.set("message_action", o.Link(&OrganiserPaths::message, s.event.id));
    ViewList message;
    message.push_back(
        FieldView("subject", "Onderwerp", in.subject, FieldKind::kLine, 150, true, errors));
    message.push_back(
        FieldView("body", "Bericht", in.body, FieldKind::kText, 5000, true, errors,
                  "Gaat naar iedereen die aangemeld is of op de wachtlijst staat, met de "
                  "bijeenkomst als bijlage."));
    v.set("message_fields", std::move(message));
    v.set("has_rows", !rows.empty());
    v.set("rows", std::move(rows));
    AddErrors(v, errors);
    Response res = RenderPage(ctx, "agenda/registrations", std::move(v),
                              "Aanmeldingen · " + s.event.title, status);
    res.SetHeader("Cache-Control", "private, no-store");
    return res;
}

Response Registrations(Ctx& ctx) {
    const Organiser o = OrganiserOf(ctx);
    return RegistrationsPage(ctx, o, LoadOwnEvent(ctx, o), {}, {}, 200);
}

// To everyone confirmed or waiting; the form again with its errors otherwise.
Response SendMessage(Ctx& ctx) {
    const Organiser o = OrganiserOf(ctx);
    const auto s = LoadOwnEvent(ctx, o);
    const core::MessageForm in{ctx.Field("subject"), ctx.Field("body")};
    core::Validation v;
    const auto message = core::ValidateMessage(in, v);
    if (!message) return RegistrationsPage(ctx, o, s, in, v, 422);
    int sent = 0;
    for (const auto& r : AgendaOf(ctx).agenda.Registrations(s.event.id)) {
        if (r.standing == core::Standing::kAfgemeld) continue;
        MailOrganiserMessage(ctx.app, s.event, r, *message);
        ++sent;
    }
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {"agenda.message", "Bericht aan de aanmeldingen gestuurd"}, s.event.title,
                         message->subject + " (" + std::to_string(sent) + " ontvangers)",
                         ctx.req.remote_address);
    SetFlash(ctx, "bericht-verstuurd");
    return Redirect(o.Link(&OrganiserPaths::registrations, s.event.id));
}

// A sign-in sheet to print: who is confirmed, with room for a signature.
Response PresenceList(Ctx& ctx) {
    const Organiser o = OrganiserOf(ctx);
    const auto s = LoadOwnEvent(ctx, o);
    ViewList rows;
    int n = 0;
    for (const auto& r : AgendaOf(ctx).agenda.Registrations(s.event.id)) {
        if (r.standing != core::Standing::kBevestigd) continue;
        View row = Object();
        row.set("n", std::to_string(++n));
        row.set("name", r.name);
        row.set("organisation", r.organisation);
        rows.push_back(std::move(row));
    }
    View v = EventView(s, ctx.app.clock.Now());
    v.set("back_href", o.Link(&OrganiserPaths::registrations, s.event.id));
    v.set("has_rows", !rows.empty());
    v.set("rows", std::move(rows));
    Response res =
        RenderPage(ctx, "agenda/presence", std::move(v), "Presentielijst · " + s.event.title);
    res.SetHeader("Cache-Control", "private, no-store");
    return res;
}

Sheet RegistrationsSheet(Ctx& ctx, const storage::StoredEvent& s) {
    Sheet sheet{"Aanmeldingen", {}};
    sheet.rows.push_back({std::string("Naam"), std::string("E-mailadres"),
                          std::string("School of organisatie"), std::string("Rol"),
                          std::string("Status"), std::string("Aangemeld op"),
                          std::string("Opmerking")});
    for (const auto& r : AgendaOf(ctx).agenda.Registrations(s.event.id))
        sheet.rows.push_back({r.name, r.email, r.organisation, r.role,
                              std::string(StandingLabel(r.standing)),
                              core::FormatDateTime(r.registered_at), r.note});
    return sheet;
}

Response Download(Ctx& ctx, bool xlsx) {
    const Organiser o = OrganiserOf(ctx);
    const auto s = LoadOwnEvent(ctx, o);
    const std::vector<Sheet> sheets{RegistrationsSheet(ctx, s)};
    Response res;
    res.content_type = xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                            : "text/csv; charset=utf-8";
    res.body = xlsx ? ToXlsx(sheets) : ToCsv(sheets);
    res.SetHeader("Content-Disposition", "attachment; filename=\"aanmeldingen-" +
                                             std::to_string(s.event.id) +
                                             (xlsx ? ".xlsx\"" : ".csv\""));
    res.SetHeader("Cache-Control", "private, no-store");
    return res;
}

Response RegistrationsCsv(Ctx& ctx) { return Download(ctx, false); }
Response RegistrationsXlsx(Ctx& ctx) { return Download(ctx, true); }

void AddFor(Router& r, Access access, const OrganiserPaths& o) {
    r.Get(o.registrations, access, Registrations);
    r.Get(o.csv, access, RegistrationsCsv);
    r.Get(o.xlsx, access, RegistrationsXlsx);
    r.Get(o.presence, access, PresenceList);
    r.Post(o.message, access, SendMessage);
}

}  // namespace

void AddAgendaRegistrationListRoutes(Router& r) {
    AddFor(r, Access::Platform(Permission::kOrganiseEvents), kNationalPaths);
    AddFor(r, Access::Region(Permission::kOrganiseEvents, "region"), kRegionalPaths);
}

}  // namespace koers::web
