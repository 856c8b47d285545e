#include "modules/scan/module.hpp"

#include "modules/scan/demo_scan.hpp"
#include "modules/scan/instruments.hpp"
#include "modules/scan/storage/scan_repo.hpp"
#include "modules/scan/web/paths.hpp"
#include "modules/scan/web/routes.hpp"
#include "modules/scan/web/scan_parts.hpp"
#include "modules/scan/web/todos.hpp"
#include "platform/storage/org_repo.hpp"

namespace koers::storage::scan_migrations {
const std::vector<EmbeddedFile>& Files();  // generated from storage/migrations/*.sql
}
namespace koers::web::scan_templates {
const std::vector<EmbeddedFile>& Files();  // generated from templates/
}

namespace koers::modules {
namespace {

constexpr web::RouteGroup kRoutes[] = {
    web::AddScanRoundRoutes,  web::AddScanOpenLinkRoutes,   web::AddScanRespondRoutes,
    web::AddScanResultRoutes, web::AddScanComparisonRoutes, web::AddScanInstrumentRoutes,
};

constexpr web::PlaceLink kSchoolLinks[] = {
    {web::scan_paths::kRounds, "LOB-scan",
     "waar staat de school met LOB, en wat is de volgende stap?",
     core::Permission::kViewScanResults},
};
constexpr web::PlaceLink kRegionLinks[] = {
    {web::scan_paths::kRegion, "LOB-scan in de regio",
     "gemiddelde uitkomsten, vanaf vijf scholen per sector.", core::Permission::kViewRegion},
};

constexpr web::Flash kFlashes[] = {
    {"ronde-gestart", "De ronde is gestart. Nodig nu respondenten uit of toon de open link."},
    {"uitnodigingen-verstuurd", "De uitnodigingen staan klaar om te versturen."},
    {"herinneringen-verstuurd", "De herinneringen staan klaar om te versturen."},
    {"einddatum-gewijzigd", "De einddatum is gewijzigd."},
    {"ronde-gesloten", "De ronde is gesloten. De resultaten staan hieronder."},
    {"actie-opgeslagen", "Het actiepunt is opgeslagen."},
    {"actie-verwijderd", "Het actiepunt is verwijderd."},
    {"versie-opgeslagen", "De nieuwe versie is opgeslagen. Nieuwe rondes gebruiken deze versie."},
};

constexpr std::pair<std::string_view, std::string_view> kWalkIds[] = {
    {"{round}", "1"},  // the demo's first round, of 21VZ: never reachable via 14LD
    {"{group}", "docenten"}, {"{token}", "onbekende-link-123"},
    {"{action}", "1"},       {"{instrument}", "1"},
};

void Prepare(storage::Database& db, int64_t now) { LoadShippedInstruments(db, now); }

void Build(web::Services& app) { app.parts.Add<web::ScanParts>(app.db, app.orgs, app.clock); }

void SeedDemo(storage::Database& db, const web::DemoWorld& world) {
    SeedDemoScan(db, world.schools, world.now);
}

std::vector<int64_t> Census(web::Services& app) {
    auto& scans = web::ScanOf(app).scans;
    int64_t rounds = 0, actions = 0, responses = 0;
    for (const auto& school : app.orgs.Schools()) {
        for (const auto& r : scans.RoundsOf(school.id)) {
            ++rounds;
            actions += static_cast<int64_t>(scans.Actions(r.id).size());
            responses += scans.ResponseCount(r.id);
        }
    }
    return {rounds, actions, responses, static_cast<int64_t>(scans.Instruments().size())};
}

void ForgetAccount(storage::Database& tx, int64_t user_id) {
    storage::ScanRepo(tx).ForgetMaker(user_id);
}

}  // namespace

const web::Module& Scan() {
    static const web::Module kModule{
        .name = "scan",
        .migrations = storage::scan_migrations::Files,
        .templates = web::scan_templates::Files,
        .prepare = Prepare,
        .build = Build,
        .routes = kRoutes,
        .school_links = kSchoolLinks,
        .region_links = kRegionLinks,
        .flashes = kFlashes,
        .todos = web::ScanTodos,
        .forget_account = ForgetAccount,
        .seed_demo = SeedDemo,
        .walk_ids = kWalkIds,
        .census = Census,
    };
    return kModule;
}

}  // namespace koers::modules
