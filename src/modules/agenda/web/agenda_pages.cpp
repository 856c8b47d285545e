// The public agenda: the coming bijeenkomsten, one event's page with its registration form (no
// account needed), a registration's own page through the secret code in its confirmation mail
// (see where you stand, cancel), and the events as iCalendar files. Registering is limited per
// client address; a full event puts newcomers on the waiting list, and a cancelled place goes to
// the first one waiting, who is told by mail.
#include "modules/agenda/core/agenda.hpp"
#include "modules/agenda/web/agenda_mail.hpp"
#include "modules/agenda/web/agenda_parts.hpp"
#include "modules/agenda/web/agenda_view.hpp"
#include "modules/agenda/web/network_events.hpp"
#include "modules/agenda/web/paths.hpp"
#include "modules/agenda/web/routes.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/auth/crypto.hpp"
#include "platform/web/auth/rate_limits.hpp"
#include "platform/web/http/page_cache.hpp"
#include "platform/web/http/parse.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/uploaded_file.hpp"
#include "platform/web/render/form_field.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {

using namespace agenda_paths;
namespace {

// Registrations from one client address: a school's staff may share one, so the limits are
// generous for people and tight for a script.
constexpr core::RateWindow kRegistrationsPerAddress[] = {{10, 60}, {60, 3600}};
constexpr size_t kCodeBytes = 24;
// The agenda and its calendar file show at most this many coming events (about a year's worth
// of a busy installation).
constexpr int kUpcomingShown = 300;

// The event if this reader may see it: a network's own event only its members and the region's
// organisers (for anyone else it does not exist).
storage::StoredEvent Visible(const Ctx& ctx, std::optional<storage::StoredEvent> found) {
    if (!found || (found->event.network_id && !MaySeeNetworkEvent(ctx, found->event)))
        throw core::NotFound("Deze bijeenkomst staat niet (meer) in de agenda.");
    return std::move(*found);
}

// The {bijeenkomst}, as Visible.
storage::StoredEvent LoadEvent(Ctx& ctx) {
    return Visible(ctx, AgendaOf(ctx).agenda.Find(ctx.Id("bijeenkomst")));
}

// The sector of ?sector=, if any; a sector not in the list is a 400.
std::string SectorParam(const Ctx& ctx) {
    std::string sector = ctx.QueryParam("sector").value_or("");
    if (sector.empty()) return sector;
    for (auto known : core::EventSectors())
        if (known == sector) return sector;
    throw core::InvalidInput("Kies een sector uit de lijst: vo, mbo of hbo.");
}

Response Agenda(Ctx& ctx) {
    const int64_t now = ctx.app.clock.Now();
    const std::string sector = SectorParam(ctx);
    ViewList events;
    for (const auto& e : AgendaOf(ctx).agenda.Upcoming(now, kUpcomingShown))
        if (sector.empty() || core::ForSector(e.event, sector)) events.push_back(EventView(e, now));
    ViewList filters;
    const auto filter = [&](const std::string& value, const std::string& label) {
        View f = Object();
        f.set("label", label);
        f.set("href", value.empty() ? kAgenda.With() : kAgenda.With() + "?sector=" + value);
        f.set("current", value == sector);
        filters.push_back(std::move(f));
    };
    filter("", "Alle sectoren");
    for (auto s : core::EventSectors()) filter(std::string(s), std::string(s));
    View v = Object();
    v.set("filters", std::move(filters));
    v.set("lookback_href", kLookBack.With());
    v.set("has_events", !events.empty());
    v.set("events", std::move(events));
    v.set("feed_href", kFeed.With());
    PageMeta meta;
    meta.description =
        "Landelijke en regionale bijeenkomsten over loopbaanoriëntatie en "
        "-begeleiding: aanmelden kan zonder account.";
    meta.canonical_path = kAgenda.With();
    return RenderPage(ctx, "agenda/list", std::move(v), "Agenda", 200, &meta);
}

Response LookBack(Ctx& ctx) {
    const int64_t now = ctx.app.clock.Now();
    ViewList events;
    for (const auto& e : AgendaOf(ctx).agenda.Past(now, 50)) events.push_back(EventView(e, now));
    View v = Object();
    v.set("agenda_href", kAgenda.With());
    v.set("has_events", !events.empty());
    v.set("events", std::move(events));
    return RenderPage(ctx, "agenda/lookback", std::move(v), "Terugblik");
}

View RegistrationFields(const core::RegistrationForm& in, const core::Validation& v) {
    ViewList fields;
    fields.push_back(FieldView("name", "Naam", in.name, FieldKind::kLine, 120, true, v));
    fields.push_back(FieldView("email", "E-mailadres", in.email, FieldKind::kEmail, 254, true, v,
                               "Hier komt de bevestiging, met de link om af te melden."));
    fields.push_back(FieldView("organisation", "School of organisatie", in.organisation,
                               FieldKind::kLine, 200, false, v));
    View role = FieldView("role", "Uw rol", in.role, FieldKind::kChoice, 0, true, v);
    ViewList roles;
    for (auto r : core::RegistrantRoles())
        roles.push_back(ChoiceView(std::string(r), std::string(r), r == in.role));
    role.set("options", std::move(roles));
    fields.push_back(std::move(role));
    fields.push_back(FieldView("note", "Dieetwensen of toegankelijkheid", in.note, FieldKind::kText,
                               1000, false, v,
                               "Bijvoorbeeld vegetarisch, of een rolstoelplek. Alleen de "
                               "organisatie leest dit."));
    return fields;
}

Response EventPage(Ctx& ctx, const storage::StoredEvent& s, const core::RegistrationForm& in,
                   const core::Validation& v, int status) {
    View view = EventView(s, ctx.app.clock.Now());
    view.set("agenda_href", kAgenda.With());
    ViewList files;
    for (const auto& f : AgendaOf(ctx).files.Of(s.event.id))
        files.push_back(StoredFileView(f, kEventFile.With(s.event.id, f.id)));
    view.set("has_files", !files.empty());
    view.set("files", std::move(files));
    view.set("action", kRegister.With(s.event.id));
    view.set("fields", RegistrationFields(in, v));
    AddErrors(view, v);
    PageMeta meta;  // a network's own event is not described to the outside
    meta.description = s.event.title + ": " + core::EventWhen(s.event);
    meta.canonical_path = kEvent.With(s.event.id);
    return RenderPage(ctx, "agenda/event", std::move(view), s.event.title, status,
                      s.event.network_id ? nullptr : &meta);
}

Response Event(Ctx& ctx) {
    auto found = AgendaOf(ctx).agenda.Find(ctx.Id("bijeenkomst"));
    // A member who follows the link in a mail while signed out signs in first.
    if (!ctx.user && found && found->event.network_id)
        return Redirect("/inloggen?terug=" + UrlEncode(ctx.target.path));
    core::RegistrationForm in;  // someone signed in need not type who they are
    if (ctx.user) in = {ctx.user->display_name, ctx.user->email, "", "", ""};
    return EventPage(ctx, Visible(ctx, std::move(found)), in, {}, 200);
}

Response Register(Ctx& ctx) {
    const auto s = LoadEvent(ctx);
    const int64_t now = ctx.app.clock.Now();
    switch (core::RegistrationOpening(s.event, now)) {
        case core::Opening::kOpen:
            break;
        case core::Opening::kDeadlinePassed:
            throw core::Conflict("De aanmelding voor deze bijeenkomst is gesloten.");
        case core::Opening::kOver:
            throw core::Conflict(
                "Deze bijeenkomst is al begonnen of voorbij; aanmelden kan niet meer.");
    }
    const core::RegistrationForm in{ctx.Field("name"), ctx.Field("email"),
                                    ctx.Field("organisation"), ctx.Field("role"),
                                    ctx.Field("note")};
    core::Validation v;
    auto r = core::ValidateRegistration(in, v);
    if (!r) return EventPage(ctx, s, in, v, 422);
    LimitPerAddress(ctx, "agenda-register", kRegistrationsPerAddress,
                    "Vanaf dit netwerk zijn in korte tijd erg veel aanmeldingen verstuurd. Wacht "
                    "een paar minuten en probeer het dan opnieuw.");
    r->event_id = s.event.id;
    const std::string code = ctx.app.random.Token(kCodeBytes);
    const auto done = AgendaOf(ctx).agenda.Register(*r, auth::HashToken(code), now);
    if (done.already)
        throw core::Conflict(
            "Met dit e-mailadres is al iemand aangemeld voor deze bijeenkomst. In de "
            "bevestigingsmail staat de link om de aanmelding te bekijken of af te melden.");
    if (done.full)
        throw core::Conflict(
            "Deze bijeenkomst is vol, en de wachtlijst ook. Aanmelden kan niet meer.");
    ctx.app.published.Clear();
    r->standing = done.standing;
    MailRegistered(ctx.app, s.event, *r, done.queue_place, code);
    SetFlash(ctx, done.standing == core::Standing::kBevestigd ? "aangemeld" : "op-wachtlijst");
    return Redirect(kRegistration.With(code));
}

std::string Code(const Ctx& ctx) { return Find(ctx.params, "token").value_or(""); }

// The registration of the {token}, and its event.
std::pair<core::Registration, storage::StoredEvent> LoadRegistration(Ctx& ctx) {
    const std::string code = Code(ctx);
    auto r = AgendaOf(ctx).agenda.ByCode(auth::HashToken(code));
    if (!r)
        throw core::NotFound(
            "Deze aanmelding bestaat niet (meer). Gebruik de link uit de nieuwste mail over uw "
            "aanmelding.");
    auto s = AgendaOf(ctx).agenda.Find(r->event_id);
    if (!s) throw core::NotFound("Deze bijeenkomst staat niet (meer) in de agenda.");
    return {std::move(*r), std::move(*s)};
}

Response Registration(Ctx& ctx) {
    const auto [r, s] = LoadRegistration(ctx);
    const int64_t now = ctx.app.clock.Now();
    View v = EventView(s, now);
    v.set("name", r.name);
    v.set("email", r.email);
    v.set("confirmed", r.standing == core::Standing::kBevestigd);  // not EventView's counts
    v.set("waiting", r.standing == core::Standing::kWachtlijst);
    v.set("cancelled", r.standing == core::Standing::kAfgemeld);
    const int place = AgendaOf(ctx).agenda.QueuePlace(r);
    v.set("queue_place", std::to_string(place));
    v.set("may_cancel", r.standing != core::Standing::kAfgemeld && now < s.event.starts_at);
    v.set("cancel_action", kCancel.With(Code(ctx)));
    v.set("register_href", kEvent.With(s.event.id));
    Response res = RenderPage(ctx, "agenda/registration", std::move(v), "Uw aanmelding");
    res.SetHeader("Cache-Control", "private, no-store");
    return res;
}

Response Cancel(Ctx& ctx) {
    const auto [r, s] = LoadRegistration(ctx);
    const int64_t now = ctx.app.clock.Now();
    if (now >= s.event.starts_at)
        throw core::Conflict("Deze bijeenkomst is al begonnen of voorbij; afmelden kan niet meer.");
    const std::string code = Code(ctx);
    const auto done = AgendaOf(ctx).agenda.Cancel(auth::HashToken(code), now);
    ctx.app.published.Clear();
    if (done && done->promoted) MailPromoted(ctx.app, s.event, *done->promoted);
    SetFlash(ctx, "afgemeld");
    return Redirect(kRegistration.With(code));
}

// A file of the {bijeenkomst}: as visible as the event.
Response EventFile(Ctx& ctx) {
    const auto s = LoadEvent(ctx);
    auto& files = AgendaOf(ctx).files;
    const auto file = files.Find(s.event.id, ctx.Id("bestand"));
    auto data = file ? files.Data(s.event.id, file->id) : std::nullopt;
    if (!data) throw core::NotFound("Dit bestand staat niet (meer) bij de bijeenkomst.");
    return FileResponse(file->media_type, file->name, std::move(*data),
                        !s.event.network_id.has_value());
}

Response Calendar(const std::vector<core::Event>& events, Ctx& ctx, std::string_view name,
                  std::string_view filename) {
    Response res;
    res.content_type = "text/calendar; charset=utf-8";
    res.body = core::IcsCalendar(
        events, name, AbsoluteUrl(ctx, ""), [](int64_t id) { return kEvent.With(id); },
        ctx.app.clock.Now());
    res.SetHeader("Content-Disposition", "inline; filename=\"" + std::string(filename) + "\"");
    res.SetHeader("Cache-Control", "public, max-age=300");
    return res;
}

Response Feed(Ctx& ctx) {
    std::vector<core::Event> events;
    for (auto& s : AgendaOf(ctx).agenda.Upcoming(ctx.app.clock.Now(), kUpcomingShown))
        events.push_back(std::move(s.event));
    return Calendar(events, ctx, "Koers: agenda LOB", "agenda.ics");
}

Response EventIcs(Ctx& ctx) {
    return Calendar({LoadEvent(ctx).event}, ctx, "Koers: agenda LOB", "bijeenkomst.ics");
}

}  // namespace

void AddAgendaRoutes(Router& r) {
    // The same for every anonymous reader: kept a second (decision 0022); a registration or a
    // change in this process clears them.
    r.Published(kAgenda, Agenda);
    r.Get(kFeed, Access::Public(), Feed);
    r.Published(kLookBack, LookBack);
    r.Get(kEvent, Access::Public(), Event);
    r.Get(kEventIcs, Access::Public(), EventIcs);
    r.Get(kEventFile, Access::Public(), EventFile);
    r.Post(kRegister, Access::Public(), Register);
    r.Get(kRegistration, Access::Public(), Registration);
    r.Post(kCancel, Access::Public(), Cancel);
}

}  // namespace koers::web
