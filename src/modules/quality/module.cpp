#include "modules/quality/module.hpp"

#include "modules/quality/demo_quality.hpp"
#include "modules/quality/web/paths.hpp"
#include "modules/quality/web/quality_parts.hpp"
#include "modules/quality/web/routes.hpp"
#include "modules/quality/web/todos.hpp"
#include "platform/storage/org_repo.hpp"

namespace koers::storage::quality_migrations {
const std::vector<EmbeddedFile>& Files();  // generated from storage/migrations/*.sql
}
namespace koers::web::quality_templates {
const std::vector<EmbeddedFile>& Files();  // generated from templates/
}

namespace koers::modules {
namespace {

constexpr web::RouteGroup kRoutes[] = {
    web::AddQualityOverviewRoutes, web::AddQualityDocumentRoutes, web::AddQualitySchoolPlanRoutes,
    web::AddQualityWerkplanRoutes, web::AddQualityTaskRoutes,     web::AddQualityHistoryRoutes,
};

constexpr web::PlaceLink kSchoolLinks[] = {
    {web::quality_paths::kStart, "Kwaliteitscyclus",
     "LOB-visie, beleid, werkplannen per team, evaluaties en LOB-taken.",
     core::Permission::kViewQuality},
};
constexpr web::PlaceLink kRegionLinks[] = {
    {web::quality_paths::kRegion, "Kwaliteitscyclus in de regio",
     "hoe ver de scholen zijn met plannen, uitvoeren, evalueren en bijstellen.",
     core::Permission::kViewRegion},
};

constexpr web::Flash kFlashes[] = {
    {"vastgesteld", "Vastgesteld. Dit is nu de afgesproken versie."},
    {"verwijderd", "Verwijderd. In de geschiedenis blijft zichtbaar wat er stond."},
    {"schooljaar-gestart",
     "Het nieuwe schooljaar is gestart. Het vorige jaar is afgesloten en blijft te lezen."},
    {"actiepunten-overgenomen", "De actiepunten staan nu als activiteiten in het werkplan."},
};

constexpr std::pair<std::string_view, std::string_view> kWalkIds[] = {
    {"{jaar}", "2026"}, {"{record}", "1"},  // a record of 21VZ's first schooljaar
};

void Build(web::Services& app) { app.parts.Add<web::QualityParts>(app.db); }

void SeedDemo(storage::Database& db, const web::DemoWorld& world) {
    SeedDemoQuality(db, world.schools.at("21VZ"), world.now);
}

// Every version of every record counts, so an edit changes the census as well as an addition.
std::vector<int64_t> Census(web::Services& app) {
    auto& quality = web::QualityOf(app).quality;
    int64_t years = 0, versions = 0;
    for (const auto& school : app.orgs.Schools()) {
        for (const auto& y : quality.Years(school.id)) {
            ++years;
            for (const auto& r : quality.AllRecords(y.id)) versions += r.version;
        }
    }
    return {years, versions};
}

}  // namespace

const web::Module& Quality() {
    static const web::Module kModule{
        .name = "quality",
        .migrations = storage::quality_migrations::Files,
        .templates = web::quality_templates::Files,
        .build = Build,
        .routes = kRoutes,
        .school_links = kSchoolLinks,
        .region_links = kRegionLinks,
        .flashes = kFlashes,
        .todos = web::QualityTodos,
        .seed_demo = SeedDemo,
        .walk_ids = kWalkIds,
        .census = Census,
    };
    return kModule;
}

}  // namespace koers::modules
