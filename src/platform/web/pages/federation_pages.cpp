// Signing in through a federation (SURFconext, Entree Federatie): the button on the sign-in page
// (and on an invitation's page) begins it, the provider's answer completes it. Whatever goes
// wrong ends on the sign-in page with a Dutch sentence, where e-mail and password still work.
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/rate_limit.hpp"
#include "platform/storage/user_repo.hpp"
#include "platform/web/auth/accounts.hpp"
#include "platform/web/auth/federation.hpp"
#include "platform/web/auth/rate_limits.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/federation_view.hpp"
#include "platform/web/pages/login_page.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/paths.hpp"
#include "platform/web/pages/routes.hpp"
#include "platform/web/render/shapes.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace platform_paths;
namespace {

// Binds a provider's answer to the browser that began the sign-in.
constexpr std::string_view kSignInCookie = "koers_aanmelding";
constexpr core::RateWindow kStartsPerAddress[] = {{30, 60}, {300, 3600}};

using Outcome = auth::FederatedFinish::Status;

std::string Problem(const auth::FederatedFinish& f) {
    const std::string& p = f.provider_label;
    switch (f.status) {
        case Outcome::kSignedIn:
            return "";
        case Outcome::kExpired:
            return "Deze inlogpoging is verlopen of al gebruikt. Begin opnieuw met inloggen.";
        case Outcome::kCancelled:
            return "Het inloggen bij " + p + " is afgebroken.";
        case Outcome::kProviderDown:
            return p +
                   " is nu niet bereikbaar. Probeer het later opnieuw, of log hieronder in met "
                   "e-mailadres of inlognaam en wachtwoord.";
        case Outcome::kRefused:
            return "Het antwoord van " + p +
                   " klopte niet, dus er is niet ingelogd. Probeer het "
                   "opnieuw; lukt het dan niet, neem contact op met de beheerder van Koers op "
                   "school.";
        case Outcome::kNotLinked:
            return "Dit account bij " + p +
                   " is nog niet aan Koers gekoppeld. De beheerder van Koers op school ziet de "
                   "aanvraag nu en kan het koppelen; vraag daar om, of gebruik de link uit een "
                   "uitnodiging.";
        case Outcome::kLinkedElsewhere:
            return "Dit account bij " + p +
                   " is al aan een ander Koers-account gekoppeld. Neem "
                   "contact op met de beheerder van Koers op school.";
        case Outcome::kInvitationUsed:
            return "Deze uitnodiging is verlopen of al gebruikt. Vraag de beheerder om een nieuwe.";
        case Outcome::kWrongAffiliation:
            return "Dit account bij " + p +
                   " is van een leerling of student, en het account in "
                   "Koers van een medewerker (of andersom). Gebruik het eigen account bij " +
                   p + ".";
        case Outcome::kWrongOrganisation:
            return "Dit account bij " + p +
                   " hoort bij een andere school of instelling dan het "
                   "account in Koers. Log in met het account van de eigen school.";
    }
    return "";
}

int StatusOf(Outcome status) {
    switch (status) {
        case Outcome::kProviderDown:
            return 503;
        case Outcome::kNotLinked:
        case Outcome::kWrongOrganisation:
        case Outcome::kWrongAffiliation:
            return 403;
        case Outcome::kLinkedElsewhere:
            return 409;
        default:
            return 400;
    }
}

Response Begin(Ctx& ctx) {
    LimitPerAddress(ctx, "inloggen-extern", kStartsPerAddress,
                    "Er is vanaf dit adres te vaak een inlogpoging begonnen. Wacht even en probeer "
                    "het dan opnieuw.");
    const std::string id = Find(ctx.params, "aanbieder").value_or("");
    const std::string terug = ctx.Field("terug");
    const auto start = ctx.app.federation.Begin(id, ctx.Field("uitnodiging"), SafeReturn(terug),
                                                ctx.req.remote_address);
    using Status = auth::FederatedStart::Status;
    const auto* provider = ctx.app.federation.Find(id);
    switch (start.status) {
        case Status::kRedirect:
            ctx.set_cookies.push_back(
                CookieHeader(ctx.app, kSignInCookie, start.browser_token, auth::kSignInSeconds));
            return RedirectToProvider(start.redirect);
        case Status::kUnknownProvider:
            throw core::NotFound("Deze manier van inloggen kent Koers niet.");
        case Status::kInvitationUsed:
            return LoginPage(ctx, "", Problem({Outcome::kInvitationUsed, {}, {}, {}}), terug, 400);
        case Status::kProviderDown:
            return LoginPage(ctx, "", Problem({Outcome::kProviderDown, provider->label, {}, {}}),
                             terug, 503);
    }
    return LoginPage(ctx, "", "", terug, 400);
}

Response Return(Ctx& ctx) {
    const auto cookie = Find(ctx.cookies, kSignInCookie);
    auto finish = ctx.app.federation.Complete(
        ctx.QueryParam("state").value_or(""), ctx.QueryParam("code").value_or(""),
        ctx.QueryParam("error").value_or(""), cookie.value_or(""), ctx.req.remote_address);
    ctx.set_cookies.push_back(CookieHeader(ctx.app, kSignInCookie, "", 0));
    if (finish.status != Outcome::kSignedIn)
        return LoginPage(ctx, "", Problem(finish), "", StatusOf(finish.status));
    // A new session token at every sign-in (no session fixation); the anonymous CSRF cookie ends.
    ctx.set_cookies.push_back(CookieHeader(ctx.app, kSessionCookie, finish.session_token,
                                           ctx.app.accounts.session_rules().absolute_seconds));
    ctx.set_cookies.push_back(CookieHeader(ctx.app, kCsrfCookie, "", 0));
    return Redirect(SafeReturn(finish.return_path));
}

std::string LabelOf(Ctx& ctx, const std::string& provider) {
    const auto* p = ctx.app.federation.Find(provider);
    return p ? p->label : provider;
}

// A person removes their own link; never the last way they have to sign in.
Response RemoveOwnLink(Ctx& ctx) {
    const std::string provider = Find(ctx.params, "aanbieder").value_or("");
    const auto links = ctx.app.federation.IdentitiesOf(ctx.user->user_id);
    const auto user = ctx.app.users.ById(ctx.user->user_id);
    const bool linked = std::any_of(links.begin(), links.end(),
                                    [&](const auto& l) { return l.provider == provider; });
    if (!linked) throw core::NotFound("Er is geen koppeling met deze federatie.");
    if (links.size() == 1 && user && !user->password_hash)
        throw core::Conflict(
            "Dit is de enige manier om in te loggen. Vraag eerst via 'Wachtwoord vergeten' een "
            "wachtwoord aan; daarna kan de koppeling weg.");
    ctx.app.federation.Unlink(ctx.user->user_id, provider, ctx.user->user_id,
                              ctx.req.remote_address);
    SetFlash(ctx, "opgeslagen");
    return Redirect(kChangePassword.With());
}

}  // namespace

