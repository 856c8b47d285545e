#include "platform/web/pages/page.hpp"

#include <optional>
#include <utility>

#include "platform/core/access/roles.hpp"
#include "platform/web/auth/csrf.hpp"
#include "platform/web/http/assets.hpp"
#include "platform/web/module.hpp"
#include "platform/web/pages/paths.hpp"
#include "platform/web/render/shapes.hpp"
#include "platform/web/render/templates.hpp"
#include "platform/web/services.hpp"

namespace koers::web {
namespace {

// The platform's messages; each module declares its own (Module::flashes).
constexpr Flash kFlash[] = {
    // Shown after signing out, to someone Koers no longer knows: neither "u" nor "je".
    {"uitgelogd", "Uitloggen is gelukt."},
    {"wachtwoord-gewijzigd", "Uw wachtwoord is gewijzigd. Op uw andere apparaten bent u uitgelogd.",
     "Je wachtwoord is veranderd. Op je andere apparaten ben je uitgelogd."},
    {"overal-uitgelogd", "Uitloggen is gelukt, op alle apparaten."},
    {"wachtwoord-ingesteld", "Het wachtwoord is ingesteld. Inloggen kan nu."},
    {"reset-aangevraagd",
     "Als dit e-mailadres bij Koers bekend is, komt er binnen enkele minuten een e-mail met een "
     "link om een nieuw wachtwoord in te stellen."},
    {"uitnodiging-verstuurd", "De uitnodiging is verstuurd."},
    {"opgeslagen", "De wijzigingen zijn opgeslagen."},
    {"rol-toegevoegd", "De rol is toegevoegd."},
    {"rol-verwijderd", "De rol is verwijderd."},
    {"account-verwijderd", "Het account is verwijderd, met alles wat ervan was."},
};

std::optional<std::string_view> FlashText(const Ctx& ctx, std::string_view code) {
    const bool je = ctx.user && ctx.user->SaysJe();
    auto text = [&](const Flash& f) { return je && !f.je.empty() ? f.je : f.text; };
    for (const auto& f : kFlash)
        if (f.code == code) return text(f);
    for (const Module& m : ctx.app.modules)
        for (const auto& f : m.flashes)
            if (f.code == code) return text(f);
    return std::nullopt;
}

// The entries of the main menu; the one whose page this is, or holds it, is current: only the
// longest such (on /redactie/nieuwsbrief the Nieuwsbrief, not the Redactie as well).
ViewList Navigation(const Ctx& ctx) {
    ViewList nav;
    size_t current = 0, current_length = 0;
    auto add = [&](const std::string& href, const std::string& label) {
        View item = Object();
        const bool within =
            ctx.target.path == href || (href != "/" && ctx.target.path.rfind(href + "/", 0) == 0);
        if (within && href.size() > current_length) {
            current = nav.size();
            current_length = href.size();
        }
        item.set("href", href);
        item.set("label", label);
        item.set("current", false);
        nav.push_back(std::move(item));
    };
    auto done = [&] {
        if (current_length > 0) nav[current].set("current", true);
        return std::move(nav);
    };
    add("/", "Home");
    for (const Module& m : ctx.app.modules)
        for (const auto& e : m.navigation)
            if (e.permission == core::Permission::kPublic)
                add(std::string(e.href), std::string(e.label));
    if (!ctx.user) return done();
    for (const Module& m : ctx.app.modules)
        for (const auto& e : m.navigation)
            if (e.permission != core::Permission::kPublic &&
                core::Allowed(ctx.user, e.permission, core::Target::Platform()))
                add(std::string(e.href), std::string(e.label));
    add(platform_paths::kDashboard.With(), "Mijn Koers");
    bool beheer = false, region = false, school = false;
    for (const auto& m : ctx.user->memberships) {
        if (m.role == core::Role::kBeheerder && !std::exchange(beheer, true)) {
            add(platform_paths::kAdmin.With(), "Beheer");
        } else if (m.region_id && !std::exchange(region, true)) {
            add(platform_paths::kRegion.With(*m.region_id), "Mijn regio");
        } else if (m.school_id && !school &&
                   core::Allowed(ctx.user, core::Permission::kViewSchool,
                                 core::Target::School(*m.school_id))) {
            add(platform_paths::kSchool.With(*m.school_id), "Mijn school");
            school = true;
        }
    }
    return done();
}

}  // namespace

const std::string& PageCsrf(Ctx& ctx) {
    if (ctx.page_csrf.empty() && !ctx.csrf_token.empty())
        ctx.page_csrf = auth::MaskCsrf(ctx.csrf_token, ctx.app.random);
    return ctx.page_csrf;
}

View Base(Ctx& ctx) {
    View v = Object();
    v.set("csrf", PageCsrf(ctx));
    v.set("signed_in", ctx.user != nullptr);
    if (ctx.user) v.set("user_name", ctx.user->display_name);
    return v;
}

void SetFlash(Ctx& ctx, std::string_view code) {
    ctx.set_cookies.push_back(CookieHeader(ctx.app, kFlashCookie, code, 60));
}

void AddErrors(View& view, const core::Validation& v,
               const std::function<std::string(std::string_view field)>& anchor) {
    ViewList list;
    for (const auto& e : v.errors()) {
        View item = Object();
        item.set("field", anchor ? anchor(e.field) : e.field);
        item.set("message", e.message);
        list.push_back(std::move(item));
        view.SetNamed("error_" + e.field, e.message);
    }
    view.set("errors", std::move(list));
    view.set("has_errors", !v.ok());
}

std::string AbsoluteUrl(const Ctx& ctx, std::string_view path) {
    return AbsoluteUrl(ctx.app, path);
}

std::string AbsoluteUrl(const Services& app, std::string_view path) {
    std::string base = app.config.public_url;
    while (!base.empty() && base.back() == '/') base.pop_back();
    return base + std::string(path);
}

Response RenderPage(Ctx& ctx, std::string_view tmpl, View view, std::string_view title, int status,
                    const PageMeta* meta) {
    view.set("csrf", PageCsrf(ctx));
    View layout = Base(ctx);
    layout.set("title", std::string(title));
    if (meta) {
        layout.set("meta_description", meta->description);
        if (!meta->canonical_path.empty())
            layout.set("canonical", AbsoluteUrl(ctx, meta->canonical_path));
        layout.set("og_type", meta->og_type);
        if (!meta->image_path.empty()) layout.set("og_image", AbsoluteUrl(ctx, meta->image_path));
        if (!meta->feed_path.empty()) layout.set("feed", meta->feed_path);
    }
    layout.set("search_query",
               ctx.target.path == "/zoeken" ? ctx.QueryParam("q").value_or("") : std::string());
    layout.set("content", Templates::Render(tmpl, view));
    layout.set("nav", Navigation(ctx));
    ViewList footer;
    for (const Module& m : ctx.app.modules)
        if (m.footer_links)
            for (auto& link : m.footer_links(ctx.app))
                footer.push_back(LinkView(std::move(link.href), std::move(link.label)));
    layout.set("has_footer_links", !footer.empty());
    layout.set("footer_links", std::move(footer));
    layout.set("demo", ctx.app.config.demo);
    layout.set("css", ctx.app.assets.Url("koers.css"));
    layout.set("font", ctx.app.assets.Url("noto-sans-latin.woff2"));
    layout.set("js_htmx", ctx.app.assets.Url("htmx.js"));
    layout.set("js_koers", ctx.app.assets.Url("koers.js"));
    layout.set("favicon", ctx.app.assets.Url("favicon.svg"));
    if (auto code = Find(ctx.cookies, kFlashCookie)) {
        if (auto text = FlashText(ctx, *code)) layout.set("flash", std::string(*text));
        ctx.set_cookies.push_back(CookieHeader(ctx.app, kFlashCookie, "", 0));
    }
    Response r;
    r.status = status;
    r.body = Templates::Render("layout", layout);
    return r;
}

Response ErrorPage(Ctx& ctx, int status, const std::string& message) {
    View v = Object();
    v.set("message", message);
    v.set("show_login", status == 401 || (status == 403 && !ctx.user));
    // What the reader can do, in words; a number only where a helpdesk needs one (5xx).
    v.set("help", status == 404 ? "Misschien is het adres niet helemaal goed overgenomen, of is "
                                  "de pagina verplaatst."
                  : status == 403 && ctx.user && ctx.user->SaysJe()
                      ? "Deze pagina is niet voor jou. Denk je dat dat niet klopt? Vraag het je "
                        "mentor."
                  : status == 403 && ctx.user
                      ? "Uw account heeft geen toegang tot deze pagina. Klopt dat niet? Vraag "
                        "het de beheerder van uw school."
                  : status >= 500 ? "Probeer het over een paar minuten opnieuw. Blijft het "
                                    "misgaan, noem dan foutcode " +
                                        std::to_string(status) + " aan de beheerder."
                                  : std::string());
    std::string_view title = status == 404   ? "Niet gevonden"
                             : status == 403 ? "Geen toegang"
                             : status >= 500 ? "Er ging iets mis"
                                             : "Dat lukte niet";
    return RenderPage(ctx, "error", std::move(v), title, status);
}

}  // namespace koers::web
