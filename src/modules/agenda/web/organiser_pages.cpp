// The organisers' pages: the national events (the redactie, from /redactie/bijeenkomsten) and a
// region's events (its regiocoördinator, from the region's page), with the same handlers: the
// list of the organiser's events, adding one and editing it (a larger capacity fills from the
// waiting list; fewer places than are confirmed is refused). Who registered:
// registration_list_pages.
#include <algorithm>
#include <variant>

#include "modules/agenda/core/agenda.hpp"
#include "modules/agenda/web/agenda_mail.hpp"
#include "modules/agenda/web/agenda_parts.hpp"
#include "modules/agenda/web/agenda_view.hpp"
#include "modules/agenda/web/network_events.hpp"
#include "modules/agenda/web/organiser.hpp"
#include "modules/agenda/web/routes.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/http/page_cache.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/uploaded_file.hpp"
#include "platform/web/render/form_field.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {

using namespace agenda_paths;
using core::Permission;
namespace {

Response List(Ctx& ctx) {
    const Organiser o = OrganiserOf(ctx);
    const int64_t now = ctx.app.clock.Now();
    ViewList events;
    for (const auto& s : AgendaOf(ctx).agenda.OfOrganiser(o.region)) {
        View e = EventView(s, now);
        e.set("edit_href", o.Link(&OrganiserPaths::edit, s.event.id));
        e.set("registrations_href", o.Link(&OrganiserPaths::registrations, s.event.id));
        e.set("past", s.event.ends_at <= now);
        events.push_back(std::move(e));
    }
    View v = Object();
    v.set("organiser", o.name);
    v.set("national", !o.region);
    v.set("new_href", o.Link(&OrganiserPaths::add));
    v.set("agenda_href", kAgenda.With());
    v.set("has_events", !events.empty());
    v.set("events", std::move(events));
    return RenderPage(ctx, "agenda/organiser", std::move(v), "Bijeenkomsten · " + o.name);
}

core::EventForm FormFromPost(const Ctx& ctx) {
    return {ctx.Field("title"),      ctx.Field("description"),   ctx.Field("programme"),
            ctx.Field("place"),      ctx.Field("online_url"),    ctx.Field("audience"),
            ctx.Field("starts"),     ctx.Field("ends"),          ctx.Field("deadline"),
            ctx.Field("capacity"),   ctx.FieldValues("sectors"), ctx.Field("outcome"),
            ctx.Field("outcome_url")};
}

// The network of the posted form ("network": empty for the public agenda): one of the region's
// networks, else the reason in `v`. A national event has none.
std::optional<int64_t> PostedNetwork(const Ctx& ctx, const Organiser& o, core::Validation& v) {
    const std::string posted = ctx.Field("network");
    if (posted.empty() || !o.region) return std::nullopt;
    for (const auto& n : RegionNetworks(ctx, *o.region))
        if (std::to_string(n.id) == posted) return n.id;
    v.Add("network", "Kies een netwerk van de regio, of de openbare agenda.");
    return std::nullopt;
}

Response FormPage(Ctx& ctx, const Organiser& o, std::optional<int64_t> id,
                  const core::EventForm& in, std::string_view network, const core::Validation& v,
                  int status) {
    ViewList fields;
    fields.push_back(FieldView("title", "Titel", in.title, FieldKind::kLine, 200, true, v));
    if (o.region) {
        View who = FieldView("network", "Voor wie", "", FieldKind::kChoice, 0, false, v,
                             "Niets gekozen: in de openbare agenda, voor iedereen. Een netwerk: "
                             "alleen de leden van het netwerk zien de bijeenkomst.");
        ViewList networks;
        for (const auto& n : RegionNetworks(ctx, *o.region))
            networks.push_back(ChoiceView(std::to_string(n.id), "Alleen leden van " + n.name,
                                          std::to_string(n.id) == network));
        who.set("options", std::move(networks));
        fields.push_back(std::move(who));
    }
    fields.push_back(FieldView("description", "Beschrijving", in.description, FieldKind::kText,
                               4000, true, v, "Waar gaat het over, en voor wie is het?"));
    fields.push_back(FieldView("programme", "Programma", in.programme, FieldKind::kText, 4000,
                               false, v, "Eén onderdeel per regel, bijvoorbeeld 13.00 Inloop."));
    fields.push_back(FieldView("audience", "Doelgroep", in.audience, FieldKind::kLine, 300, false,
                               v, "Bijvoorbeeld: decanen en mentoren in het vo."));
    View sectors = FieldView("sectors", "Voor welke sectoren", "", FieldKind::kChecks, 0, false, v,
                             "Niets aangevinkt: voor iedereen.");
    ViewList options;
    for (auto sector : core::EventSectors()) {
        bool chosen = false;
        for (const auto& c : in.sectors) chosen = chosen || c == sector;
        options.push_back(CheckOption("sectors", std::string(sector), std::string(sector), chosen));
    }
    sectors.set("options", std::move(options));
    fields.push_back(std::move(sectors));
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
    fields.push_back(FieldView("outcome", "Terugblik", in.outcome, FieldKind::kText, 4000, false, v,
                               "Na afloop: wat de bijeenkomst opleverde. Staat op de pagina "
                               "zodra de bijeenkomst voorbij is."));
    fields.push_back(FieldView("outcome_url", "Link bij de terugblik", in.outcome_url,
                               FieldKind::kLine, 500, false, v,
                               "De presentaties, of een item in de kennisbank, zoals "
                               "/kennisbank/...."));
    View view = Object();
    if (id) {
        ViewList files;
        for (const auto& f : AgendaOf(ctx).files.Of(*id)) {
            View item = StoredFileView(f, kEventFile.With(*id, f.id));
            item.set("remove_action", o.Link(&OrganiserPaths::remove_file, *id, f.id));
            files.push_back(std::move(item));
        }
        view.set("has_files", !files.empty());
        view.set("files", std::move(files));
        view.set("files_action", o.Link(&OrganiserPaths::files, *id));
        ViewList upload;
        upload.push_back(FieldView("titel", "Titel", "", FieldKind::kLine, 200, false, v,
                                   "Leeg: de naam van het bestand."));
        upload.push_back(FieldView("bestand", "Bestand", "", FieldKind::kFile, 0, true, v,
                                   "Een presentatie of verslag: PDF, PowerPoint, Word, Excel, "
                                   "OpenDocument of een afbeelding, tot 10 MB. Het staat op de "
                                   "pagina van de bijeenkomst, voor wie die ziet."));
        view.set("file_fields", std::move(upload));
    }
    view.set("organiser", o.name);
    view.set("is_new", !id);
    view.set("list_href", o.Link(&OrganiserPaths::list));
    view.set("action", id ? o.Link(&OrganiserPaths::edit, *id) : o.Link(&OrganiserPaths::add));
    view.set("fields", std::move(fields));
    AddErrors(view, v);
    return RenderPage(ctx, "agenda/form", std::move(view),
                      id ? "Bijeenkomst bewerken" : "Nieuwe bijeenkomst", status);
}

Response NewForm(Ctx& ctx) {
    core::EventForm in;
    in.capacity = "40";
    return FormPage(ctx, OrganiserOf(ctx), std::nullopt, in, "", {}, 200);
}

Response Create(Ctx& ctx) {
    const Organiser o = OrganiserOf(ctx);
    const core::EventForm in = FormFromPost(ctx);
    core::Validation v;
    auto e = core::ValidateEvent(in, v);
    if (e && e->starts_at <= ctx.app.clock.Now())
        v.Add("starts", "Een nieuwe bijeenkomst begint in de toekomst.");
    const auto network = PostedNetwork(ctx, o, v);
    if (!v.ok()) return FormPage(ctx, o, std::nullopt, in, ctx.Field("network"), v, 422);
    e->region_id = o.region;
    e->network_id = network;
    const int64_t now = ctx.app.clock.Now();
    e->id = AgendaOf(ctx).agenda.Add(*e, ctx.user->user_id, now);
    ctx.app.audit.Record(now, ctx.user->user_id, {"agenda.added", "Bijeenkomst toegevoegd"},
                         e->title, o.name, ctx.req.remote_address);
    ctx.app.published.Clear();
    SetFlash(ctx, "bijeenkomst-opgeslagen");
    return Redirect(o.Link(&OrganiserPaths::list));
}

Response EditForm(Ctx& ctx) {
    const Organiser o = OrganiserOf(ctx);
    const auto s = LoadOwnEvent(ctx, o);
    return FormPage(ctx, o, s.event.id, core::FormOf(s.event),
                    s.event.network_id ? std::to_string(*s.event.network_id) : "", {}, 200);
}

Response Save(Ctx& ctx) {
    const Organiser o = OrganiserOf(ctx);
    const auto s = LoadOwnEvent(ctx, o);
    const core::EventForm in = FormFromPost(ctx);
    core::Validation v;
    auto e = core::ValidateEvent(in, v);
    const auto network = PostedNetwork(ctx, o, v);
    if (!v.ok()) return FormPage(ctx, o, s.event.id, in, ctx.Field("network"), v, 422);
    e->id = s.event.id;
    e->region_id = o.region;
    e->network_id = network;
    std::vector<core::Registration> promoted;
    try {
        promoted = AgendaOf(ctx).agenda.Update(*e, ctx.app.clock.Now());
    } catch (const core::Conflict& c) {
        v.Add("capacity", c.what());
        return FormPage(ctx, o, s.event.id, in, ctx.Field("network"), v, 422);
    }
    for (const auto& r : promoted) MailPromoted(ctx.app, *e, r);
    // Who is registered hears when or where it moved (the reminder goes again: agenda_repo).
    const auto& was = s.event;
    if (e->starts_at != was.starts_at || e->ends_at != was.ends_at || e->place != was.place ||
        e->online_url != was.online_url)
        for (const auto& r : AgendaOf(ctx).agenda.Registrations(e->id))
            if (r.standing != core::Standing::kAfgemeld &&
                std::none_of(promoted.begin(), promoted.end(),
                             [&](const auto& p) { return p.id == r.id; }))
                MailMoved(ctx.app, *e, r);
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {"agenda.changed", "Bijeenkomst gewijzigd"}, e->title, o.name,
                         ctx.req.remote_address);
    ctx.app.published.Clear();
    SetFlash(ctx, "bijeenkomst-opgeslagen");
    return Redirect(o.Link(&OrganiserPaths::list));
}

