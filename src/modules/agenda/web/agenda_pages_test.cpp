// The agenda through the router (no socket), on the demo world: anyone registers without an
// account and gets a mail with the link to their registration; a full event puts newcomers on the
// waiting list and a cancelled place goes to the first one waiting, who is told; bad, late,
// repeated and forged registrations get a Dutch 4xx and change nothing; the regiocoördinator
// organises only their region's events, and the redactie the national ones; who is registered
// hears when the event moves. A network's own events and an event's files: network_events_test.
#include <gtest/gtest.h>

#include "modules/agenda/module.hpp"
#include "modules/agenda/web/agenda_pages_test_support.hpp"

namespace koers::web {
namespace {

using agenda_testing::AgendaPages;
using testing::Browser;
using testing::Contains;

TEST_F(AgendaPages, AnyoneRegistersAndAFreedPlaceGoesToTheFirstOneWaiting) {
    auto res = anonymous.Get("/agenda");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Landelijke LOB-dag: loopbaangesprekken die werken"));
    EXPECT_FALSE(Contains(res.body, "terugblik op het schooljaar")) << "a past event is gone";
    const int64_t event = NewEvent(1);
    ASSERT_GT(event, 0);
    res = anonymous.Get("/agenda/" + std::to_string(event));
    EXPECT_TRUE(Contains(res.body, "Nog 1 plaats"));
    // The agenda is kept a second for anonymous readers; a registration here shows at once.
    Browser reader{app, "192.0.2.40"};
    const auto full = [&] {
        const std::string body = reader.Get("/agenda").body;
        int n = 0;
        for (size_t at = body.find("Vol: u komt op de wachtlijst"); at != std::string::npos;
             at = body.find("Vol: u komt op de wachtlijst", at + 1))
            ++n;
        return n;
    };
    EXPECT_EQ(full(), 1) << "the demo's network meeting";

    const std::string first =
        Register(anonymous, event, Person("Sanne de Wit", "sanne@school.example"));
    ASSERT_FALSE(first.empty());
    EXPECT_EQ(full(), 2) << "the kept agenda was dropped";
    res = anonymous.Get("/agenda/aanmelding/" + first);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "U bent aangemeld. De bevestiging staat in uw e-mail."));
    EXPECT_EQ(res.Header("Cache-Control"), "private, no-store");
    auto mail = MailTo("sanne@school.example");
    ASSERT_EQ(mail.size(), 1u);
    EXPECT_EQ(mail[0].subject, "Aangemeld: Werkgroep meeloopdagen");
    EXPECT_TRUE(Contains(mail[0].body, "/agenda/aanmelding/" + first));
    ASSERT_TRUE(mail[0].extras.attachment) << "the event as a calendar file";
    EXPECT_EQ(mail[0].extras.attachment->filename, "bijeenkomst.ics");
    EXPECT_TRUE(Contains(mail[0].extras.attachment->content, "SUMMARY:Werkgroep meeloopdagen\r\n"));

    const std::string second =
        Register(other, event, Person("Ahmed Yilmaz", "ahmed@school.example"));
    res = other.Get("/agenda/aanmelding/" + second);
    EXPECT_TRUE(Contains(res.body, "Op de wachtlijst, plaats 1"));
    EXPECT_EQ(MailTo("ahmed@school.example").at(0).subject,
              "Op de wachtlijst: Werkgroep meeloopdagen");

    // The first one cancels; the second moves up and is told. Cancelling again changes nothing.
    res = anonymous.Post("/agenda/aanmelding/" + first + "/afmelden", {});
    ASSERT_EQ(res.status, 303);
    EXPECT_TRUE(Contains(anonymous.Get("/agenda/aanmelding/" + first).body, "U bent afgemeld."));
    EXPECT_TRUE(Contains(other.Get("/agenda/aanmelding/" + second).body, "Aangemeld"));
    ASSERT_EQ(MailTo("ahmed@school.example").size(), 2u);
    EXPECT_EQ(MailTo("ahmed@school.example").front().subject,
              "Er is een plaats voor u: Werkgroep meeloopdagen");
    EXPECT_EQ(anonymous.Post("/agenda/aanmelding/" + first + "/afmelden", {}).status, 303);
    EXPECT_EQ(MailTo("ahmed@school.example").size(), 2u);

