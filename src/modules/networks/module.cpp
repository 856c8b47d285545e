#include "modules/networks/module.hpp"

#include "modules/networks/web/networks_parts.hpp"
#include "modules/networks/web/paths.hpp"
#include "modules/networks/web/routes.hpp"
#include "platform/core/demo/demo_data.hpp"

namespace koers::storage::networks_migrations {
const std::vector<EmbeddedFile>& Files();  // generated from storage/migrations/*.sql
}
namespace koers::web::networks_templates {
const std::vector<EmbeddedFile>& Files();  // generated from templates/
}

namespace koers::modules {
namespace {

constexpr web::RouteGroup kRoutes[] = {web::AddNetworkRoutes, web::AddMemberSchoolRoutes,
                                       web::AddDocumentRoutes};

constexpr web::PlaceLink kRegionLinks[] = {
    {web::networks_paths::kRegionNetworks, "Netwerken",
     "de regionale netwerken: leden, verslagen en de actielijst.",
     core::Permission::kManageNetworks},
};

constexpr web::PlaceLink kSchoolLinks[] = {
    {web::networks_paths::kSchoolNetworks, "Regionale netwerken",
     "de netwerken waar de school lid van is, met hun verslagen en actielijst.",
     core::Permission::kViewSchool},
};

constexpr web::Flash kFlashes[] = {
    {"netwerk-opgeslagen", "Het netwerk is bijgewerkt."},
    {"document-toegevoegd", "Het document staat bij het netwerk."},
    {"document-verwijderd", "Het document is verwijderd."},
};

// The demo's network in Regio Amstelland and what belongs to it (SeedDemo below).
constexpr std::pair<std::string_view, std::string_view> kWalkIds[] = {
    {"{netwerk}", "1"}, {"{lid}", "1"}, {"{verslag}", "1"}, {"{actie}", "1"}, {"{document}", "1"}};

void Build(web::Services& app) { app.parts.Add<web::NetworksParts>(app.db); }

// A city network in Amstelland: four schools, the gemeente and UWV; one meeting's record and an
// action list.
void SeedDemo(storage::Database& db, const web::DemoWorld& world) {
    storage::NetworkRepo networks(db);
    core::Network n;
    n.region_id = world.regions.at("Regio Amstelland");
    n.name = "LOB-netwerk Amstelveen";
    n.description =
        "Scholen voor vo en mbo, de gemeente en UWV werken samen aan de overstap van vmbo naar "
        "mbo en aan jongeren die dreigen uit te vallen.";
    n.cycle = "Elke vier weken op dinsdagmiddag; de werkgroep meeloopdagen elke zes weken";
    n.goals =
        "Elke vmbo-leerling loopt voor 1 maart mee in het mbo.\nDe overdracht van vmbo naar mbo "
        "gebeurt met het doorstroomdossier.\nGeen jongere verlaat de school zonder plek.";
    n.id = networks.Add(n, world.now);
    for (const char* brin : {"21VZ", "30HZ", "22RL", "23AB"}) {
        core::Member m;
        m.network_id = n.id;
        m.school_id = world.schools.at(brin);
        networks.AddMember(m);
    }
    networks.AddMember(
        {0, n.id, std::nullopt, "Gemeente Amstelveen", "Reza Regio", "regio@demo.koers.nl", true});
    networks.AddMember({0, n.id, std::nullopt, "UWV Amstelland", "", "", false});
    networks.AddMeeting({0, n.id, "2026-10-06", "Netwerkbijeenkomst",
                         "1. Terugblik op de meeloopdagen\n2. Het doorstroomdossier\n3. Rondvraag",
                         "De meeloopdagen van vorig jaar liepen goed bij Horizon mbo. Leerlingen "
                         "van twee scholen waren slecht voorbereid.",
                         "Elke vmbo-school geeft leerlingen drie vragen mee naar de meeloopdag."});
    networks.AddAction({0, n.id, "Drie vragen voor de meeloopdag op papier zetten", "Horizon mbo",
                        "2026-12-15", false});
    networks.AddAction(
        {0, n.id, "Data van de meeloopdagen doorgeven", "Gemeente Amstelveen", "2026-11-01", true});
    storage::FileTable(db, storage::kNetworkDocuments)
        .Add({0, n.id, "Jaarplanning meeloopdagen 2026-2027", "jaarplanning-meeloopdagen.pdf",
              "application/pdf", 0, world.now},
             core::DemoPdf("Jaarplanning meeloopdagen 2026-2027"), std::nullopt, {});
}

std::vector<int64_t> Census(web::Services& app) {
    auto census = web::NetworksOf(app).networks.Census();
    for (int64_t n : web::NetworksOf(app).documents.Census()) census.push_back(n);
    return census;
}

}  // namespace

const web::Module& Networks() {
    static const web::Module kModule{
        .name = "networks",
        .migrations = storage::networks_migrations::Files,
        .templates = web::networks_templates::Files,
        .build = Build,
        .routes = kRoutes,
        .school_links = kSchoolLinks,
        .region_links = kRegionLinks,
        .flashes = kFlashes,
        .seed_demo = SeedDemo,
        .walk_ids = kWalkIds,
        .census = Census,
    };
    return kModule;
}

}  // namespace koers::modules
