#include "modules/doorstroom/module.hpp"

#include <variant>

#include "modules/doorstroom/core/synthetic.hpp"
#include "modules/doorstroom/web/doorstroom_parts.hpp"
#include "modules/doorstroom/web/paths.hpp"
#include "modules/doorstroom/web/routes.hpp"
#include "platform/storage/org_repo.hpp"

namespace koers::storage::doorstroom_migrations {
const std::vector<EmbeddedFile>& Files();  // generated from storage/migrations/*.sql
}
namespace koers::web::doorstroom_templates {
const std::vector<EmbeddedFile>& Files();  // generated from templates/
}

namespace koers::modules {
namespace {

constexpr web::RouteGroup kRoutes[] = {web::AddDoorstroomDashboardRoutes,
                                       web::AddDoorstroomImportRoutes};

constexpr web::NavEntry kNavigation[] = {
    {web::doorstroom_paths::kImport, "Doorstroomcijfers", core::Permission::kManagePlatform},
};

constexpr web::PlaceLink kSchoolLinks[] = {
    {web::doorstroom_paths::kSchool, "Doorstroom",
     "waar uw leerlingen na school heen gingen en hoeveel er uitvielen of overstapten, naast de "
     "regio en heel Nederland.",
     core::Permission::kViewQuality},
};

constexpr web::PlaceLink kRegionLinks[] = {
    {web::doorstroom_paths::kRegion, "Doorstroom",
     "waar de leerlingen van de scholen in de regio heen gingen en hoeveel er uitvielen of "
     "overstapten, naast heel Nederland.",
     core::Permission::kViewRegion},
};

constexpr web::Flash kFlashes[] = {
    {"doorstroom-geimporteerd", "De doorstroomcijfers zijn geïmporteerd."},
};

void Build(web::Services& app) {
    app.parts.Add<web::DoorstroomParts>(app.db, app.clock).figures.LoadAll();
}

// Five years of made-up figures for the demo's schools and sixty more, so the region and the
// country have figures of their own (core/synthetic.hpp: not real figures of any school).
// Veldzicht's are per vestiging, as are some of the others'. Uitval en overstap of the same
// schools and years.
void SeedDemo(storage::Database& db, const web::DemoWorld& world) {
    std::vector<core::SyntheticSchool> schools;
    std::vector<std::string> taken;
    for (const auto& s : storage::OrgRepo(db).Schools()) {
        schools.push_back({s.brin, s.onderwijstypes, s.sector == "mbo" ? 400 : 90});
        if (s.brin == "21VZ")
            schools.back() = {s.brin, s.onderwijstypes, 120, {"Dorpsstraat", "Parkweg"}};
        taken.push_back(s.brin);
    }
    for (auto& s : core::SyntheticSchools(50, 10, taken, 2026)) schools.push_back(std::move(s));
    const auto flows = core::SyntheticFlows(schools, 2025, 5, 2026);
    auto read = core::ReadFlowFile(core::ToFlowCsv(flows, core::SyntheticNames(schools)));
    storage::DoorstroomRepo repo(db);
    repo.Replace(std::get<core::FlowFile>(read), "doorstroom-demo-2021-2025.csv", std::nullopt,
                 world.now, world.now * 1000);
    auto attrition = core::ReadAttritionFile(
        core::ToAttritionCsv(core::SyntheticAttrition(schools, 2025, 5, 2026)));
    repo.ReplaceAttrition(std::get<core::AttritionFile>(attrition), "uitval-demo-2021-2025.csv",
                          std::nullopt, world.now, world.now * 1000);
    auto inflow = core::ReadInflowFile(core::ToInflowCsv(core::SyntheticInflow(flows, schools)));
    repo.ReplaceInflow(std::get<core::InflowFile>(inflow), "instroom-demo-2021-2025.csv",
                       std::nullopt, world.now, world.now * 1000);
}

std::vector<int64_t> Census(web::Services& app) {
    auto& repo = web::DoorstroomOf(app).flows;
    return {repo.Census(storage::FigureKind::kFlows), repo.Census(storage::FigureKind::kAttrition),
            repo.Census(storage::FigureKind::kInflow)};
}

}  // namespace

const web::Module& Doorstroom() {
    static const web::Module kModule{
        .name = "doorstroom",
        .migrations = storage::doorstroom_migrations::Files,
        .templates = web::doorstroom_templates::Files,
        .build = Build,
        .routes = kRoutes,
        .navigation = kNavigation,
        .school_links = kSchoolLinks,
        .region_links = kRegionLinks,
        .flashes = kFlashes,
        .seed_demo = SeedDemo,
        .census = Census,
    };
    return kModule;
}

}  // namespace koers::modules
