#include "modules/agenda/module.hpp"

#include <random>

#include "modules/agenda/web/agenda_mail.hpp"
#include "modules/agenda/web/agenda_parts.hpp"
#include "modules/agenda/web/paths.hpp"
#include "modules/agenda/web/routes.hpp"
#include "modules/networks/storage/network_repo.hpp"
#include "platform/core/demo/demo_data.hpp"
#include "platform/storage/db/unit_of_work.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/auth/crypto.hpp"

namespace koers::storage::agenda_migrations {
const std::vector<EmbeddedFile>& Files();  // generated from storage/migrations/*.sql
}
namespace koers::web::agenda_templates {
const std::vector<EmbeddedFile>& Files();  // generated from templates/
}

namespace koers::modules {
namespace {

constexpr web::RouteGroup kRoutes[] = {web::AddAgendaRoutes, web::AddAgendaOrganiserRoutes,
                                       web::AddAgendaRegistrationListRoutes,
                                       web::AddNetworkEventRoutes};

constexpr web::NavEntry kNavigation[] = {
    {"/agenda", "Agenda"},
    {"/redactie/bijeenkomsten", "Bijeenkomsten", core::Permission::kOrganiseEvents},
};

constexpr web::PlaceLink kRegionLinks[] = {
    {web::agenda_paths::kRegional, "Bijeenkomsten",
     "de bijeenkomsten van de regio in de agenda, en wie zich aanmeldde.",
     core::Permission::kOrganiseEvents},
};

constexpr web::PlaceLink kSchoolLinks[] = {
    {web::agenda_paths::kSchoolEvents, "Netwerkbijeenkomsten",
     "de bijeenkomsten van de netwerken waar de school lid van is.", core::Permission::kViewSchool},
};

constexpr web::Flash kFlashes[] = {
    {"aangemeld", "U bent aangemeld. De bevestiging staat in uw e-mail.",
     "Je bent aangemeld. De bevestiging staat in je e-mail."},
    {"op-wachtlijst",
     "De bijeenkomst is vol: u staat op de wachtlijst. U krijgt hierover een e-mail.",
     "De bijeenkomst is vol: je staat op de wachtlijst. Je krijgt hierover een e-mail."},
    {"afgemeld", "U bent afgemeld.", "Je bent afgemeld."},
    {"bijeenkomst-opgeslagen", "De bijeenkomst is opgeslagen."},
    {"bestand-bij-bijeenkomst", "Het bestand staat bij de bijeenkomst."},
    {"bestand-van-bijeenkomst-weg", "Het bestand is verwijderd."},
    {"bericht-verstuurd",
     "Het bericht gaat naar iedereen die aangemeld is of op de wachtlijst staat."},
};

// The national event the demo seeds first ({token} comes from the LOB-scan's sample ids; no
// registration has it as its code).
constexpr std::pair<std::string_view, std::string_view> kWalkIds[] = {{"{bijeenkomst}", "1"},
                                                                      {"{bestand}", "1"}};

// Names and addresses of those who registered are kept until 90 days after the event.
constexpr int64_t kKeepRegistrationsSeconds = int64_t{90} * 24 * 3600;

void Build(web::Services& app) { app.parts.Add<web::AgendaParts>(app.db); }

// Reminders two days before (each event's once, by whichever process claims it first, in one
// transaction with its mails), and registrations of events long past deleted.
void Housekeeping(web::Services& app) {
    auto& agenda = web::AgendaOf(app).agenda;
    const int64_t now = app.clock.Now();
    for (const int64_t event : agenda.RemindersDue(now))
        storage::InTransaction(app.db, [&](storage::Database& tx) {
            storage::OutboxRepo outbox(tx);
            if (auto reminder = storage::AgendaRepo(tx).ClaimReminder(event, now))
                for (const auto& r : reminder->confirmed)
                    web::MailReminder(app, outbox, reminder->event, r);
        });
    agenda.PurgeRegistrations(app.clock.Now() - kKeepRegistrationsSeconds);
}

// `days` from now at `hour`:`minute` UTC (the demo needs no exact local time).
int64_t At(int64_t now, int64_t days, int64_t hour, int64_t minute = 0) {
    const int64_t midnight = now - now % 86400;
    return midnight + days * 86400 + hour * 3600 + minute * 60;
}

void Seed(storage::AgendaRepo& agenda, const core::Event& e, int64_t now,
          std::initializer_list<std::pair<const char*, const char*>> people) {
    core::Event event = e;
    event.id = agenda.Add(e, std::nullopt, now);
    std::random_device random;
    int n = 0;
    for (const auto& [name, organisation] : people) {
        core::Registration r;
        r.event_id = event.id;
        r.name = name;
        r.email = "deelnemer" + std::to_string(event.id) + "-" + std::to_string(++n) +
                  "@voorbeeld.example";
        r.organisation = organisation;
        r.role = std::string(core::RegistrantRoles().front());
        agenda.Register(r,
                        web::auth::HashToken(std::to_string(random()) + std::to_string(random())),
                        now - 86400 + n);
    }
}

// A national day, a full regional network meeting with a waiting list, an online session in
// Twente, a meeting in Amstelland that is over, and a werkgroep for the members of the
// Amstelveen network only.
void SeedDemo(storage::Database& db, const web::DemoWorld& world) {
    storage::AgendaRepo agenda(db);
    const int64_t now = world.now;
    const int64_t amstelland = world.regions.at("Regio Amstelland");
    const int64_t twente = world.regions.at("Regio Twente");
    core::Event day;
    day.title = "Landelijke LOB-dag: loopbaangesprekken die werken";
    day.description =
        "Een dag voor decanen, LOB-coördinatoren en mentoren uit vo, mbo en hbo over het "
        "loopbaangesprek: welke vragen helpen een leerling verder, hoe houdt u het kort, en hoe "
        "neemt u ouders mee?\n\nMet workshops van scholen die het al doen.";
    day.programme =
        "09.30 Inloop met koffie\n10.00 Opening\n10.30 Eerste ronde workshops\n12.00 Lunch\n13.00 "
        "Tweede ronde workshops\n14.30 Wat neemt u mee naar school?\n15.00 Afsluiting";
    day.place = "Jaarbeurs Utrecht, zaal 3";
    day.audience = "decanen, LOB-coördinatoren en mentoren";
    day.starts_at = At(now, 60, 8, 30);
    day.ends_at = At(now, 60, 14);
    day.deadline = At(now, 53, 22);
    day.capacity = 150;
    day.sectors = {"vo", "mbo", "hbo"};
    Seed(agenda, day, now,
         {{"Sanne de Wit", "Veldzicht College"}, {"Ahmed Yilmaz", "Horizon mbo"}});

    core::Event network;
    network.region_id = amstelland;
    network.title = "Netwerk LOB Amstelland: de overstap van vmbo naar mbo";
    network.description =
        "Het regionale netwerk komt samen bij Horizon mbo. Vmbo-scholen en het mbo vergelijken "
        "wat leerlingen doen voor en na de overstap, en maken afspraken over de meeloopdagen.";
    network.programme =
        "15.30 Ontvangst\n15.45 Wat leerlingen doen in het vmbo en in het mbo\n"
        "16.45 Afspraken over de meeloopdagen\n17.30 Einde";
    network.place = "Horizon mbo, Amstelveen";
    network.audience = "decanen vmbo en loopbaanadviseurs mbo in de regio";
    network.starts_at = At(now, 20, 14, 30);
    network.ends_at = At(now, 20, 16, 30);
    network.deadline = At(now, 18, 22);
    network.capacity = 4;
    network.sectors = {"vo", "mbo"};
    Seed(agenda, network, now,
         {{"Lotte Jansen", "Rietland Lyceum"},
          {"Mark Visser", "Amstelborg Scholengemeenschap"},
          {"Fatima El Amrani", "Veldzicht College"},
          {"Joost Bakker", "Horizon mbo"},
          {"Eva Smit", "Gemeente Amstelveen"}});

    core::Event webinar;
    webinar.region_id = twente;
    webinar.title = "Webinar: doorstroomgegevens lezen en gebruiken";
    webinar.description =
        "Een uur online over de cijfers van uw school: waar gaan uw leerlingen heen, en zitten ze "
        "daar een jaar later nog? Met voorbeelden uit de regio.";
    webinar.online_url = "https://meet.example.nl/doorstroom-twente";
    webinar.audience = "schoolleiders en decanen";
    webinar.starts_at = At(now, 35, 15);
    webinar.ends_at = At(now, 35, 16);
    webinar.deadline = At(now, 35, 14);
    webinar.capacity = 100;
    webinar.sectors = {"vo"};
    Seed(agenda, webinar, now, {{"Daan Mulder", "De Linden Scholengemeenschap"}});

    core::Event past = network;
    past.title = "Netwerk LOB Amstelland: terugblik op het schooljaar";
    past.starts_at = At(now, -30, 14, 30);
    past.ends_at = At(now, -30, 16, 30);
    past.deadline = At(now, -32, 22);
    past.capacity = 30;
    past.outcome =
        "Elf scholen keken terug op het schooljaar. De meeloopdagen in het mbo werkten goed; "
        "de voorbereiding ervan in de klas kan beter.\n\nAfgesproken: elke vmbo-school geeft "
        "leerlingen vooraf drie vragen mee.";
    past.outcome_url = "/kennisbank";
    const int64_t past_id = agenda.Add(past, std::nullopt, now);
    storage::FileTable(db, storage::kEventFiles)
        .Add({0, past_id, "Presentatie: de meeloopdagen in cijfers", "meeloopdagen-in-cijfers.pdf",
              "application/pdf", 0, now},
             core::DemoPdf("De meeloopdagen in cijfers"), std::nullopt, {});

    // The werkgroep of the Amstelveen network meets for its members only.
    core::Event werkgroep;
    werkgroep.region_id = amstelland;
    werkgroep.network_id =
        storage::NetworkRepo(db).InRegion(amstelland).at(0).id;  // LOB-netwerk Amstelveen
    werkgroep.title = "Werkgroep meeloopdagen: de planning voor het voorjaar";
    werkgroep.description =
        "De werkgroep van het netwerk legt de data van de meeloopdagen vast en verdeelt wie "
        "welke opleiding benadert.";
    werkgroep.place = "Gemeentehuis Amstelveen, kamer 2.14";
    werkgroep.audience = "de werkgroep meeloopdagen van het netwerk";
    werkgroep.starts_at = At(now, 12, 13);
    werkgroep.ends_at = At(now, 12, 14, 30);
    werkgroep.deadline = At(now, 11, 22);
    werkgroep.capacity = 12;
    Seed(agenda, werkgroep, now, {{"Reza Regio", "Gemeente Amstelveen"}});
}

std::vector<int64_t> Census(web::Services& app) {
    auto census = web::AgendaOf(app).agenda.Census();
    for (int64_t n : web::AgendaOf(app).files.Census()) census.push_back(n);
    return census;
}

}  // namespace

const web::Module& Agenda() {
    static const web::Module kModule{
        .name = "agenda",
        .migrations = storage::agenda_migrations::Files,
        .templates = web::agenda_templates::Files,
        .build = Build,
        .routes = kRoutes,
        .navigation = kNavigation,
        .school_links = kSchoolLinks,
        .region_links = kRegionLinks,
        .flashes = kFlashes,
        .housekeeping = Housekeeping,
        .seed_demo = SeedDemo,
        .walk_ids = kWalkIds,
        .census = Census,
    };
    return kModule;
}

}  // namespace koers::modules
