#pragma once
// A capability module (content, the LOB-scan, the kwaliteitscyclus, ...) as the platform sees
// it: one descriptor naming everything the module adds to the shared machinery. Each module
// defines one in its module.cpp; the composition root (src/app/modules.cpp) lists them. The
// platform never includes a module, it only reads these. Recipe: docs/ARCHITECTURE.md, "Adding
// a capability".
#include <cstdint>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/core/access/policy.hpp"
#include "platform/core/common/embedded.hpp"
#include "platform/storage/migrations.hpp"
#include "platform/web/http/route_path.hpp"

namespace koers::web {

class Router;
struct Services;
struct Ctx;

using EmbeddedFiles = const std::vector<EmbeddedFile>& (*)();
using RouteGroup = void (*)(Router&);

// An entry of the main menu. Public entries come first, for everyone; the others for a signed-in
// person who holds `permission` on the platform.
struct NavEntry {
    std::string_view href;
    std::string_view label;
    core::Permission permission = core::Permission::kPublic;
};

// A link a module adds to the page of a school or a region, and to the dashboard card of those
// who work there: shown to who holds `permission` on that school or region. `route` has one
// parameter, the {school} or the {region}.
struct PlaceLink {
    RoutePath route;
    std::string_view label;  // "LOB-scan"
    std::string_view about;  // after the link on the school's page
    core::Permission permission;
};

// A link a module adds to a student's loopbaandossier page, to its own page about that student:
// `route` has the parameters {school} and {leerling} (the enrolment). Shown to who holds
// `permission` on the student; `label` is the student's own words ("Mijn ..."), `staff_label`
// the mentor's and decaan's.
struct StudentLink {
    RoutePath route;
    std::string_view label;
    std::string_view staff_label;
    std::string_view about;  // after the link, in the student's words
    core::Permission permission;
};

// A link in the footer of every page, about the installation itself (over ons, contact,
// privacyverklaring, toegankelijkheidsverklaring, vacatures).
struct FooterLink {
    std::string href;
    std::string label;
};

// Something a person should do now, on the dashboard card of one of their roles: with a
// number where there is one, and the page where it is done ("3 stappen van de kwaliteitscyclus
// zijn te laat"). `late` marks what is overdue.
struct Todo {
    std::string text;
    std::string href;
    bool late = false;
};

// A message shown once after a redirect (SetFlash(ctx, code)).
struct Flash {
    std::string_view code;
    std::string_view text;
    std::string_view je = {};  // the text for a leerling (Principal::SaysJe); empty: `text`
};

// The demo world the platform seeded, for a module to add its demo data to: ids by region name,
// school BRIN code and "BRIN/team name".
struct DemoWorld {
    int64_t now = 0;
    std::map<std::string, int64_t, std::less<>> regions, schools, teams;
};

struct Module {
    // Lower case; also the key of its migrations ("<name>-<NNNN>-<what>.sql").
    std::string_view name;
    EmbeddedFiles migrations = nullptr;
    // "folder/name.mustache"; names are shared by all modules, so each uses its own folder.
    EmbeddedFiles templates = nullptr;
    // After migrating, before serving (e.g. loading shipped instruments). Idempotent.
    void (*prepare)(storage::Database&, int64_t now) = nullptr;
    // Adds the module's repositories and services to app.parts, once at start.
    void (*build)(Services& app) = nullptr;
    std::span<const RouteGroup> routes;
    std::span<const NavEntry> navigation;
    std::span<const PlaceLink> school_links;
    std::span<const PlaceLink> region_links;
    std::span<const StudentLink> student_links;
    // The footer links the module has now (pages that exist); called for every page.
    std::vector<FooterLink> (*footer_links)(Services& app) = nullptr;
    std::span<const Flash> flashes;
    // What needs doing for one role of the signed-in person (its school, team or region), for
    // their dashboard: only what that role may open, in the words of that role.
    std::vector<Todo> (*todos)(const Ctx& ctx, const core::Membership& role) = nullptr;
    // Periodic work (retention, reminders), run every ten minutes by every koers process: it must
    // be idempotent and safe when several processes run it at once.
    void (*housekeeping)(Services& app) = nullptr;
    // Work that should not wait ten minutes (sending a nieuwsbrief in batches), run every five
    // seconds by every koers process: one short step each time, safe when several run it at once.
    void (*background)(Services& app) = nullptr;
    // Lets go of an account that a beheerder removes, inside the removal's transaction: clears
    // what of the module refers to it without being its own (who wrote a kennisbank item, who
    // made a LOB-scan round), which then shows without a name. What is the account's own goes
    // with it: the database cascades.
    void (*forget_account)(storage::Database& tx, int64_t user_id) = nullptr;
    // Adds demo data to the demo world (only into an empty database).
    void (*seed_demo)(storage::Database&, const DemoWorld&) = nullptr;

    // For the access walk (every route x every role x another school, team, student): a value
    // for each path placeholder the module's routes introduce, and a census of its data that
    // changes whenever a request changes any of it.
    std::span<const std::pair<std::string_view, std::string_view>> walk_ids;
    std::vector<int64_t> (*census)(Services& app) = nullptr;
};

// The modules' migrations, for storage::ApplyMigrations and the schema reports.
std::vector<storage::ModuleSchema> SchemaOf(std::span<const Module> modules);
// Adds the modules' templates and returns the text of every template (for Assets: the classes
// the stylesheet must style).
std::string MarkupOf(std::span<const Module> modules);

}  // namespace koers::web
