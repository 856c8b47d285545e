// Subscribing to the nieuwsbrief and a subscriber's own pages. Subscribing asks for an address
// and what one wants to hear about, and mails a link to confirm (double opt-in); the page says
// the same whether the address was new, waiting or already subscribed, so it tells no one who
// subscribes. A confirmation link leads to a page with a button, so a mail program that opens
// links to check them confirms nothing. Every issue's mail links to the subscriber's preferences
// and to unsubscribing, which also takes the one-click POST of the List-Unsubscribe header
// (RFC 8058) and deletes the subscriber.
#include <algorithm>

#include "modules/content/web/content_parts.hpp"
#include "modules/newsletter/core/newsletter.hpp"
#include "modules/newsletter/web/newsletter_mail.hpp"
#include "modules/newsletter/web/newsletter_parts.hpp"
#include "modules/newsletter/web/paths.hpp"
#include "modules/newsletter/web/routes.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/db/unit_of_work.hpp"
#include "platform/web/auth/crypto.hpp"
#include "platform/web/auth/rate_limits.hpp"
#include "platform/web/http/parse.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/render/form_field.hpp"

namespace koers::web {

using namespace newsletter_paths;
namespace {

// Requests from one client address (a school may share one), and mails to one address: enough
// for a person who tries again, too few to flood someone's mailbox through this form.
constexpr core::RateWindow kRequestsPerClient[] = {{10, 3600}, {30, 86400}};
constexpr core::RateWindow kMailsPerAddress[] = {{3, 86400}};
// Subscribers who never confirm are forgotten after the link's seven days.
constexpr const char* kDeadLink =
    "Deze link werkt niet (meer): hij is al gebruikt, verlopen, of u heeft zich afgemeld. Wilt u "
    "de nieuwsbrief (weer) ontvangen? Meld u dan opnieuw aan op de pagina Nieuwsbrief.";

// The kennisbank's themes as (slug, label).
std::vector<std::pair<std::string, std::string>> Themes(const Ctx& ctx) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& t : *ContentOf(ctx).terms.All())
        if (t.vocabulary == "thema") out.emplace_back(t.slug, t.label);
    return out;
}

std::vector<std::string> ThemeSlugs(const Ctx& ctx) {
    std::vector<std::string> out;
    for (auto& [slug, label] : Themes(ctx)) out.push_back(slug);
    return out;
}

