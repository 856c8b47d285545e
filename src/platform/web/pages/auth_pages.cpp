// Sign-in, sign-out, forgotten password, set password (invitation and reset) and change
// password.
#include "platform/core/access/roles.hpp"
#include "platform/core/demo/demo_data.hpp"
#include "platform/web/auth/accounts.hpp"
#include "platform/web/auth/federation.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/federation_view.hpp"
#include "platform/web/pages/login_page.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/paths.hpp"
#include "platform/web/pages/routes.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace platform_paths;
namespace {

constexpr std::string_view kRejected =
    "Deze combinatie van e-mailadres of inlognaam en wachtwoord kennen we niet. Controleer de "
    "gegevens en probeer het opnieuw.";
constexpr std::string_view kThrottled =
    "Er is te vaak een verkeerd wachtwoord gebruikt. Wacht een kwartier en probeer het dan "
    "opnieuw, of stel een nieuw wachtwoord in via 'Wachtwoord vergeten'.";
constexpr std::string_view kFederationOnly =
    "Op deze school wordt ingelogd met het account van school, niet met een wachtwoord voor "
    "Koers. Gebruik de knop met de naam van de federatie hierboven.";

}  // namespace

// Only local paths are followed after sign-in (no open redirects).
std::string SafeReturn(const std::string& terug) {
    if (terug.size() > 1 && terug[0] == '/' && terug[1] != '/' && terug[1] != '\\' &&
        terug.size() < 512)
        return terug;
    return kDashboard.With();
}

void AddFederationButtons(Ctx& ctx, View& view, const std::string& terug,
                          const std::string& invitation) {
    ViewList buttons;
    for (const auto& provider : ctx.app.federation.providers()) {
        View b = Object();
        b.set("action", kFederatedSignIn.With(provider.id));
        b.set("button", (invitation.empty() ? "Inloggen met " : "Koppelen met ") + provider.label);
        b.set("terug", terug);
        b.set("invitation", invitation);
        buttons.push_back(std::move(b));
    }
    view.set("has_federations", !buttons.empty());
    view.set("federations", std::move(buttons));
}

Response LoginPage(Ctx& ctx, const std::string& email, const std::string& error,
                   const std::string& terug, int status) {
    View v = Object();
    AddFederationButtons(ctx, v, terug, "");
    v.set("email", email);
    v.set("terug", terug);
    if (!error.empty()) v.set("error", error);
    ViewList demo;
    if (ctx.app.config.demo) {
        for (const auto& account : core::DemoAccounts()) {
            View a = Object();
            a.set("role", std::string(core::RoleLabel(account.role)));
            a.set("name", std::string(account.name));
            a.set("email", std::string(account.email));
            demo.push_back(std::move(a));
        }
        v.set("demo_password", ctx.app.config.demo_password);
    }
    v.set("has_demo_accounts", !demo.empty());
    v.set("demo_accounts", std::move(demo));
    PageMeta meta;
    meta.description =
        "Log in bij Koers, het platform voor loopbaanoriëntatie en -begeleiding op school.";
    meta.canonical_path = "/inloggen";
    return RenderPage(ctx, "auth/login", std::move(v), "Inloggen", status, &meta);
}

