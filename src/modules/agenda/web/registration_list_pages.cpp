// Who registered for one of the organiser's events: the list (names, addresses, roles, wishes),
// CSV and XLSX downloads, a presence list to print, and a message to everyone confirmed or
// waiting (through the outbox, with the event attached), once per form: the form carries a
// one-time token, so a double click or a replayed post sends nothing twice.
#include <algorithm>
#include <cctype>

#include "modules/agenda/core/agenda.hpp"
#include "modules/agenda/web/agenda_mail.hpp"
#include "modules/agenda/web/agenda_parts.hpp"
#include "modules/agenda/web/agenda_view.hpp"
#include "modules/agenda/web/organiser.hpp"
#include "modules/agenda/web/routes.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/db/unit_of_work.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/table_download.hpp"
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

constexpr std::string_view kTokenField = "bericht";

// A token this page made: URL-safe, of the length Random::Token(16) gives.
bool WellFormedToken(std::string_view t) {
    return t.size() >= 16 && t.size() <= 64 && std::all_of(t.begin(), t.end(), [](char ch) {
               return std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '_';
           });
}

// The registrations page, with the message form as posted (`in`, `errors`, and its token while
// it is not sent; a new one otherwise).
Response RegistrationsPage(Ctx& ctx, const Organiser& o, const storage::StoredEvent& s,
                           const core::MessageForm& in, const core::Validation& errors, int status,
                           std::string token = {}) {
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
    v.set("message_token", token.empty() ? ctx.app.random.Token(16) : std::move(token));
    ViewList sent;
    for (const auto& m : AgendaOf(ctx).agenda.Messages(s.event.id)) {
        View row = Object();
        row.set("subject", m.subject);
        row.set("sent_at", core::FormatDateTime(m.sent_at));
        row.set("recipients", std::to_string(m.recipients));
        sent.push_back(std::move(row));
    }
    v.set("sent", std::move(sent));
    v.set("already_sent", status == 409);
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
    const std::string token = ctx.Field(kTokenField);
    if (!WellFormedToken(token))
        throw core::InvalidInput(
            "Dit formulier is niet compleet. Laad de pagina opnieuw en schrijf het bericht "
            "opnieuw.");
    const core::MessageForm in{ctx.Field("subject"), ctx.Field("body")};
    core::Validation v;
    const auto message = core::ValidateMessage(in, v);
    if (!message) return RegistrationsPage(ctx, o, s, in, v, 422, token);
    std::vector<core::Registration> to;
    for (auto& r : AgendaOf(ctx).agenda.Registrations(s.event.id))
        if (r.standing != core::Standing::kAfgemeld) to.push_back(std::move(r));
    const auto sent = static_cast<int64_t>(to.size());
    bool claimed = false;
    try {
        storage::InTransaction(ctx.app.db, [&](storage::Database& tx) {
            claimed = storage::AgendaRepo(tx).ClaimMessage(
                s.event.id, token, message->subject, sent, ctx.user->user_id, ctx.app.clock.Now());
            if (!claimed) return;
            storage::OutboxRepo outbox(tx);
            for (const auto& r : to) MailOrganiserMessage(ctx.app, outbox, s.event, r, *message);
        });
    } catch (const storage::ConstraintError&) {  // the same post at the same moment came first
        claimed = false;
    }
    if (!claimed) return RegistrationsPage(ctx, o, s, {}, {}, 409);  // "al verstuurd"
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
    return TableDownload(sheets, "aanmeldingen-" + std::to_string(s.event.id), xlsx);
}

Response RegistrationsCsv(Ctx& ctx) { return Download(ctx, false); }
Response RegistrationsXlsx(Ctx& ctx) { return Download(ctx, true); }

void AddListsFor(Router& r, Access access, const OrganiserPaths& o) {
    r.Get(o.registrations, access, Registrations);
    r.Get(o.csv, access, RegistrationsCsv);
    r.Get(o.xlsx, access, RegistrationsXlsx);
    r.Get(o.presence, access, PresenceList);
    r.Post(o.message, access, SendMessage);
}

}  // namespace

void AddAgendaRegistrationListRoutes(Router& r) {
    AddListsFor(r, Access::Platform(Permission::kOrganiseEvents), kNationalPaths);
    AddListsFor(r, Access::Region(Permission::kOrganiseEvents, "region"), kRegionalPaths);
}

}  // namespace koers::web