constexpr storage::FileLimits kFileLimits{20, int64_t{100} * 1024 * 1024};

// The form page of the {bijeenkomst} again, with the reason a file was refused.
Response FileRefused(Ctx& ctx, const Organiser& o, const storage::StoredEvent& s,
                     const core::Validation& v, int status) {
    return FormPage(ctx, o, s.event.id, core::FormOf(s.event),
                    s.event.network_id ? std::to_string(*s.event.network_id) : "", v, status);
}

Response AddFile(Ctx& ctx) {
    const Organiser o = OrganiserOf(ctx);
    const auto s = LoadOwnEvent(ctx, o);
    core::Validation v;
    int status = 400;
    const auto file = CheckTitledFile(ctx, v, status);
    if (!file) return FileRefused(ctx, o, s, v, status);
    const storage::StoredFile stored{
        0, s.event.id, file->title, file->name, file->media_type, 0, ctx.app.clock.Now()};
    const auto added = AgendaOf(ctx).files.Add(stored, *file->data, ctx.user->user_id, kFileLimits);
    if (const auto* why = std::get_if<storage::FileRefusal>(&added)) {
        v.Add("bestand", RefusedFile(*why, kFileLimits, "deze bijeenkomst"));
        return FileRefused(ctx, o, s, v, 409);
    }
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {"agenda.file_added", "Bestand bij een bijeenkomst gezet"}, s.event.title,
                         stored.name, ctx.req.remote_address);
    SetFlash(ctx, "bestand-bij-bijeenkomst");
    return Redirect(o.Link(&OrganiserPaths::edit, s.event.id) + "#bestanden");
}

