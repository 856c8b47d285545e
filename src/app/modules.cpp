#include "app/modules.hpp"

#include "modules/agenda/module.hpp"
#include "modules/content/module.hpp"
#include "modules/curriculum/module.hpp"
#include "modules/doorstroom/module.hpp"
#include "modules/dossier/module.hpp"
#include "modules/networks/module.hpp"
#include "modules/newsletter/module.hpp"
#include "modules/participation/module.hpp"
#include "modules/quality/module.hpp"
#include "modules/roster/module.hpp"
#include "modules/scan/module.hpp"
#include "platform/storage/migrations.hpp"

namespace koers::app {

std::span<const web::Module> Modules() {
    static const web::Module kModules[] = {
        modules::Content(),       modules::Scan(),
        modules::Quality(),  // takes over LOB-scan actions: after the scan
        modules::Roster(),        modules::Dossier(),
        modules::Participation(),  // reads the werkplannen' activities: after the quality cycle
        modules::Networks(),      modules::Agenda(),
        modules::Newsletter(),  // composes issues from the content and the agenda: after both
        modules::Curriculum(),    modules::Doorstroom(),
    };
    return kModules;
}

int UpgradeSchema(storage::Database& db, int64_t now) {
    const int applied = storage::ApplyMigrations(db, web::SchemaOf(Modules()), now);
    for (const web::Module& m : Modules())
        if (m.prepare) m.prepare(db, now);
    return applied;
}

}  // namespace koers::app