void AddLinksView(Ctx& ctx, View& view, int64_t user_id, LinksFor who) {
    auto& federation = ctx.app.federation;
    view.set("has_federations", !federation.providers().empty());
    ViewList links;
    for (const auto& l : federation.IdentitiesOf(user_id)) {
        View item = Object();
        item.set("label", LabelOf(ctx, l.provider));
        item.set("organisation", l.organisation);
        item.set("linked", core::FormatDateLong(l.linked_at));
        item.set("used", l.last_used_at == 0
                             ? std::string("nog niet gebruikt")
                             : "laatst gebruikt " + core::FormatDateTimeLong(l.last_used_at));
        item.set("remove_action", who == LinksFor::kBeheer
                                      ? kRemoveUserLink.With(user_id, l.provider)
                                      : kRemoveOwnLink.With(l.provider));
        links.push_back(std::move(item));
    }
    view.set("links", std::move(links));
    if (who != LinksFor::kBeheer) return;
    ViewList requests;
    for (const auto& r : federation.LinkRequests()) {
        std::string label =
            LabelOf(ctx, r.provider) + ": " + (r.name.empty() ? "(geen naam)" : r.name);
        if (!r.email.empty()) label += ", " + r.email;
        if (!r.organisation.empty()) label += ", " + r.organisation;
        label += " (" + core::FormatDateTime(r.requested_at) + ")";
        requests.push_back(
            ChoiceView(std::to_string(r.id), label, ctx.Field("aanvraag") == std::to_string(r.id)));
    }
    view.set("has_link_requests", !requests.empty());
    view.set("link_requests", std::move(requests));
    view.set("link_action", kUserLinks.With(user_id));
}

void AddFederationRoutes(Router& r) {
    r.Post(kFederatedSignIn, Access::Public(), Begin);
    r.Get(kFederatedReturn, Access::Public(), Return);
    r.Post(kRemoveOwnLink, Access::Own(), RemoveOwnLink);
}

}  // namespace koers::web