namespace {

Response ShowLogin(Ctx& ctx) {
    if (ctx.user) return Redirect(kDashboard.With());
    return LoginPage(ctx, "", "", ctx.QueryParam("terug").value_or(""), 200);
}

Response DoLogin(Ctx& ctx) {
    const std::string email = ctx.Field("email");
    const std::string terug = ctx.Field("terug");
    if (email.empty() || ctx.Field("password").empty())
        return LoginPage(ctx, email, "Vul een e-mailadres of inlognaam en het wachtwoord in.",
                         terug, 400);
    auto result = ctx.app.accounts.Login(email, ctx.Field("password"), ctx.req.remote_address);
    using Status = auth::LoginResult::Status;
    if (result.status == Status::kThrottled)
        return LoginPage(ctx, email, std::string(kThrottled), terug, 429);
    if (result.status == Status::kRejected)
        return LoginPage(ctx, email, std::string(kRejected), terug, 401);
    if (result.status == Status::kFederationOnly)
        return LoginPage(ctx, email, std::string(kFederationOnly), terug, 403);
    // A new session token at every sign-in (no session fixation); the anonymous CSRF cookie ends.
    ctx.set_cookies.push_back(CookieHeader(ctx.app, kSessionCookie, result.session_token,
                                           ctx.app.accounts.session_rules().absolute_seconds));
    ctx.set_cookies.push_back(CookieHeader(ctx.app, kCsrfCookie, "", 0));
    return Redirect(SafeReturn(terug));
}

// A session begun at a federation ends there too when the provider offers it (RP-initiated
// logout), so the next person at a shared computer is not signed in at school's account.
Response DoLogout(Ctx& ctx) {
    const auto at_provider =
        ctx.app.federation.LogoutUrl(ctx.session_hash, ctx.app.config.public_url + "/");
    ctx.app.accounts.Logout(*ctx.user, ctx.session_hash, ctx.req.remote_address);
    ctx.set_cookies.push_back(CookieHeader(ctx.app, kSessionCookie, "", 0));
    SetFlash(ctx, "uitgelogd");
    return at_provider ? RedirectToProvider(*at_provider) : Redirect("/");
}

Response DoLogoutEverywhere(Ctx& ctx) {
    ctx.app.accounts.LogoutEverywhere(*ctx.user, ctx.req.remote_address);
    ctx.set_cookies.push_back(CookieHeader(ctx.app, kSessionCookie, "", 0));
    SetFlash(ctx, "overal-uitgelogd");
    return Redirect(kLogin.With());
}

Response ShowForgot(Ctx& ctx) {
    return RenderPage(ctx, "auth/forgot", Object(), "Wachtwoord vergeten");
}

Response DoForgot(Ctx& ctx) {
    std::string email = core::Trim(ctx.Field("email"));
    if (!core::LooksLikeEmail(email)) {
        core::Validation v;
        v.Add("email", "Vul een geldig e-mailadres in, bijvoorbeeld naam@school.nl.");
        View view = Object();
        view.set("email", email);
        AddErrors(view, v);
        return RenderPage(ctx, "auth/forgot", std::move(view), "Wachtwoord vergeten", 400);
    }
    ctx.app.accounts.RequestReset(email, ctx.req.remote_address);
    SetFlash(ctx, "reset-aangevraagd");
    return Redirect(kLogin.With());
}

Response SetPasswordForm(Ctx& ctx, const std::string& soort, const std::string& code,
                         const core::Validation& v, int status) {
    View view = Object();
    bool invite = soort == "invite";
    view.set("heading", invite ? "Welkom bij Koers" : "Nieuw wachtwoord instellen");
    // Staff, leerlingen and ouders follow these links: the page speaks to neither as "u" or "je".
    view.set("intro", invite ? "Kies een wachtwoord; daarmee is het account klaar voor gebruik."
                             : "Kies een nieuw wachtwoord.");
    view.set("soort", soort);
    view.set("code", code);
    view.set("usable",
             (soort == "invite" || soort == "reset") && ctx.app.accounts.TokenUsable(code, soort));
    if (invite) AddFederationButtons(ctx, view, "", code);
    AddErrors(view, v);
    return RenderPage(ctx, "auth/set_password", std::move(view), "Wachtwoord instellen", status);
}

Response ShowSetPassword(Ctx& ctx) {
    return SetPasswordForm(ctx, ctx.QueryParam("soort").value_or(""),
                           ctx.QueryParam("code").value_or(""), {}, 200);
}

Response DoSetPassword(Ctx& ctx) {
    const std::string soort = ctx.Field("soort"), code = ctx.Field("code");
    if (soort != "invite" && soort != "reset") return SetPasswordForm(ctx, soort, code, {}, 400);
    auto v = ctx.app.accounts.SetPasswordWithToken(code, soort, ctx.Field("password"),
                                                   ctx.Field("repeat"), ctx.req.remote_address);
    if (!v.ok()) return SetPasswordForm(ctx, soort, code, v, 400);
    SetFlash(ctx, "wachtwoord-ingesteld");
    return Redirect(kLogin.With());
}

// Activating an account with a code from the mentor: the page speaks to the student ("je").
Response ActivateForm(Ctx& ctx, const std::string& code, const core::Validation& v, int status) {
    View view = Object();
    view.set("code", code);
    AddErrors(view, v);
    return RenderPage(ctx, "auth/activate", std::move(view), "Account activeren", status);
}

Response ShowActivate(Ctx& ctx) { return ActivateForm(ctx, "", {}, 200); }

Response DoActivate(Ctx& ctx) {
    const std::string code = ctx.Field("code");
    const auto done = ctx.app.accounts.Activate(code, ctx.Field("password"), ctx.Field("repeat"),
                                                ctx.req.remote_address);
    if (!done.errors.ok()) return ActivateForm(ctx, code, done.errors, done.throttled ? 429 : 400);
    View view = Object();
    view.set("sign_in_name", done.sign_in_name);
    view.set("login_path", kLogin.With());
    return RenderPage(ctx, "auth/activated", std::move(view), "Account geactiveerd");
}

// The account page, in the signed-in person's words.
Response PasswordPage(Ctx& ctx, const core::Validation& errors, int status) {
    View view = Object();
    view.set("je", ctx.user->SaysJe());
    AddLinksView(ctx, view, ctx.user->user_id, LinksFor::kOwnAccount);
    AddErrors(view, errors);
    return RenderPage(ctx, "account/password", std::move(view), "Wachtwoord wijzigen", status);
}

Response ShowChangePassword(Ctx& ctx) { return PasswordPage(ctx, {}, 200); }

Response DoChangePassword(Ctx& ctx) {
    auto v = ctx.app.accounts.ChangePassword(*ctx.user, ctx.session_hash, ctx.Field("current"),
                                             ctx.Field("password"), ctx.Field("repeat"),
                                             ctx.req.remote_address);
    if (!v.ok()) return PasswordPage(ctx, v, 400);
    SetFlash(ctx, "wachtwoord-gewijzigd");
    return Redirect(kDashboard.With());
}

}  // namespace

void AddAuthRoutes(Router& r) {
    r.Get(kLogin, Access::Public(), ShowLogin);
    r.Post(kLogin, Access::Public(), DoLogin);
    r.Post(kLogout, Access::Own(), DoLogout);
    r.Post(kLogoutEverywhere, Access::Own(), DoLogoutEverywhere);
    r.Get(kForgotPassword, Access::Public(), ShowForgot);
    r.Post(kForgotPassword, Access::Public(), DoForgot);
    r.Get(kSetPassword, Access::Public(), ShowSetPassword);
    r.Post(kSetPassword, Access::Public(), DoSetPassword);
    r.Get(kActivate, Access::Public(), ShowActivate);
    r.Post(kActivate, Access::Public(), DoActivate);
    r.Get(kChangePassword, Access::Own(), ShowChangePassword);
    r.Post(kChangePassword, Access::Own(), DoChangePassword);
}

}  // namespace koers::web
