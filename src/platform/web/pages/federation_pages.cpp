// Signing in through a federation (SURFconext, Entree Federatie): the button on the sign-in page
// (and on an invitation's page) begins it, the provider's answer completes it. Whatever goes
// wrong ends on the sign-in page with a Dutch sentence, where e-mail and password still work.
#include "platform/core/common/errors.hpp"
#include "platform/core/common/rate_limit.hpp"
#include "platform/web/auth/accounts.hpp"
#include "platform/web/auth/federation.hpp"
#include "platform/web/auth/rate_limits.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/login_page.hpp"
#include "platform/web/pages/paths.hpp"
#include "platform/web/pages/routes.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace platform_paths;
namespace {

// Binds a provider's answer to the browser that began the sign-in.
constexpr std::string_view kSignInCookie = "koers_aanmelding";
constexpr core::RateWindow kStartsPerAddress[] = {{30, 60}, {300, 3600}};

using Finish = auth::FederatedFinish::Status;

std::string Problem(const auth::FederatedFinish& f) {
    const std::string& p = f.provider_label;
    switch (f.status) {
        case Finish::kSignedIn:
            return "";
        case Finish::kExpired:
            return "Deze inlogpoging is verlopen of al gebruikt. Begin opnieuw met inloggen.";
        case Finish::kCancelled:
            return "Het inloggen bij " + p + " is afgebroken.";
        case Finish::kProviderDown:
            return p +
                   " is nu niet bereikbaar. Probeer het later opnieuw, of log hieronder in met "
                   "e-mailadres of inlognaam en wachtwoord.";
        case Finish::kRefused:
            return "Het antwoord van " + p +
                   " klopte niet, dus er is niet ingelogd. Probeer het "
                   "opnieuw; lukt het dan niet, neem contact op met de beheerder van Koers op "
                   "school.";
        case Finish::kNotLinked:
            return "Dit account bij " + p +
                   " is nog niet aan Koers gekoppeld. Vraag de beheerder "
                   "van Koers op school om een uitnodiging: met de link in die e-mail is het "
                   "account te koppelen.";
        case Finish::kLinkedElsewhere:
            return "Dit account bij " + p +
                   " is al aan een ander Koers-account gekoppeld. Neem "
                   "contact op met de beheerder van Koers op school.";
        case Finish::kInvitationUsed:
            return "Deze uitnodiging is verlopen of al gebruikt. Vraag de beheerder om een nieuwe.";
        case Finish::kWrongAffiliation:
            return "Dit account bij " + p +
                   " is van een leerling of student, en het account in "
                   "Koers van een medewerker (of andersom). Gebruik het eigen account bij " +
                   p + ".";
        case Finish::kWrongOrganisation:
            return "Dit account bij " + p +
                   " hoort bij een andere school of instelling dan het "
                   "account in Koers. Log in met het account van de eigen school.";
    }
    return "";
}

int StatusOf(Finish status) {
    switch (status) {
        case Finish::kProviderDown:
            return 503;
        case Finish::kNotLinked:
        case Finish::kWrongOrganisation:
        case Finish::kWrongAffiliation:
            return 403;
        case Finish::kLinkedElsewhere:
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
            return LoginPage(ctx, "", Problem({Finish::kInvitationUsed, {}, {}, {}}), terug, 400);
        case Status::kProviderDown:
            return LoginPage(ctx, "", Problem({Finish::kProviderDown, provider->label, {}, {}}),
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
    if (finish.status != Finish::kSignedIn)
        return LoginPage(ctx, "", Problem(finish), "", StatusOf(finish.status));
    // A new session token at every sign-in (no session fixation); the anonymous CSRF cookie ends.
    ctx.set_cookies.push_back(CookieHeader(ctx.app, kSessionCookie, finish.session_token,
                                           ctx.app.accounts.session_rules().absolute_seconds));
    ctx.set_cookies.push_back(CookieHeader(ctx.app, kCsrfCookie, "", 0));
    return Redirect(SafeReturn(finish.return_path));
}

}  // namespace

void AddFederationRoutes(Router& r) {
    r.Post(kFederatedSignIn, Access::Public(), Begin);
    r.Get(kFederatedReturn, Access::Public(), Return);
}

}  // namespace koers::web
