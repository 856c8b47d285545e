// "Mijn Koers": the landing page after sign-in, one card per role the person holds.
#include "platform/core/access/roles.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/routes.hpp"
#include "platform/web/services.hpp"

namespace koers::web {
namespace {

struct Link {
    std::string href;
    std::string label;
};

View Card(const core::Membership& m) {
    View card = Object();
    card.set("role", std::string(core::RoleLabel(m.role)));
    card.set("place", m.place_name);
    std::string text;
    std::vector<Link> links;
    const std::string school = m.school_id ? "/scholen/" + std::to_string(*m.school_id) : "";
    switch (m.role) {
        case core::Role::kBeheerder:
            text =
                "U beheert het platform: regio's, scholen met hun teams, gebruikers en hun "
                "rollen, en de uitgaande e-mail.";
            links = {{"/beheer/scholen", "Scholen en teams"},
                     {"/beheer/regios", "Regio's"},
                     {"/beheer/gebruikers", "Gebruikers en rollen"},
                     {"/beheer/e-mail", "Uitgaande e-mail"},
                     {"/beheer/audit", "Auditlog"}};
            break;
        case core::Role::kRedacteur:
            text =
                "U verzorgt de publieke inhoud van Koers: kennisbank, nieuws en "
                "praktijkvoorbeelden.";
            links = {{"/", "Bekijk de publieke startpagina"}};
            break;
        case core::Role::kRegiocoordinator:
            text =
                "U volgt de scholen in uw regio. U ziet samengevatte gegevens, nooit die van "
                "individuele leerlingen.";
            links = {
                {"/regios/" + std::to_string(m.region_id.value_or(0)), "Overzicht van de regio"},
                {"/regios/" + std::to_string(m.region_id.value_or(0)) + "/scan",
                 "LOB-scan in de regio"},
                {"/regios/" + std::to_string(m.region_id.value_or(0)) + "/kwaliteit",
                 "Kwaliteitscyclus in de regio"}};
            break;
        case core::Role::kSchoolleider:
        case core::Role::kDecaan:
            text =
                "U stuurt LOB in uw school aan: teams en opleidingen, de LOB-scan en de "
                "kwaliteitscyclus met visie, beleid en werkplannen.";
            links = {{school, "Overzicht van de school"},
                     {school + "/scan", "LOB-scan"},
                     {school + "/kwaliteit", "Kwaliteitscyclus"}};
            break;
        case core::Role::kTeamleider:
        case core::Role::kMentor:
        case core::Role::kDocent:
            text = "U begeleidt leerlingen en studenten in hun loopbaanoriëntatie.";
            links = {{school, "Overzicht van de school"},
                     {school + "/kwaliteit", "Kwaliteitscyclus en werkplannen"}};
            break;
        case core::Role::kLeerling:
            text =
                "Hier komt uw loopbaandossier: uw activiteiten, gesprekken en keuzes. Het "
                "dossier is van u; u bepaalt met wie u het deelt.";
            break;
        case core::Role::kOuder:
            text =
                "U kunt meekijken met de loopbaanoriëntatie van uw kind, voor zover uw kind "
                "(of, onder de 16 jaar, de school) dat toestaat.";
            break;
    }
    card.set("text", text);
    ViewList list;
    for (const auto& l : links) {
        View item = Object();
        item.set("href", l.href);
        item.set("label", l.label);
        list.push_back(std::move(item));
    }
    card.set("has_links", !list.empty());
    card.set("links", std::move(list));
    return card;
}

Response Dashboard(Ctx& ctx) {
    View v = Base(ctx);
    ViewList cards;
    for (const auto& m : ctx.user->memberships) cards.push_back(Card(m));
    v.set("cards", std::move(cards));
    v.set("no_roles", ctx.user->memberships.empty());
    return RenderPage(ctx, "dashboard/index", std::move(v), "Mijn Koers");
}

}  // namespace

void AddDashboardRoutes(Router& r) { r.Get("/dashboard", Access::Own(), Dashboard); }

}  // namespace koers::web