bool Has(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

// The two checkbox fields of a subscriber's interests.
void AddInterestFields(const Ctx& ctx, const core::Interests& chosen, const core::Validation& v,
                       ViewList& fields) {
    View sectors = FieldView("sectors", "Over welke sectoren", "", FieldKind::kChecks, 0, false, v,
                             "Niets aangevinkt: alle sectoren.");
    ViewList sector_options;
    for (auto s : core::NewsletterSectors())
        sector_options.push_back(CheckOption("sectors", std::string(s), std::string(s),
                                             Has(chosen.sectors, std::string(s))));
    sectors.set("options", std::move(sector_options));
    fields.push_back(std::move(sectors));
    View themes = FieldView("themes", "Over welke thema's", "", FieldKind::kChecks, 0, false, v,
                            "Niets aangevinkt: alle thema's.");
    ViewList theme_options;
    for (auto& [slug, label] : Themes(ctx))
        theme_options.push_back(CheckOption("themes", slug, label, Has(chosen.themes, slug)));
    themes.set("options", std::move(theme_options));
    fields.push_back(std::move(themes));
}

Response SubscribePage(Ctx& ctx, const core::SubscribeForm& in, const core::Validation& v,
                       int status) {
    ViewList fields;
    fields.push_back(FieldView("email", "E-mailadres", in.email, FieldKind::kEmail, 254, true, v));
    fields.push_back(FieldView("name", "Naam", in.name, FieldKind::kLine, 120, false, v,
                               "Zo spreekt de nieuwsbrief u aan."));
    AddInterestFields(ctx, {in.sectors, in.themes}, v, fields);
    View view = Object();
    view.set("action", kNewsletter.With());
    view.set("fields", std::move(fields));
    AddErrors(view, v);
    PageMeta meta;
    meta.description =
        "Meld u aan voor de nieuwsbrief over loopbaanoriëntatie en -begeleiding: nieuws, de "
        "kennisbank en bijeenkomsten, voor de sectoren en thema's die u kiest.";
    meta.canonical_path = kNewsletter.With();
    return RenderPage(ctx, "newsletter/subscribe", std::move(view), "Nieuwsbrief", status, &meta);
}

Response Subscribe(Ctx& ctx) { return SubscribePage(ctx, {}, {}, 200); }

Response RequestSubscription(Ctx& ctx) {
    const core::SubscribeForm in{ctx.Field("email"), ctx.Field("name"), ctx.FieldValues("sectors"),
                                 ctx.FieldValues("themes")};
    core::Validation v;
    const auto s = core::ValidateSubscription(in, ThemeSlugs(ctx), v);
    if (!s) return SubscribePage(ctx, in, v, 422);
    LimitPerAddress(ctx, "nieuwsbrief-aanmelden", kRequestsPerClient,
                    "Vanaf dit netwerk zijn in korte tijd erg veel aanmeldingen verstuurd. Probeer "
                    "het later opnieuw.");
    if (CountWithin(ctx, "nieuwsbrief-mail", s->email, kMailsPerAddress)) {
        storage::InTransaction(ctx.app.db, [&](storage::Database& tx) {
            const storage::Subscriber stored =
                storage::NewsletterRepo(tx).Request(*s, ctx.app.clock.Now());
            if (stored.active)
                MailAlreadySubscribed(ctx.app, tx, stored);
            else
                MailConfirmation(ctx.app, tx, stored);
        });
    }
    SetFlash(ctx, "nieuwsbrief-aangevraagd");
    return Redirect(kNewsletter.With());
}

std::string Token(const Ctx& ctx) { return Find(ctx.params, "token").value_or(""); }

// The subscriber of the {token} link for `purpose`, else the page that the link is dead.
storage::Subscriber ByLink(const Ctx& ctx, std::string_view purpose) {
    auto s = NewsletterOf(ctx).newsletter.ByLink(auth::HashToken(Token(ctx)), purpose,
                                                 ctx.app.clock.Now());
    if (!s) throw core::NotFound(kDeadLink);
    return std::move(*s);
}

Response ConfirmPage(Ctx& ctx) {
    const storage::Subscriber s = ByLink(ctx, storage::kConfirmLink);
    View view = Object();
    view.set("email", s.email);
    view.set("action", kConfirm.With(Token(ctx)));
    return RenderPage(ctx, "newsletter/confirm", std::move(view), "Aanmelding bevestigen");
}

Response Confirm(Ctx& ctx) {
    bool confirmed = false;
    storage::InTransaction(ctx.app.db, [&](storage::Database& tx) {
        auto s =
            storage::NewsletterRepo(tx).Confirm(auth::HashToken(Token(ctx)), ctx.app.clock.Now());
        if (!s) return;
        confirmed = true;
        MailWelcome(ctx.app, tx, *s);
    });
    if (!confirmed) throw core::NotFound(kDeadLink);
    SetFlash(ctx, "nieuwsbrief-bevestigd");
    return Redirect(kNewsletter.With());
}

Response PreferencesPage(Ctx& ctx, const storage::Subscriber& s, const core::Interests& shown,
                         const core::Validation& v, int status) {
    ViewList fields;
    AddInterestFields(ctx, shown, v, fields);
    View view = Object();
    view.set("email", s.email);
    view.set("action", kPreferences.With(Token(ctx)));
    view.set("unsubscribe_action", kUnsubscribe.With(Token(ctx)));
    view.set("fields", std::move(fields));
    AddErrors(view, v);
    return RenderPage(ctx, "newsletter/preferences", std::move(view),
                      "Uw voorkeuren voor de nieuwsbrief", status);
}

Response Preferences(Ctx& ctx) {
    const storage::Subscriber s = ByLink(ctx, storage::kManageLink);
    return PreferencesPage(ctx, s, s.interests, {}, 200);
}

Response SavePreferences(Ctx& ctx) {
    const storage::Subscriber s = ByLink(ctx, storage::kManageLink);
    core::Validation v;
    const core::Interests chosen = core::CheckedInterests(
        ctx.FieldValues("sectors"), ctx.FieldValues("themes"), ThemeSlugs(ctx), v);
    if (!v.ok())
        return PreferencesPage(ctx, s, {ctx.FieldValues("sectors"), ctx.FieldValues("themes")}, v,
                               422);
    NewsletterOf(ctx).newsletter.SaveInterests(s.id, chosen);
    SetFlash(ctx, "nieuwsbrief-voorkeuren");
    return Redirect(kPreferences.With(Token(ctx)));
}

Response UnsubscribePage(Ctx& ctx, bool done) {
    View view = Object();
    view.set("done", done);
    view.set("action", kUnsubscribe.With(Token(ctx)));
    view.set("subscribe_href", kNewsletter.With());
    return RenderPage(ctx, "newsletter/unsubscribe", std::move(view),
                      done ? "U bent afgemeld" : "Afmelden voor de nieuwsbrief");
}

Response AskUnsubscribe(Ctx& ctx) {
    ByLink(ctx, storage::kManageLink);
    return UnsubscribePage(ctx, false);
}

// Also the one-click POST of a mail program (no form token; the link is the authority).
Response Unsubscribe(Ctx& ctx) {
    const storage::Subscriber s = ByLink(ctx, storage::kManageLink);
    NewsletterOf(ctx).newsletter.Remove(s.id);
    return UnsubscribePage(ctx, true);
}

}  // namespace

void AddSubscriptionRoutes(Router& r) {
    r.Get(kNewsletter, Access::Public(), Subscribe);
    r.Post(kNewsletter, Access::Public(), RequestSubscription);
    r.Get(kConfirm, Access::Public(), ConfirmPage);
    r.Post(kConfirm, Access::Public(), Confirm);
    r.Get(kPreferences, Access::Public(), Preferences);
    r.Post(kPreferences, Access::Public(), SavePreferences);
    r.Get(kUnsubscribe, Access::Public(), AskUnsubscribe);
    r.ByToken(kUnsubscribe, Unsubscribe);
}

}  // namespace koers::web
