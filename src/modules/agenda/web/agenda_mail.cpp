#include "modules/agenda/web/agenda_mail.hpp"

#include "modules/agenda/web/paths.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/services.hpp"

namespace koers::web {
namespace {

std::string Where(const core::Event& e) {
    if (e.place.empty()) return "online: " + e.online_url;
    return e.online_url.empty() ? e.place : e.place + " (of online: " + e.online_url + ")";
}

// The event as an .ics file to open in one's calendar.
storage::MailAttachment CalendarFile(Ctx& ctx, const core::Event& e) {
    return {"bijeenkomst.ics", "text/calendar; charset=utf-8",
            core::IcsCalendar(
                {e}, "Koers: agenda LOB", AbsoluteUrl(ctx, ""),
                [](int64_t id) { return agenda_paths::kEvent.With(id); }, ctx.app.clock.Now())};
}

std::string About(Ctx& ctx, const core::Event& e) {
    return e.title + "\n" + core::EventWhen(e) + "\n" + Where(e) + "\n\n" +
           "In uw agenda zetten: open de bijlage, of " +
           AbsoluteUrl(ctx, agenda_paths::kEventIcs.With(e.id)) + "\n";
}

}  // namespace

void MailRegistered(Ctx& ctx, const core::Event& e, const core::Registration& r, int queue_place,
                    const std::string& code) {
    const bool confirmed = r.standing == core::Standing::kBevestigd;
    std::string body = "Beste " + r.name + ",\n\n";
    body += confirmed ? "U bent aangemeld voor deze bijeenkomst:\n\n"
                      : "Deze bijeenkomst is vol. U staat op de wachtlijst, op plaats " +
                            std::to_string(queue_place) +
                            ". Komt er een plaats vrij, dan krijgt u daarover een mail.\n\n";
    body += About(ctx, e);
    body += "\nUw aanmelding bekijken of afmelden: " +
            AbsoluteUrl(ctx, agenda_paths::kRegistration.With(code)) +
            (confirmed ? "\nKunt u niet komen? Meld u dan af, dan gaat uw plaats naar iemand op de "
                         "wachtlijst."
                       : "\nWilt u niet meer op de wachtlijst staan? Meld u dan af.") +
            "\n\nMet vriendelijke groet,\nKoers\n";
    ctx.app.outbox.Enqueue(r.email, (confirmed ? "Aangemeld: " : "Op de wachtlijst: ") + e.title,
                           body, ctx.app.clock.Now(), CalendarFile(ctx, e));
}

void MailPromoted(Ctx& ctx, const core::Event& e, const core::Registration& r) {
    std::string body = "Beste " + r.name + ",\n\n";
    body += "Er is een plaats vrijgekomen. U stond op de wachtlijst en bent nu aangemeld voor:\n\n";
    body += About(ctx, e);
    body +=
        "\nKunt u toch niet komen? Meld u dan af met de link uit uw eerste mail over deze "
        "aanmelding.\n\nMet vriendelijke groet,\nKoers\n";
    ctx.app.outbox.Enqueue(r.email, "Er is een plaats voor u: " + e.title, body,
                           ctx.app.clock.Now(), CalendarFile(ctx, e));
}

}  // namespace koers::web
