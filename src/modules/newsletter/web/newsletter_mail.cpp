#include "modules/newsletter/web/newsletter_mail.hpp"

#include "modules/newsletter/web/paths.hpp"
#include "platform/storage/db/unit_of_work.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/auth/crypto.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace newsletter_paths;
namespace {

constexpr size_t kLinkBytes = 24;

// A new link of `purpose` for `s`; returns its secret.
std::string NewLink(Services& app, storage::NewsletterRepo& repo, const storage::Subscriber& s,
                    std::string_view purpose, int64_t seconds) {
    const int64_t now = app.clock.Now();
    std::string token = app.random.Token(kLinkBytes);
    repo.AddLink(s.id, auth::HashToken(token), purpose, now, now + seconds);
    return token;
}

// A mail to `s` with a new link of `purpose` in it: `text(url)` is what it says.
template <class Text>
void MailWithLink(Services& app, storage::Database& db, const storage::Subscriber& s,
                  std::string_view purpose, const std::string& subject, Text&& text) {
    storage::NewsletterRepo repo(db);
    const bool confirm = purpose == storage::kConfirmLink;
    const std::string token =
        NewLink(app, repo, s, purpose, confirm ? kConfirmLinkSeconds : kManageLinkSeconds);
    const std::string url =
        AbsoluteUrl(app, confirm ? kConfirm.With(token) : kPreferences.With(token));
    const std::string greeting = s.name.empty() ? "Beste lezer,\n\n" : "Beste " + s.name + ",\n\n";
    storage::OutboxRepo(db).Enqueue(s.email, subject,
                                    greeting + text(url) + "\nMet vriendelijke groet,\nKoers\n",
                                    app.clock.Now());
}

// One batch of the issue `id`; returns how many deliveries it handled.
int SendBatchOf(Services& app, int64_t id, int limit) {
    storage::NewsletterRepo repo(app.db);
    const auto issue = repo.FindIssue(id);
    if (!issue) return 0;
    std::vector<core::IssueItem> items;
    for (const auto& stored : issue->items) items.push_back(stored.item);
    const int64_t now = app.clock.Now();
    int handled = 0;
    storage::InTransaction(app.db, [&](storage::Database& tx) {
        storage::NewsletterRepo batch(tx);
        storage::OutboxRepo outbox(tx);
        for (const auto& d : batch.ClaimWaiting(issue->id, limit)) {
            ++handled;
            const auto mine = core::ItemsFor(d.subscriber.interests, items);
            if (mine.empty()) {
                batch.Queued(d.id, std::nullopt);
                continue;
            }
            const std::string token =
                NewLink(app, batch, d.subscriber, storage::kManageLink, kManageLinkSeconds);
            const core::MailLinks links{AbsoluteUrl(app, ""),
                                        AbsoluteUrl(app, kPreferences.With(token)),
                                        AbsoluteUrl(app, kUnsubscribe.With(token))};
            storage::MailExtras extras;
            extras.list_unsubscribe = links.unsubscribe;
            batch.Queued(
                d.id, outbox.Enqueue(d.subscriber.email, issue->text.subject,
                                     core::IssueMail(issue->text, d.subscriber.name, mine, links),
                                     now, extras));
        }
        batch.FinishIfDone(issue->id, now);
    });
    return handled;
}

}  // namespace

void MailConfirmation(Services& app, storage::Database& db, const storage::Subscriber& s) {
    MailWithLink(app, db, s, storage::kConfirmLink, "Bevestig uw aanmelding voor de nieuwsbrief",
                 [](const std::string& url) {
                     return "U (of iemand anders) heeft dit e-mailadres aangemeld voor de "
                            "nieuwsbrief over loopbaanoriëntatie en -begeleiding van Koers. Wilt "
                            "u hem ontvangen? Bevestig dat dan via deze link (hij werkt zeven "
                            "dagen):\n\n" +
                            url +
                            "\n\nHeeft u zich niet aangemeld? Dan hoeft u niets te doen: zonder "
                            "bevestiging krijgt u niets, en na zeven dagen vergeet Koers dit "
                            "adres.\n";
                 });
}

void MailAlreadySubscribed(Services& app, storage::Database& db, const storage::Subscriber& s) {
    MailWithLink(app, db, s, storage::kManageLink, "U bent al aangemeld voor de nieuwsbrief",
                 [](const std::string& url) {
                     return "Iemand wilde dit e-mailadres aanmelden voor de nieuwsbrief van "
                            "Koers, maar u bent al aangemeld. Er is niets veranderd.\n\nUw "
                            "voorkeuren wijzigen of afmelden kan hier:\n" +
                            url + "\n";
                 });
}

void MailWelcome(Services& app, storage::Database& db, const storage::Subscriber& s) {
    MailWithLink(app, db, s, storage::kManageLink, "Welkom bij de nieuwsbrief",
                 [](const std::string& url) {
                     return "U bent aangemeld voor de nieuwsbrief van Koers. U krijgt nieuws, "
                            "items uit de kennisbank en bijeenkomsten die passen bij de sectoren "
                            "en thema's die u koos.\n\nUw voorkeuren wijzigen of afmelden kan "
                            "altijd, hier of onder elke nieuwsbrief:\n" +
                            url + "\n";
                 });
}

int SendNextBatch(Services& app, int limit) {
    // An issue with nothing left to claim is finished by its batch, and the next one is taken;
    // a few at most, as another process may hold the last claims of one not yet committed.
    for (int issues = 0; issues < 3; ++issues) {
        const auto id = storage::NewsletterRepo(app.db).IssueBeingSent();
        if (!id) return 0;
        if (const int handled = SendBatchOf(app, *id, limit); handled > 0) return handled;
    }
    return 0;
}

}  // namespace koers::web