Response RemoveFile(Ctx& ctx) {
    const Organiser o = OrganiserOf(ctx);
    const auto s = LoadOwnEvent(ctx, o);
    if (!AgendaOf(ctx).files.Remove(s.event.id, ctx.Id("bestand"))) throw core::NotFound();
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {"agenda.file_removed", "Bestand van een bijeenkomst verwijderd"},
                         s.event.title, "", ctx.req.remote_address);
    SetFlash(ctx, "bestand-van-bijeenkomst-weg");
    return Redirect(o.Link(&OrganiserPaths::edit, s.event.id) + "#bestanden");
}

void AddFor(Router& r, Access access, const OrganiserPaths& o) {
    r.Upload(o.files, access, AddFile);
    r.Post(o.remove_file, access, RemoveFile);
    r.Get(o.list, access, List);
    r.Get(o.add, access, NewForm);
    r.Post(o.add, access, Create);
    r.Get(o.edit, access, EditForm);
    r.Post(o.edit, access, Save);
}

}  // namespace

void AddAgendaOrganiserRoutes(Router& r) {
    AddFor(r, Access::Platform(Permission::kOrganiseEvents), kNationalPaths);
    AddFor(r, Access::Region(Permission::kOrganiseEvents, "region"), kRegionalPaths);
}

}  // namespace koers::web
