#include "modules/curriculum/module.hpp"

#include <stdexcept>

#include "modules/curriculum/core/assignment.hpp"
#include "modules/curriculum/demo_assignments.hpp"
#include "modules/curriculum/demo_plan.hpp"
#include "modules/curriculum/web/curriculum_parts.hpp"
#include "modules/curriculum/web/paths.hpp"
#include "modules/curriculum/web/routes.hpp"
#include "platform/core/demo/demo_data.hpp"

namespace koers::storage::curriculum_migrations {
const std::vector<EmbeddedFile>& Files();  // generated from storage/migrations/*.sql
}
namespace koers::web::curriculum_templates {
const std::vector<EmbeddedFile>& Files();  // generated from templates/
}
namespace koers::modules::curriculum_demo_files {
const std::vector<EmbeddedFile>& Files();  // generated from demo/*.txt
}

namespace koers::modules {
namespace {

constexpr web::RouteGroup kRoutes[] = {
    web::AddBankRoutes,      web::AddAssignmentRoutes, web::AddAssignmentHistoryRoutes,
    web::AddPlannerRoutes,   web::AddActivityRoutes,   web::AddWerkplanLinkRoutes,
    web::AddWorksheetRoutes, web::AddGroupLinkRoutes,  web::AddStudentTaskRoutes,
    web::AddTransitionRoutes};

constexpr web::NavEntry kNavigation[] = {{"/opdrachtenbank", "Opdrachten"}};

constexpr web::PlaceLink kSchoolLinks[] = {
    {web::curriculum_paths::kBank, "Opdrachtenbank",
     "LOB-opdrachten van de school en de opdrachten die andere scholen delen.",
     core::Permission::kUseAssignments},
    {web::curriculum_paths::kPlanner, "Curriculumplanner",
     "Het LOB-programma over de leerjaren: wat de school al doet, waar de gaten zitten, wat er "
     "bij komt en wat werkte.",
     core::Permission::kUseAssignments},
};

constexpr web::StudentLink kStudentLinks[] = {
    {web::curriculum_paths::kStudentTasks, "Mijn opdrachten", "Opdrachten van de groep",
     "de LOB-opdrachten die school voor je groep klaarzette. Begin er een, dan komt hij in je "
     "dossier.",
     core::Permission::kViewDossier},
};

constexpr web::Flash kFlashes[] = {
    {"opdracht-opgeslagen", "De opdracht is opgeslagen."},
    {"opdracht-gedeeld", "De opdracht staat nu in de opdrachtenbank van alle scholen."},
    {"opdracht-niet-gedeeld", "Alleen uw school ziet de opdracht nog."},
    {"opdracht-gekopieerd",
     "De opdracht is gekopieerd naar uw school. Pas hem aan en sla hem op; de maker van het "
     "origineel blijft erbij staan."},
    {"opdracht-verwijderd", "De opdracht is verwijderd."},
    {"activiteit-opgeslagen", "De activiteit staat in de planner."},
    {"activiteit-verwijderd", "De activiteit is uit de planner gehaald."},
    {"werkblad-toegevoegd", "Het werkblad hoort nu bij de opdracht."},
    {"werkblad-verwijderd", "Het werkblad is verwijderd."},
    {"activiteit-in-werkplan",
     "De activiteit staat nu ook in het werkplan van het team, als gepland. Het team houdt daar "
     "de uitvoering bij."},
    {"planner-gedeeld",
     "De scholen in uw regio kunnen uw leerlijnen nu naast de hunne leggen bij de overstap."},
    {"planner-niet-gedeeld", "Alleen uw school ziet de planner nog."},
    {"evaluatie-in-werkplan",
     "De evaluatie staat nu bij de uitvoering in het werkplan van het team. Het team neemt hem "
     "mee in de evaluatie van het schooljaar."},
    {"activiteit-voor-groepen",
     "De groepen zijn opgeslagen. Hun leerlingen zien de activiteit nu bij hun opdrachten."},
    {"activiteit-zonder-groepen", "De activiteit is aan geen groep meer gegeven."},
    {"opdracht-begonnen", "De opdracht staat in het loopbaandossier.",
     "De opdracht staat nu in je dossier. Schrijf op wat je deed en sla het op."},
};

// The first demo assignment (Veldzicht's own, shared) and Veldzicht's first planned activity.
constexpr std::pair<std::string_view, std::string_view> kWalkIds[] = {
    {"{opdracht}", "1"}, {"{activiteit}", "1"}, {"{werkblad}", "1"}};

void Build(web::Services& app) {
    auto& parts = app.parts.Add<web::CurriculumParts>(app.db, app.clock);
    parts.bank.LoadAll();
}

void SeedDemo(storage::Database& db, const web::DemoWorld& world) {
    storage::AssignmentRepo repo(db);
    const storage::Author by{std::nullopt, "Koers-demo"};
    std::vector<DemoBankEntry> bank;
    for (const auto& file : curriculum_demo_files::Files())
        for (const auto& a : ReadDemoAssignments(file.content)) {
            const auto errors = core::CheckAssignment(a.fields);
            if (!errors.ok())
                throw std::runtime_error("demo-opdracht '" +
                                         std::string(core::FieldOf(a.fields, "titel")) +
                                         "': " + errors.errors().front().message);
            const int64_t school = world.schools.at(a.brin);
            const int64_t id = repo.Create(school, a.fields, by, world.now);
            if (!a.licence.empty()) repo.SetShared(school, id, 1, a.licence, by, world.now);
            if (!a.licence.empty() || a.brin == "21VZ") bank.emplace_back(id, a.fields);
        }
    // The first assignment's worksheet: the access walk's {werkblad} 1.
    storage::FileTable(db, storage::kWorksheets)
        .Add({0, bank.front().first, "Werkblad: vragen voor je meeloopdag",
              "werkblad-meeloopdag.pdf", "application/pdf", 0, world.now},
             core::DemoPdf("Werkblad: vragen voor je meeloopdag"), std::nullopt, {});
    // Veldzicht's planner first: the access walk's {activiteit} 1 is its.
    SeedDemoPlan(db, world.schools.at("21VZ"), "vo", bank, 18, world.now);
    SeedDemoPlan(db, world.schools.at("30HZ"), "mbo", bank, 8, world.now);
    // The demo leerling's group (havo 4) and its parallel class have leerjaar 4's activities.
    GiveDemoGroups(db, world.schools.at("21VZ"), 4, {"H4A", "H4B"});
    // Horizon shares its plan with the region, so Veldzicht can look at the overstap.
    storage::ActivityRepo(db).SetShared(world.schools.at("30HZ"), true, "Koers-demo", world.now);
}

std::vector<int64_t> Census(web::Services& app) {
    auto& parts = web::CurriculumOf(app);
    auto figures = parts.assignments.Census();
    for (int64_t n : parts.activities.Census()) figures.push_back(n);
    for (int64_t n : parts.worksheets.Census()) figures.push_back(n);
    for (int64_t n : parts.reach.Census()) figures.push_back(n);
    return figures;
}

}  // namespace

const web::Module& Curriculum() {
    static const web::Module kModule{
        .name = "curriculum",
        .migrations = storage::curriculum_migrations::Files,
        .templates = web::curriculum_templates::Files,
        .build = Build,
        .routes = kRoutes,
        .navigation = kNavigation,
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