    // The organiser sees both, and the CSV neutralises what a spreadsheet would run.
    Register(anonymous, event, Person("=HYPERLINK(\"x\")", "derde@school.example"));
    res = regio.Get(amstelland + "/" + std::to_string(event) + "/aanmeldingen");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Ahmed Yilmaz"));
    EXPECT_TRUE(Contains(res.body, "Afgemeld"));
    res = regio.Get(amstelland + "/" + std::to_string(event) + "/aanmeldingen/aanmeldingen.csv");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "\"Ahmed Yilmaz\";\"ahmed@school.example\""));
    EXPECT_TRUE(Contains(res.body, "\"'=HYPERLINK")) << res.body;
}

TEST_F(AgendaPages, BadLateRepeatedAndForgedRegistrationsAreRefusedInDutch) {
    const int64_t event = NewEvent(5);
    const auto census = AgendaOf(app.services()).agenda.Census();
    const std::string path = "/agenda/" + std::to_string(event) + "/aanmelden";
    auto res = anonymous.Post(path, {{"name", "Sanne\r\nBcc: x@y.nl"},
                                     {"email", "geen adres"},
                                     {"role", "Koning"},
                                     {"note", std::string(5000, 'a')}});
    EXPECT_EQ(res.status, 422);
    EXPECT_TRUE(Contains(res.body, "In uw naam staan tekens die niet kunnen."));
    EXPECT_TRUE(Contains(res.body, "Vul een e-mailadres in zoals naam@school.nl."));
    EXPECT_TRUE(Contains(res.body, "Kies uw rol."));
    EXPECT_EQ(anonymous.Post(path, Person("Sanne", "sanne@school.example"), false).status, 403)
        << "without the form's token";
    EXPECT_EQ(AgendaOf(app.services()).agenda.Census(), census) << "nothing was stored";

    Register(anonymous, event, Person("Sanne", "sanne@school.example"));
    res = other.Post(path, Person("Iemand anders", "SANNE@school.example"));
    EXPECT_EQ(res.status, 409);
    EXPECT_TRUE(Contains(res.body, "Met dit e-mailadres is al iemand aangemeld"));
    EXPECT_EQ(anonymous.Get("/agenda/aanmelding/verzonnen-code").status, 404);
    EXPECT_EQ(anonymous.Post("/agenda/aanmelding/verzonnen-code/afmelden", {}).status, 404);
    EXPECT_EQ(anonymous.Get("/agenda/999999").status, 404);

    // From one address: ten a minute, then a wait.
    Browser script{app, "192.0.2.99"};
    for (int n = 0; n < 10; ++n)
        Register(script, event, Person("Script", "script" + std::to_string(n) + "@example.nl"));
    res = script.Post(path, Person("Script", "script-elf@example.nl"));
    EXPECT_EQ(res.status, 429);

    app.clock().Advance(9 * 86400);
    res = other.Post(path, Person("Te laat", "laat@school.example"));
    EXPECT_EQ(res.status, 409);
    EXPECT_TRUE(Contains(res.body, "De aanmelding voor deze bijeenkomst is gesloten."));
    EXPECT_FALSE(Contains(other.Get("/agenda/" + std::to_string(event)).body, "name=\"email\""))
        << "no form once it is closed";
}

