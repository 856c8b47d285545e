// The agenda's rules: what a valid event and registration are (limits per field, no control
// characters where a mail header could take them), when registration is open, who gets a place,
// and the iCalendar text (escaped, folded at 75 octets without splitting a character).
#include "modules/agenda/core/agenda.hpp"

#include <gtest/gtest.h>

#include "platform/core/common/dates.hpp"

namespace koers::core {
namespace {

EventForm GoodEvent() {
    return {"Netwerkbijeenkomst",
            "Over de overstap.",
            "15.30 Ontvangst",
            "Horizon mbo",
            "",
            "decanen",
            "2027-03-11T15:30",
            "2027-03-11T17:30",
            "2027-03-04T23:59",
            "40",
            {"vo", "mbo", "vo"},
            "",
            ""};
}

RegistrationForm GoodRegistration() {
    return {"Sanne de Wit", "Sanne@School.NL", "Veldzicht College",
            std::string(RegistrantRoles().front()), "vegetarisch"};
}

TEST(AgendaRules, AValidEventKeepsItsTimesInAmsterdamTime) {
    Validation v;
    const auto e = ValidateEvent(GoodEvent(), v);
    ASSERT_TRUE(e) << (v.errors().empty() ? "" : v.errors().front().message);
    EXPECT_EQ(e->starts_at, *ParseLocalInput("2027-03-11T15:30"));
    EXPECT_EQ(e->capacity, 40);
    EXPECT_EQ(EventWhen(*e), "11 maart 2027, 15:30 tot 17:30");
    EXPECT_EQ(FormOf(*e).starts, "2027-03-11T15:30") << "the form shows what was entered";
    EXPECT_EQ(e->sectors, (std::vector<std::string>{"vo", "mbo"})) << "each sector once";
    EXPECT_TRUE(ForSector(*e, "mbo"));
    EXPECT_FALSE(ForSector(*e, "hbo"));
    Event everyone;
    EXPECT_TRUE(ForSector(everyone, "hbo")) << "an event for no sector in particular is for all";
}

TEST(AgendaRules, TheTerugblikLinksOnlyToHttpsOrAPageOfKoers) {
    for (const auto& [url, ok] :
         std::vector<std::pair<std::string, bool>>{{"/kennisbank/netwerk-amstelland", true},
                                                   {"https://example.nl/slides.pdf", true},
                                                   {"//evil.example/x", false},
                                                   {"javascript:alert(1)", false},
                                                   {"http://example.nl", false},
                                                   {"/met spatie", false}}) {
        auto form = GoodEvent();
        form.outcome_url = url;
        Validation v;
        EXPECT_EQ(ValidateEvent(form, v).has_value(), ok) << url;
    }
    auto form = GoodEvent();
    form.sectors = {"wo"};
    Validation v;
    EXPECT_FALSE(ValidateEvent(form, v));
    EXPECT_EQ(v.For("sectors"), "Kies de sectoren uit de lijst.");
    Validation m;
    EXPECT_FALSE(ValidateMessage({"Onderwerp\r\nBcc: x@y.nl", std::string(5001, 'a')}, m));
    EXPECT_NE(m.For("subject"), "");
    EXPECT_NE(m.For("body"), "");
    Validation good;
    EXPECT_EQ(ValidateMessage({" Route ", "De ingang is verplaatst.\n"}, good)->subject, "Route");
}

TEST(AgendaRules, AnEventNamesEachProblemInDutch) {
    auto form = GoodEvent();
    form.ends = "2027-03-11T15:00";
    form.deadline = "2027-03-12T10:00";
    form.capacity = "0";
    form.place = "";
    form.online_url = "http://niet-veilig.example";
    form.title = std::string(201, 'x');
    Validation v;
    EXPECT_FALSE(ValidateEvent(form, v));
    EXPECT_EQ(v.For("ends"), "Het einde ligt na het begin.");
    EXPECT_EQ(v.For("deadline"), "De aanmelding sluit uiterlijk bij het begin.");
    EXPECT_NE(v.For("capacity"), "");
    EXPECT_EQ(v.For("online_url"), "Een link naar een online bijeenkomst begint met https://.");
    EXPECT_NE(v.For("title").find("korter"), std::string::npos);
    form = GoodEvent();
    form.capacity = "10001";
    form.starts = "morgen";
    Validation w;
    EXPECT_FALSE(ValidateEvent(form, w));
    EXPECT_NE(w.For("capacity"), "");
    EXPECT_EQ(w.For("starts"), "Vul het begin in als datum en tijd.");
}

TEST(AgendaRules, ARegistrationRefusesWhatCouldBreakAMailOrTheRoleList) {
    Validation ok;
    const auto r = ValidateRegistration(GoodRegistration(), ok);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->email, "sanne@school.nl") << "addresses compare in lower case";
    for (auto bad : {"Sanne\r\nBcc: iedereen@example.nl", "Sanne\ttab\x01"}) {
        auto form = GoodRegistration();
        form.name = bad;
        Validation v;
        EXPECT_FALSE(ValidateRegistration(form, v));
        EXPECT_EQ(v.For("name"), "In uw naam staan tekens die niet kunnen.") << bad;
    }
    auto form = GoodRegistration();
    form.role = "Koning";
    form.email = "geen-adres";
    form.note = std::string(1001, 'a');
    Validation v;
    EXPECT_FALSE(ValidateRegistration(form, v));
    EXPECT_EQ(v.For("role"), "Kies uw rol.");
    EXPECT_EQ(v.For("email"), "Vul een e-mailadres in zoals naam@school.nl.");
    EXPECT_NE(v.For("note").find("korter"), std::string::npos);
}

TEST(AgendaRules, RegistrationClosesAtTheDeadlineAndPlacesRunOutIntoTheWaitingList) {
    Event e;
    e.starts_at = 1000;
    e.deadline = 900;
    e.capacity = 2;
    EXPECT_EQ(RegistrationOpening(e, 899), Opening::kOpen);
    EXPECT_EQ(RegistrationOpening(e, 900), Opening::kDeadlinePassed);
    EXPECT_EQ(RegistrationOpening(e, 1000), Opening::kOver);
    EXPECT_EQ(StandingOnArrival(e, 1, 0), Standing::kBevestigd);
    EXPECT_EQ(StandingOnArrival(e, 2, 49), Standing::kWachtlijst);
    EXPECT_EQ(StandingOnArrival(e, 2, 50), std::nullopt) << "at least 50 may wait";
    e.capacity = 50;
    EXPECT_EQ(StandingOnArrival(e, 50, 249), Standing::kWachtlijst);
    EXPECT_EQ(StandingOnArrival(e, 50, 250), std::nullopt) << "five times the places may wait";
    e.capacity = 2;
    EXPECT_EQ(PlacesText(e, 1), "Nog 1 plaats");
    EXPECT_EQ(PlacesText(e, 0), "Nog 2 plaatsen");
    EXPECT_EQ(PlacesText(e, 2), "Vol: u komt op de wachtlijst");
    for (Standing s : {Standing::kBevestigd, Standing::kWachtlijst, Standing::kAfgemeld})
        EXPECT_EQ(ParseStanding(StandingName(s)), s);
    EXPECT_FALSE(ParseStanding("bevestigd "));
}

TEST(AgendaRules, TheCalendarIsEscapedAndFoldedWithoutSplittingACharacter) {
    Event e;
    e.id = 7;
    e.title = "Overstap vmbo, mbo; en \\ verder";
    e.description = std::string(40, 'a') + "ë" + std::string(100, 'b') + "\nregel twee";
    e.place = "Horizon mbo";
    e.starts_at = *ParseRfc3339("2027-03-11T14:30:00Z");
    e.ends_at = e.starts_at + 7200;
    const std::string ics = IcsCalendar(
        {e}, "Agenda", "https://koers.example.nl",
        [](int64_t id) { return "/agenda/" + std::to_string(id); }, 0);
    EXPECT_NE(ics.find("SUMMARY:Overstap vmbo\\, mbo\\; en \\\\ verder\r\n"), std::string::npos);
    EXPECT_NE(ics.find("DTSTART:20270311T143000Z\r\n"), std::string::npos);
    EXPECT_NE(ics.find("UID:bijeenkomst-7@koers\r\n"), std::string::npos);
    EXPECT_NE(ics.find("URL:https://koers.example.nl/agenda/7\r\n"), std::string::npos);
    // Every physical line is at most 75 octets and starts on a character, and unfolding gives
    // the description back.
    std::string unfolded;
    size_t start = 0;
    while (start < ics.size()) {
        const size_t end = ics.find("\r\n", start);
        ASSERT_NE(end, std::string::npos) << "every line ends in CRLF";
        const std::string line = ics.substr(start, end - start);
        EXPECT_LE(line.size(), 75u) << line;
        if (!line.empty()) {
            EXPECT_NE(static_cast<unsigned char>(line[line[0] == ' ' ? 1 : 0]) & 0xC0, 0x80u);
        }
        unfolded += line[0] == ' ' ? line.substr(1) : "\n" + line;
        start = end + 2;
    }
    EXPECT_NE(unfolded.find("DESCRIPTION:" + e.description.substr(0, e.description.find('\n')) +
                            "\\nregel twee"),
              std::string::npos);
}

}  // namespace
}  // namespace koers::core
