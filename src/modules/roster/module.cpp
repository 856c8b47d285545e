#include "modules/roster/module.hpp"

#include "modules/roster/web/paths.hpp"
#include "modules/roster/web/roster_parts.hpp"
#include "modules/roster/web/routes.hpp"
#include "platform/storage/org_repo.hpp"

namespace koers::storage::roster_migrations {
const std::vector<EmbeddedFile>& Files();  // generated from storage/migrations/*.sql
}
namespace koers::web::roster_templates {
const std::vector<EmbeddedFile>& Files();  // generated from templates/
}

namespace koers::modules {
namespace {

constexpr web::RouteGroup kRoutes[] = {web::AddRosterRoutes, web::AddStaffRoutes,
                                       web::AddRosterCodeRoutes};

constexpr web::PlaceLink kSchoolLinks[] = {
    {web::roster_paths::kStudents, "Leerlingen",
     "de leerlingen en groepen van de school, ingelezen uit de leerlingadministratie.",
     core::Permission::kManageStudents},
    {web::roster_paths::kStaff, "Medewerkers",
     "wie er werkt en in welke rol (mentor, decaan, teamleider, docent), ingelezen uit de "
     "personeelsadministratie.",
     core::Permission::kManageStaff},
};

constexpr web::Flash kFlashes[] = {
    {"leerlingen-verwerkt", "De leerlingenlijst is verwerkt."},
    {"import-teruggedraaid", "De laatste import is teruggedraaid."},
    {"medewerkers-verwerkt",
     "De medewerkerslijst is verwerkt. Nieuwe medewerkers krijgen een uitnodiging per e-mail."},
    {"medewerkers-uitgenodigd",
     "De uitnodigingen staan in de uitgaande e-mail. Wie de afgelopen week al een uitnodiging "
     "kreeg, krijgt er geen tweede."},
    {"leerlingen-uitgenodigd",
     "De uitnodigingen staan in de uitgaande e-mail. Leerlingen die de afgelopen week al een "
     "uitnodiging kregen, krijgen er geen tweede."},
};

constexpr std::pair<std::string_view, std::string_view> kWalkIds[] = {{"{import}", "1"}};

void Build(web::Services& app) { app.parts.Add<web::RosterParts>(app.db, app.clock); }

void Housekeeping(web::Services& app) { web::RosterOf(app).imports.Prune(app.clock.Now()); }

// Imports and what applying or undoing them changed.
std::vector<int64_t> Census(web::Services& app) {
    auto& imports = web::RosterOf(app).imports;
    int64_t count = 0, applied = 0, undone = 0;
    for (const auto& school : app.orgs.Schools()) {
        for (const auto kind : {storage::ImportKind::kStudents, storage::ImportKind::kStaff})
            for (const auto& i : imports.OfSchool(school.id, kind, 100000)) {
                ++count;
                applied += i.applied_at ? 1 : 0;
                undone += i.undone_at ? 1 : 0;
            }
    }
    return {count, applied, undone};
}

}  // namespace

const web::Module& Roster() {
    static const web::Module kModule{
        .name = "roster",
        .migrations = storage::roster_migrations::Files,
        .templates = web::roster_templates::Files,
        .build = Build,
        .routes = kRoutes,
        .school_links = kSchoolLinks,
        .flashes = kFlashes,
        .housekeeping = Housekeeping,
        .walk_ids = kWalkIds,
        .census = Census,
    };
    return kModule;
}

}  // namespace koers::modules
