#include "modules/agenda/web/agenda_mail.hpp"

#include "modules/agenda/web/paths.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/services.hpp"

namespace koers::web {
namespace {

std::string Where(const core::Event& e) {
    if (e.place.empty()) return "online: " + e.online_url;
    return e.online_url.empty() ? e.place : e.place + " (of online: " + e.online_url + ")";
}

// The event as an .ics file to open in one's calendar.
storage::MailAttachment CalendarFile(Services& app, const core::Event& e) {
    return {"bijeenkomst.ics", "text/calendar; charset=utf-8",
            core::IcsCalendar(
                {e}, "Koers: agenda LOB", AbsoluteUrl(app, ""),
                [](int64_t id) { return agenda_paths::kEvent.With(id); }, app.clock.Now())};
}

std::string About(Services& app, const core::Event& e) {
    return e.title + "\n" + core::EventWhen(e) + "\n" + Where(e) + "\n" +
           AbsoluteUrl(app, agenda_paths::kEvent.With(e.id)) +
           "\n\nIn uw agenda zetten: open de bijlage.\n";
}

void SendTo(storage::OutboxRepo& outbox, Services& app, const core::Registration& r,
            const std::string& subject, const std::string& text, const core::Event& e) {
    outbox.Enqueue(r.email, subject,
                   "Beste " + r.name + ",\n\n" + text + "\n\nMet vriendelijke groet,\nKoers\n",
                   app.clock.Now(), {CalendarFile(app, e)});
}

void Send(Services& app, const core::Registration& r, const std::string& subject,
          const std::string& text, const core::Event& e) {
    SendTo(app.outbox, app, r, subject, text, e);
}

}  // namespace

void MailRegistered(Services& app, const core::Event& e, const core::Registration& r,
                    int queue_place, const std::string& code) {
    const bool confirmed = r.standing == core::Standing::kBevestigd;
    std::string text = confirmed ? "U bent aangemeld voor deze bijeenkomst:\n\n"
                                 : "Deze bijeenkomst is vol. U staat op de wachtlijst, op plaats " +
                                       std::to_string(queue_place) +
                                       ". Komt er een plaats vrij, dan krijgt u daarover een "
                                       "mail.\n\n";
    text += About(app, e);
    text += "\nUw aanmelding bekijken of afmelden: " +
            AbsoluteUrl(app, agenda_paths::kRegistration.With(code)) + "\n";
    text += confirmed ? "Kunt u niet komen? Meld u dan af, dan gaat uw plaats naar iemand op de "
                        "wachtlijst."
                      : "Wilt u niet meer op de wachtlijst staan? Meld u dan af.";
    Send(app, r, (confirmed ? "Aangemeld: " : "Op de wachtlijst: ") + e.title, text, e);
}

void MailPromoted(Services& app, const core::Event& e, const core::Registration& r) {
    Send(app, r, "Er is een plaats voor u: " + e.title,
         "Er is een plaats vrijgekomen. U stond op de wachtlijst en bent nu aangemeld voor:\n\n" +
             About(app, e) +
             "\nKunt u toch niet komen? Meld u dan af met de link uit uw eerste mail over deze "
             "aanmelding.",
         e);
}

void MailReminder(Services& app, storage::OutboxRepo& outbox, const core::Event& e,
                  const core::Registration& r) {
    SendTo(outbox, app, r, "Herinnering: " + e.title,
           "Binnenkort is de bijeenkomst waarvoor u bent aangemeld:\n\n" + About(app, e) +
               "\nKunt u toch niet komen? Meld u dan af met de link uit uw eerste mail over deze "
               "aanmelding, dan gaat uw plaats naar iemand op de wachtlijst.",
           e);
}

void MailMoved(Services& app, const core::Event& e, const core::Registration& r) {
    Send(app, r, "Gewijzigd: " + e.title,
         "De organisatie heeft het tijdstip of de plaats van deze bijeenkomst veranderd. Dit is "
         "het nu:\n\n" +
             About(app, e) +
             "\nOpen de bijlage om de bijeenkomst in uw agenda bij te werken. Kunt u nu niet "
             "komen? Meld u dan af met de link uit uw eerste mail over deze aanmelding.",
         e);
}

void MailOrganiserMessage(Services& app, storage::OutboxRepo& outbox, const core::Event& e,
                          const core::Registration& r, const core::MessageForm& message) {
    SendTo(outbox, app, r, message.subject + " (" + e.title + ")",
           message.body + "\n\n-- \nDit bericht gaat aan iedereen die zich aanmeldde voor:\n" +
               About(app, e),
           e);
}

}  // namespace koers::web
