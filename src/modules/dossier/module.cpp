#include "modules/dossier/module.hpp"

#include "modules/dossier/demo_dossier.hpp"
#include "modules/dossier/web/dossier_parts.hpp"
#include "modules/dossier/web/paths.hpp"
#include "modules/dossier/web/retention_job.hpp"
#include "modules/dossier/web/routes.hpp"
#include "modules/dossier/web/todos.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/student_repo.hpp"

namespace koers::storage::dossier_migrations {
const std::vector<EmbeddedFile>& Files();  // generated from storage/migrations/*.sql
}
namespace koers::web::dossier_templates {
const std::vector<EmbeddedFile>& Files();  // generated from templates/
}
namespace koers::modules::dossier_schemas {
const std::vector<EmbeddedFile>& Files();  // generated from schemas/
}

namespace koers::modules {
namespace {

// The published JSON Schema of an exported loopbaandossier (web/dossier_export), for anyone who
// reads or writes one.
void AddSchemaRoutes(web::Router& r) {
    r.Get(web::dossier_paths::kSchema, web::Access::Public(), [](web::Ctx&) {
        web::Response res;
        res.content_type = "application/schema+json";
        for (const auto& f : dossier_schemas::Files())
            if (f.name == "loopbaandossier-v1.schema.json") res.body = std::string(f.content);
        res.SetHeader("Cache-Control", "public, max-age=3600");
        res.SetHeader("Access-Control-Allow-Origin", "*");
        return res;
    });
}

constexpr web::RouteGroup kRoutes[] = {
    web::AddDossierRoutes,
    web::AddDossierEntryRoutes,
    web::AddDossierTalkRoutes,
    web::AddDossierParentRoutes,
    web::AddDossierConversationRoutes,
    web::AddDossierGroupRoutes,
    web::AddDossierChoiceRoutes,
    web::AddDossierCarryRoutes,
    web::AddDossierEvidenceRoutes,
    web::AddDossierShareRoutes,
    web::AddDossierQuestionRoutes,
    web::AddDossierRetentionRoutes,
    AddSchemaRoutes,
};

constexpr web::PlaceLink kSchoolLinks[] = {
    {web::dossier_paths::kGroups, "Groepen en loopbaandossiers",
     "de groepen die u begeleidt, en wat hun leerlingen in hun dossier schrijven.",
     core::Permission::kViewGroups},
    {web::dossier_paths::kMine, "Mijn loopbaandossier",
     "wat je doet, wat je daarvan leert en wat je kiest.", core::Permission::kWriteDossier},
    {web::dossier_paths::kChildren, "De loopbaanoriëntatie van uw kind",
     "wat u mag zien van het loopbaandossier van uw kind.", core::Permission::kParentView},
    {web::dossier_paths::kReceived, "Gedeelde loopbaandossiers",
     "dossiers die nieuwe leerlingen met uw school delen.", core::Permission::kManageStudents},
    {web::dossier_paths::kQuestions, "Vragen voor loopbaangesprekken",
     "de eigen vragen van uw school naast de vaste vragenbank.", core::Permission::kManageStudents},
    {web::dossier_paths::kRetention, "Bewaartermijn loopbaandossiers",
     "hoe lang Koers het dossier van een vertrokken leerling bewaart.",
     core::Permission::kManageStudents},
};

constexpr web::Flash kFlashes[] = {
    {"dossier-opgeslagen", "Opgeslagen in je dossier."},
    {"dossier-verwijderd", "Verwijderd uit je dossier."},
    {"gesprek-opgeslagen", "Opgeslagen in het dossier van de leerling."},
    {"reactie-geplaatst", "Reactie geplaatst."},
    {"bewaartermijn-opgeslagen", "De bewaartermijn is opgeslagen."},
    {"vraag-toegevoegd", "De vraag is toegevoegd."},
    {"vraag-verwijderd", "De vraag is weggehaald."},
    {"deel-verstuurd", "Je dossier is aangeboden. De school leest het pas als ze het accepteert."},
    {"deel-ingetrokken",
     "Je hebt het delen ingetrokken. De school kan je dossier niet meer lezen."},
    {"deel-geaccepteerd", "U heeft het dossier geaccepteerd."},
    {"deel-afgewezen", "U heeft het dossier afgewezen."},
    {"bestand-toegevoegd", "Het bestand staat bij je bewijs."},
    {"bestand-verwijderd", "Het bestand is weggehaald."},
    {"gedeeld-met-ouders", "Je ouders kunnen dit stuk nu lezen."},
    {"niet-gedeeld-met-ouders", "Je ouders kunnen dit stuk niet meer lezen."},
    {"dossier-gewist", "Je dossier is gewist. Er staat niets meer in."},
    {"dossier-kind-gewist", "Het loopbaandossier van uw kind is gewist."},
    {"dossier-meegenomen", "Je dossier van je vorige school staat nu ook hier."},
    {"dossier-meegenomen-zonder-bestanden",
     "Je dossier van je vorige school staat nu ook hier, maar niet alle bestanden van je "
     "bewijzen konden mee. Lees het zip-bestand van je download in (niet alleen het .json-"
     "bestand), of voeg de bestanden zelf toe aan je bewijzen."},
    {"dossier-al-meegenomen",
     "Alles uit dit bestand stond al in je dossier. Er is niets dubbel toegevoegd."},
    {"gesprek-gevraagd",
     "Je vraag om een gesprek is verstuurd. Je mentor of decaan neemt contact met je op."},
    {"afspraak-gedaan", "Goed bezig! De afspraak staat nu bij wat je hebt gedaan."},
    {"afspraak-open", "De afspraak staat weer bij wat je nog moet doen."},
};

// The demo leerling's enrolment, her group (H4A) and her first entry (SeedDemoDossiers).
constexpr std::pair<std::string_view, std::string_view> kWalkIds[] = {
    {"{leerling}", "1"}, {"{groep}", "1"}, {"{entry}", "1"}, {"{soort}", "ervaring"},
    {"{bestand}", "1"},  {"{deel}", "1"},  {"{vraag}", "1"}};

void Build(web::Services& app) { app.parts.Add<web::DossierParts>(app.db); }

void SeedDemo(storage::Database& db, const web::DemoWorld& world) {
    SeedDemoDossiers(db, world.schools.at("21VZ"), world.now);
}

// Entries (every version counts, so an edit changes it), looks, reactions, requests for a
// gesprek, shares and files over every group's students; per school its own questions and its
// retention term.
std::vector<int64_t> Census(web::Services& app) {
    auto& dossiers = web::DossierOf(app).dossiers;
    auto& conversation = web::DossierOf(app).conversation;
    int64_t students = 0, versions = 0, looks = 0, comments = 0, requests = 0, shared = 0,
            files = 0, school_settings = 0;
    for (const auto& school : app.orgs.Schools()) {
        school_settings +=
            static_cast<int64_t>(web::DossierOf(app).questions.OfSchool(school.id).size()) +
            web::DossierOf(app).retention.Years(school.id);
        for (const auto& group : app.students.Groups(school.id)) {
            for (const auto& s : app.students.InGroup(group.id)) {
                ++students;
                for (const auto& e : dossiers.Entries(s.id)) versions += e.version;
                looks += static_cast<int64_t>(dossiers.Looks(s.id, 100000).size());
                for (const auto& [entry, n] : conversation.CommentCounts(s.id)) comments += n;
                requests += conversation.OpenRequest(s.id) ? 1 : 0;
                comments += static_cast<int64_t>(conversation.ActionsDone(s.id).size());
                shared += static_cast<int64_t>(dossiers.SharedWithParents(s.id).size());
                for (const auto& share : web::DossierOf(app).shares.AllOfStudent(s.id))
                    shared += 1 + static_cast<int64_t>(share.state);
                for (const auto& [entry, list] : web::DossierOf(app).evidence.FilesOfStudent(s.id))
                    files += static_cast<int64_t>(list.size());
            }
        }
    }
    return {students, versions, looks, comments, requests, shared, files, school_settings};
}

}  // namespace

const web::Module& Dossier() {
    static const web::Module kModule{
        .name = "dossier",
        .migrations = storage::dossier_migrations::Files,
        .templates = web::dossier_templates::Files,
        .build = Build,
        .routes = kRoutes,
        .school_links = kSchoolLinks,
        .flashes = kFlashes,
        .todos = web::DossierTodos,
        .housekeeping = web::KeepDossierRetention,
        .seed_demo = SeedDemo,
        .walk_ids = kWalkIds,
        .census = Census,
    };
    return kModule;
}

}  // namespace koers::modules
