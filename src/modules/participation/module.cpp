#include "modules/participation/module.hpp"

#include "modules/participation/web/participation_parts.hpp"
#include "modules/participation/web/paths.hpp"
#include "modules/participation/web/routes.hpp"
#include "modules/quality/storage/quality_repo.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/student_repo.hpp"

namespace koers::storage::participation_migrations {
const std::vector<EmbeddedFile>& Files();  // generated from storage/migrations/*.sql
}
namespace koers::web::participation_templates {
const std::vector<EmbeddedFile>& Files();  // generated from templates/
}

namespace koers::modules {
namespace {

constexpr web::RouteGroup kRoutes[] = {web::AddParticipationRoutes};

constexpr web::PlaceLink kSchoolLinks[] = {
    {web::participation_paths::kOverview, "Deelname aan LOB-activiteiten",
     "wie aan de activiteiten uit de werkplannen meedeed, per leerjaar en per groep.",
     core::Permission::kViewQuality},
};

constexpr web::StudentLink kStudentLinks[] = {
    {web::participation_paths::kStudent, "Mijn LOB-activiteiten", "LOB-activiteiten van school",
     "de open dagen, meeloopdagen en andere activiteiten van school waar je aan meedeed.",
     core::Permission::kViewDossier},
};

constexpr web::Flash kFlashes[] = {
    {"deelname-opgeslagen", "De deelname is opgeslagen."},
};

// An activity of 21VZ's current schooljaar (the demo's werkplannen; SeedDemo below).
constexpr std::pair<std::string_view, std::string_view> kWalkIds[] = {{"{activiteit}", "1"}};

void Build(web::Services& app) { app.parts.Add<web::ParticipationParts>(app.db); }

// The demo: in the current schooljaar of 21VZ, most of havo 4 (H4A, H4B) took part in what
// the Bovenbouw havo team already carried out.
void SeedDemo(storage::Database& db, const web::DemoWorld& world) {
    const int64_t school = world.schools.at("21VZ");
    storage::QualityRepo quality(db);
    storage::StudentRepo students(db);
    storage::ParticipationRepo participation(db);
    const auto years = quality.Years(school);
    if (years.empty()) return;
    const auto team = world.teams.find("21VZ/Bovenbouw havo");
    if (team == world.teams.end()) return;
    int n = 0;
    for (const auto& a : quality.Records(years.front().id, core::Kind::kActiviteit)) {
        if (a.record.status != core::kUitgevoerd || a.record.team_id != team->second) continue;
        for (const auto& g : students.Groups(school)) {
            if (g.name != "H4A" && g.name != "H4B") continue;
            std::vector<int64_t> took;
            for (const auto& s : students.InGroup(g.id))
                if (++n % 7 != 3) took.push_back(s.id);
            participation.SetForGroup(a.record.id, g.id, took, std::nullopt, world.now);
        }
    }
}

// Every recorded participation, at every school.
std::vector<int64_t> Census(web::Services& app) {
    int64_t count = 0;
    for (const auto& school : app.orgs.Schools())
        for (const auto& [activity, n] :
             web::ParticipationOf(app).participation.CountsAt(school.id))
            count += n;
    return {count};
}

}  // namespace

const web::Module& Participation() {
    static const web::Module kModule{
        .name = "participation",
        .migrations = storage::participation_migrations::Files,
        .templates = web::participation_templates::Files,
        .build = Build,
        .routes = kRoutes,
        .school_links = kSchoolLinks,
        .student_links = kStudentLinks,
        .flashes = kFlashes,
        .seed_demo = SeedDemo,
        .walk_ids = kWalkIds,
        .census = Census,
    };
    return kModule;
}

}  // namespace koers::modules