TEST_F(AgendaPages, OrganisersReachOnlyTheirOwnEventsAndTheCalendarsAreICalendar) {
    const auto national = AgendaOf(app.services()).agenda.OfOrganiser(std::nullopt);
    ASSERT_FALSE(national.empty());
    const std::string national_id = std::to_string(national.front().event.id);
    EXPECT_EQ(regio.Get(amstelland + "/" + national_id).status, 404)
        << "a national event is not the region's";
    const std::string twente =
        "/regios/" + std::to_string(regions.at("Regio Twente")) + "/bijeenkomsten";
    EXPECT_EQ(regio.Get(twente).status, 403);
    EXPECT_EQ(regio.Get("/redactie/bijeenkomsten").status, 403);
    Browser redacteur{app}, decaan{app};
    ASSERT_TRUE(redacteur.SignIn("redacteur@demo.koers.nl"));
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    EXPECT_TRUE(Contains(redacteur.Get("/redactie/bijeenkomsten").body,
                         "Landelijke LOB-dag: loopbaangesprekken die werken"));
    EXPECT_EQ(decaan.Get("/redactie/bijeenkomsten").status, 403);
    EXPECT_EQ(decaan.Get(amstelland).status, 403);

    // Fewer places than are confirmed is refused on the form; the full demo event stays full.
    const auto full = AgendaOf(app.services()).agenda.OfOrganiser(regions.at("Regio Amstelland"));
    const auto& network = *std::find_if(full.begin(), full.end(), [](const auto& s) {
        return s.confirmed == s.event.capacity && s.waiting > 0;
    });
    const std::string edit = amstelland + "/" + std::to_string(network.event.id);
    auto res = regio.Get(edit);
    ASSERT_EQ(res.status, 200);
    Pairs form;
    for (const auto& [name, value] : std::vector<std::pair<std::string, std::string>>{
             {"title", network.event.title},
             {"description", network.event.description},
             {"programme", network.event.programme},
             {"audience", network.event.audience},
             {"place", network.event.place},
             {"online_url", ""},
             {"starts", core::FormatLocalInput(network.event.starts_at)},
             {"ends", core::FormatLocalInput(network.event.ends_at)},
             {"deadline", core::FormatLocalInput(network.event.deadline)},
             {"capacity", "1"}})
        form.emplace_back(name, value);
    res = regio.Post(edit, form);
    EXPECT_EQ(res.status, 422);
    EXPECT_TRUE(Contains(res.body, "Minder plaatsen dan dat kan niet"));
    form.back().second = std::to_string(network.event.capacity + 1);
    EXPECT_EQ(regio.Post(edit, form).status, 303);
    EXPECT_EQ(AgendaOf(app.services()).agenda.Find(network.event.id)->waiting, network.waiting - 1)
        << "the new place went to the first one waiting";

    res = anonymous.Get("/agenda/agenda.ics");
    ASSERT_EQ(res.status, 200);
    EXPECT_EQ(res.content_type, "text/calendar; charset=utf-8");
    EXPECT_TRUE(Contains(res.body, "SUMMARY:Landelijke LOB-dag: loopbaangesprekken die werken"));
    EXPECT_TRUE(Contains(anonymous.Get("/agenda/" + national_id + "/bijeenkomst.ics").body,
                         "BEGIN:VEVENT"));
}

// The one-time token of the registrations page's message form.
std::string MessageToken(const std::string& html) {
    const std::string marker = R"(name="bericht" value=")";
    const size_t at = html.find(marker);
    if (at == std::string::npos) return {};
    const size_t from = at + marker.size();
    return html.substr(from, html.find('"', from) - from);
}

TEST_F(AgendaPages, TheOrganiserPrintsWritesAndDownloadsAndKoersReminds) {
    const int64_t event = NewEvent(2);
    for (const auto& [name, email] :
         std::vector<std::pair<std::string, std::string>>{{"Sanne de Wit", "sanne@school.example"},
                                                          {"Ahmed Yilmaz", "ahmed@school.example"},
                                                          {"Eva Smit", "eva@school.example"}})
        Register(other, event, Person(name, email));
    const std::string list = amstelland + "/" + std::to_string(event) + "/aanmeldingen";
    auto res = regio.Get(list + "/presentielijst");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Ahmed Yilmaz"));
    EXPECT_FALSE(Contains(res.body, "Eva Smit")) << "only who is confirmed";
    res = regio.Get(list + "/aanmeldingen.xlsx");
    ASSERT_EQ(res.status, 200);
    EXPECT_EQ(res.body.substr(0, 2), "PK") << "an XLSX workbook";

    // The message form carries a one-time token: a replay or double click sends nothing twice.
    const std::string token = MessageToken(regio.Get(list).body);
    ASSERT_GE(token.size(), 16u);
    res = regio.Post(list + "/bericht", {{"bericht", token}, {"subject", ""}, {"body", "Tekst"}});
    EXPECT_EQ(res.status, 422);
    EXPECT_TRUE(Contains(res.body, "Vul het onderwerp in."));
    EXPECT_TRUE(Contains(res.body, "Tekst")) << "what was written stays";
    EXPECT_EQ(MessageToken(res.body), token) << "and so does the form's token, until it is sent";
    const Pairs route = {
        {"bericht", token}, {"subject", "Route"}, {"body", "Via de achteringang."}};
    EXPECT_EQ(regio.Post(list + "/bericht", route).status, 303);
    for (const std::string to :
         {"sanne@school.example", "ahmed@school.example", "eva@school.example"}) {
        const auto mail = MailTo(to);
        ASSERT_EQ(mail.size(), 2u) << to << ": the registration and the message";
        EXPECT_EQ(mail.front().subject, "Route (Werkgroep meeloopdagen)") << to;
    }
    res = regio.Post(list + "/bericht", route);
    EXPECT_EQ(res.status, 409) << "replayed";
    EXPECT_TRUE(Contains(res.body, "Dit bericht is al verstuurd"));
    EXPECT_NE(MessageToken(res.body), token) << "a new message gets a new token";
    EXPECT_EQ(MailTo("sanne@school.example").size(), 2u) << "nothing sent twice";
    res = regio.Get(list);
    EXPECT_TRUE(Contains(res.body, "Verstuurde berichten"));
    EXPECT_TRUE(Contains(res.body, ">Route</td>"));
    for (const std::string& bad :
         std::vector<std::string>{"", "kort", std::string(65, 'a'), "<script>alert(1)</script>xx"})
        EXPECT_EQ(regio
                      .Post(list + "/bericht",
                            {{"bericht", bad}, {"subject", "Nog een"}, {"body", "Tekst"}})
                      .status,
                  400)
            << bad;
    EXPECT_EQ(MailTo("sanne@school.example").size(), 2u);

    // Two days before: the confirmed get a reminder, once, whichever process runs first.
    const auto& housekeeping = *modules::Agenda().housekeeping;
    app.clock().Advance(8 * 86400 - 60);
    housekeeping(app.services());
    EXPECT_NE(MailTo("sanne@school.example").front().subject,
              "Herinnering: Werkgroep meeloopdagen");
    app.clock().Advance(120);
    {
        // The mails cannot be queued: the claim is undone with them, and the next round sends.
        testing::TableOffline offline(app, "outbox");
        EXPECT_ANY_THROW(housekeeping(app.services()));
    }
    housekeeping(app.services());
    housekeeping(app.services());
    int reminders = 0;
    for (const std::string to :
         {"sanne@school.example", "ahmed@school.example", "eva@school.example"})
        for (const auto& m : MailTo(to))
            reminders += m.subject == "Herinnering: Werkgroep meeloopdagen";
    EXPECT_EQ(reminders, 2) << "the two confirmed, once each; not the waiting list";
}

