// "Mijn Koers": the landing page after sign-in, one card per role the person holds.
#include "platform/core/access/roles.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/paths.hpp"
#include "platform/web/pages/routes.hpp"
#include "platform/web/render/shapes.hpp"
#include "platform/web/services.hpp"

namespace koers::web {
namespace {

using namespace platform_paths;

// A card for one of the person's roles: what it is about in Koers, and where to start. Links to
// a capability come from its module (Module::school_links, region_links), as far as the
// person may follow them.
View Card(const Ctx& ctx, const core::Membership& m) {
    View card = Object();
    card.set("role", std::string(core::RoleLabel(m.role)));
    card.set("place", m.place_name);
    std::string text;
    ViewList links;
    const auto place_links = [&](ViewList more) {
        for (auto& l : more) links.push_back(std::move(l));
    };
    switch (m.role) {
        case core::Role::kBeheerder:
            text =
                "U beheert het platform: regio's, scholen met hun teams, gebruikers en hun "
                "rollen, en de uitgaande e-mail.";
            links.push_back(LinkView(kSchools.With(), "Scholen en teams"));
            links.push_back(LinkView(kRegions.With(), "Regio's"));
            links.push_back(LinkView(kUsers.With(), "Gebruikers en rollen"));
            links.push_back(LinkView(kOutbox.With(), "Uitgaande e-mail"));
            links.push_back(LinkView(kAudit.With(), "Auditlog"));
            break;
        case core::Role::kRedacteur:
            text =
                "U verzorgt de publieke inhoud van Koers: kennisbank, nieuws en "
                "praktijkvoorbeelden.";
            links.push_back(LinkView("/", "Bekijk de publieke startpagina"));
            break;
        case core::Role::kRegiocoordinator:
            text =
                "U volgt de scholen in uw regio. U ziet samengevatte gegevens, nooit die van "
                "individuele leerlingen.";
            if (m.region_id) {
                links.push_back(LinkView(kRegion.With(*m.region_id), "Overzicht van de regio"));
                place_links(RegionLinks(ctx, *m.region_id));
            }
            break;
        case core::Role::kSchoolleider:
            text =
                "U bent eindverantwoordelijk voor LOB in uw school: u stelt visie en beleid "
                "vast en volgt de uitkomsten van de LOB-scan en de kwaliteitscyclus.";
            break;
        case core::Role::kDecaan:
            text =
                "U coördineert LOB in uw school: teams en opleidingen, de LOB-scan en de "
                "kwaliteitscyclus met visie, beleid en werkplannen.";
            break;
        case core::Role::kTeamleider:
            text =
                "U leidt een team: het werkplan van het team, en wat mentoren en docenten met "
                "de leerlingen doen.";
            break;
        case core::Role::kMentor:
            text =
                "U begeleidt uw leerlingen bij hun loopbaanoriëntatie: de gesprekken, hun "
                "loopbaandossier en de activiteiten van uw team.";
            break;
        case core::Role::kDocent:
            text = "U draagt in uw lessen bij aan de loopbaanoriëntatie van de leerlingen.";
            break;
        case core::Role::kLeerling:
            text =
                "In je loopbaandossier bewaar je wat je doet, wat je daarvan leert en wat je "
                "kiest. Het dossier is van jou.";
            break;
        case core::Role::kOuder:
            text =
                "U kunt meekijken met de loopbaanoriëntatie van uw kind, voor zover uw kind "
                "(of, onder de 16 jaar, de school) dat toestaat.";
            break;
    }
    const bool staff_at_school =
        m.school_id && m.role != core::Role::kLeerling && m.role != core::Role::kOuder;
    if (staff_at_school)
        links.push_back(LinkView(kSchool.With(*m.school_id), "Overzicht van de school"));
    if (m.school_id) place_links(SchoolLinks(ctx, *m.school_id));
    ViewList todos;
    for (const Module& module : ctx.app.modules) {
        if (!module.todos) continue;
        for (auto& t : module.todos(ctx, m)) {
            View item = LinkView(std::move(t.href), std::move(t.text));
            item.set("late", t.late);
            todos.push_back(std::move(item));
        }
    }
    card.set("todos", std::move(todos));
    card.set("text", text);
    card.set("has_links", !links.empty());
    card.set("links", std::move(links));
    return card;
}

Response Dashboard(Ctx& ctx) {
    View v = Base(ctx);
    ViewList cards;
    for (const auto& m : ctx.user->memberships) cards.push_back(Card(ctx, m));
    v.set("cards", std::move(cards));
    v.set("no_roles", ctx.user->memberships.empty());
    return RenderPage(ctx, "dashboard/index", std::move(v), "Mijn Koers");
}

}  // namespace

void AddDashboardRoutes(Router& r) { r.Get("/dashboard", Access::Own(), Dashboard); }

}  // namespace koers::web
