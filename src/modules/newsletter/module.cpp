#include "modules/newsletter/module.hpp"

#include "modules/newsletter/storage/newsletter_repo.hpp"
#include "modules/newsletter/web/newsletter_mail.hpp"
#include "modules/newsletter/web/newsletter_parts.hpp"
#include "modules/newsletter/web/paths.hpp"
#include "modules/newsletter/web/routes.hpp"

namespace koers::storage::newsletter_migrations {
const std::vector<EmbeddedFile>& Files();  // generated from storage/migrations/*.sql
}
namespace koers::web::newsletter_templates {
const std::vector<EmbeddedFile>& Files();  // generated from templates/
}

namespace koers::modules {
namespace {

constexpr web::RouteGroup kRoutes[] = {web::AddSubscriptionRoutes, web::AddIssueRoutes};

constexpr web::NavEntry kNavigation[] = {
    {web::newsletter_paths::kIssues, "Nieuwsbrief", core::Permission::kEditContent},
};

constexpr web::Flash kFlashes[] = {
    {"nieuwsbrief-aangevraagd",
     "Bijna klaar: kijk in uw e-mail en bevestig uw aanmelding met de link daarin. Ziet u geen "
     "e-mail? Kijk dan ook bij de ongewenste e-mail."},
    {"nieuwsbrief-bevestigd",
     "U bent aangemeld voor de nieuwsbrief. In uw e-mail staat een link om uw voorkeuren te "
     "wijzigen."},
    {"nieuwsbrief-voorkeuren", "Uw voorkeuren zijn opgeslagen."},
    {"nieuwsbrief-opgeslagen", "De nieuwsbrief is opgeslagen."},
    {"nieuwsbrief-verzonden", "De nieuwsbrief wordt verzonden. Hieronder ziet u hoe ver dat is."},
    {"nieuwsbrief-verwijderd", "Het concept is verwijderd."},
};

constexpr std::pair<std::string_view, std::string_view> kWalkIds[] = {{"{editie}", "1"}};

// Subscribers who never confirm are forgotten when their link expires.
void Housekeeping(web::Services& app) {
    const int64_t now = app.clock.Now();
    web::NewsletterOf(app).newsletter.Purge(now - web::kConfirmLinkSeconds, now);
}

// A few batches every five seconds: about 200 mails a second at most, so a list of 10,000 is
// queued within a minute without one process holding the database long.
void Background(web::Services& app) {
    for (int i = 0; i < 5 && web::SendNextBatch(app) > 0; ++i) {
    }
}

std::vector<web::FooterLink> FooterLinks(web::Services&) {
    return {{web::newsletter_paths::kNewsletter.With(), "Nieuwsbrief"}};
}

void Build(web::Services& app) { app.parts.Add<web::NewsletterParts>(app.db); }

// Subscribers with different interests, confirmed, and one who has not confirmed yet.
void SeedDemo(storage::Database& db, const web::DemoWorld& world) {
    storage::NewsletterRepo repo(db);
    const struct {
        const char* email;
        const char* name;
        core::Interests interests;
        bool confirm;
    } kSubscribers[] = {
        {"a.dekker@voorbeeld.example", "Anouk Dekker", {{"vo"}, {}}, true},
        {"r.bos@voorbeeld.example", "Ruben Bos", {{"mbo"}, {"loopbaangesprek"}}, true},
        {"l.mulder@voorbeeld.example", "", {{}, {}}, true},
        {"y.kaya@voorbeeld.example", "Yasmin Kaya", {{"hbo"}, {"kwaliteitsborging"}}, true},
        {"s.peters@voorbeeld.example", "Sem Peters", {{"vo", "mbo"}, {}}, false},
    };
    int n = 0;
    for (const auto& s : kSubscribers) {
        const storage::Subscriber stored =
            repo.Request({s.email, s.name, s.interests}, world.now - 86400 * 30 + ++n);
        if (!s.confirm) continue;
        const std::string hash = "demo-bevestiging-" + std::to_string(stored.id);
        repo.AddLink(stored.id, hash, storage::kConfirmLink, world.now - 86400 * 30,
                     world.now + 86400);
        repo.Confirm(hash, world.now - 86400 * 29);
    }
}

std::vector<int64_t> Census(web::Services& app) {
    return web::NewsletterOf(app).newsletter.Census();
}

}  // namespace

const web::Module& Newsletter() {
    static const web::Module kModule{
        .name = "newsletter",
        .migrations = storage::newsletter_migrations::Files,
        .templates = web::newsletter_templates::Files,
        .build = Build,
        .routes = kRoutes,
        .navigation = kNavigation,
        .footer_links = FooterLinks,
        .flashes = kFlashes,
        .housekeeping = Housekeeping,
        .background = Background,
        .seed_demo = SeedDemo,
        .walk_ids = kWalkIds,
        .census = Census,
    };
    return kModule;
}

}  // namespace koers::modules