TEST_F(AgendaPages, TheAgendaFiltersBySectorAndLooksBackOnWhatWasYielded) {
    auto res = anonymous.Get("/agenda?sector=hbo");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Landelijke LOB-dag"));
    EXPECT_FALSE(Contains(res.body, "de overstap van vmbo naar mbo")) << "for vo and mbo only";
    EXPECT_TRUE(Contains(res.body, "aria-current=\"page\" class=\"koers-filter__current\">hbo"));
    res = anonymous.Get("/agenda?sector=wo");
    EXPECT_EQ(res.status, 400);
    EXPECT_TRUE(Contains(res.body, "Kies een sector uit de lijst"));
    res = anonymous.Get("/agenda/terugblik");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "terugblik op het schooljaar"));
    EXPECT_TRUE(Contains(res.body, "Elf scholen keken terug op het schooljaar."));
}

TEST_F(AgendaPages, WhoIsRegisteredHearsWhenTheEventMoves) {
    const int64_t event = NewEvent(1);
    Register(other, event, Person("Sanne de Wit", "sanne@school.example"));
    Register(other, event, Person("Ahmed Yilmaz", "ahmed@school.example"));
    const std::string edit = amstelland + "/" + std::to_string(event);
    const int64_t now = app.clock().Now();
    Pairs form = {{"title", "Werkgroep meeloopdagen"},
                  {"description", "We plannen de meeloopdagen."},
                  {"place", "Rietland Lyceum"},
                  {"starts", core::FormatLocalInput(now + 10 * 86400)},
                  {"ends", core::FormatLocalInput(now + 10 * 86400 + 3600)},
                  {"deadline", core::FormatLocalInput(now + 9 * 86400)},
                  {"capacity", "1"}};
    const auto moved = [&](const std::string& to) {
        int n = 0;
        for (const auto& m : MailTo(to)) n += m.subject == "Gewijzigd: Werkgroep meeloopdagen";
        return n;
    };
    form[3].second = core::FormatLocalInput(now + 10 * 86400);  // the same time: no news
    ASSERT_EQ(regio.Post(edit, form).status, 303);
    EXPECT_EQ(moved("sanne@school.example"), 0);
    form[2].second = "Horizon mbo, aula";
    ASSERT_EQ(regio.Post(edit, form).status, 303);
    EXPECT_EQ(moved("sanne@school.example"), 1) << "confirmed";
    EXPECT_EQ(moved("ahmed@school.example"), 1) << "waiting";
    const auto mail = MailTo("sanne@school.example").front();
    EXPECT_TRUE(Contains(mail.body, "Horizon mbo, aula"));
    ASSERT_TRUE(mail.extras.attachment);
    EXPECT_EQ(mail.extras.attachment->filename, "bijeenkomst.ics");
}

}  // namespace
}  // namespace koers::web
