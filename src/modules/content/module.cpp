#include "modules/content/module.hpp"

#include "modules/content/demo_content.hpp"
#include "modules/content/storage/content_repo.hpp"
#include "modules/content/web/attachment_text.hpp"
#include "modules/content/web/content_parts.hpp"
#include "modules/content/web/routes.hpp"

namespace koers::storage::content_migrations {
const std::vector<EmbeddedFile>& Files();  // generated from storage/migrations/*.sql
}
namespace koers::web::content_templates {
const std::vector<EmbeddedFile>& Files();  // generated from templates/
}

namespace koers::modules {
namespace {

constexpr web::RouteGroup kRoutes[] = {
    web::AddHomeRoutes,   web::AddContentRoutes,  web::AddFeedRoutes,
    web::AddEditorRoutes, web::AddRevisionRoutes, web::AddTaxonomyRoutes,
};

constexpr web::NavEntry kNavigation[] = {
    {"/nieuws", "Nieuws"},
    {"/kennisbank", "Kennisbank"},
    {"/praktijkvoorbeelden", "Praktijkvoorbeelden"},
    {"/redactie", "Redactie", core::Permission::kEditContent},
};

constexpr web::Flash kFlashes[] = {
    {"hersteld", "De oude versie is teruggezet als nieuwe versie."},
    {"bijlage-toegevoegd", "De bijlage is toegevoegd."},
    {"bijlage-verwijderd", "De bijlage is verwijderd."},
};

constexpr std::pair<std::string_view, std::string_view> kWalkIds[] = {
    {"{item}", "1"}, {"{version}", "1"},     {"{attachment}", "1"},
    {"{term}", "1"}, {"{slug}", "over-ons"}, {"{name}", "bestand.pdf"},
};

void Build(web::Services& app) {
    auto& parts = app.parts.Add<web::ContentParts>(app.db, app.clock);
    web::ReadMissingAttachmentTexts(parts.content);  // stored before Koers read their text
    parts.catalog.LoadAll();
}

std::vector<web::FooterLink> FooterLinks(web::Services& app) {
    return web::ContentOf(app).site_pages.Links();
}

void SeedDemo(storage::Database& db, const web::DemoWorld& world) {
    SeedDemoContent(db, world.now);
}

std::vector<int64_t> Census(web::Services& app) {
    auto& parts = web::ContentOf(app);
    return {static_cast<int64_t>(parts.content.ForEditor({}).size()),
            static_cast<int64_t>(parts.taxonomy.All().size())};
}

void ForgetAccount(storage::Database& tx, int64_t user_id) {
    storage::ContentRepo(tx).ForgetAuthor(user_id);
}

}  // namespace

const web::Module& Content() {
    static const web::Module kModule{
        .name = "content",
        .migrations = storage::content_migrations::Files,
        .templates = web::content_templates::Files,
        .build = Build,
        .routes = kRoutes,
        .navigation = kNavigation,
        .footer_links = FooterLinks,
        .flashes = kFlashes,
        .forget_account = ForgetAccount,
        .seed_demo = SeedDemo,
        .walk_ids = kWalkIds,
        .census = Census,
    };
    return kModule;
}

}  // namespace koers::modules
