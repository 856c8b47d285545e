#include "modules/agenda/core/agenda.hpp"

#include <algorithm>
#include <array>

#include "platform/core/common/dates.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/core/common/utf8.hpp"

namespace koers::core {
namespace {

constexpr std::array<std::string_view, 3> kSectors = {"vo", "mbo", "hbo"};

constexpr std::array<std::string_view, 8> kRoles = {
    "LOB-coördinator of decaan", "Mentor of slb'er", "Docent",  "Teamleider of schoolleider",
    "Gemeente of regio",         "Bedrijf of UWV",   "Student", "Anders"};

std::optional<int64_t> Moment(std::string_view raw, std::string_view field, std::string_view label,
                              Validation& v) {
    const std::string s = Trim(raw);
    if (s.empty()) {
        v.Add(std::string(field), "Vul " + std::string(label) + " in.");
        return std::nullopt;
    }
    auto t = ParseLocalInput(s);
    if (!t) v.Add(std::string(field), "Vul " + std::string(label) + " in als datum en tijd.");
    return t;
}

// "20270312T130000Z" for DTSTART and the like.
std::string IcsTime(int64_t t) {
    std::string out;
    for (char c : FormatRfc3339(t))
        if (c != '-' && c != ':') out += c;
    return out;
}

// A TEXT value: backslash, semicolon, comma and newlines escaped.
std::string IcsText(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '\\' || c == ';' || c == ',') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c != '\r') {
            out += c;
        }
    }
    return out;
}

// Appends one content line, folded after 75 octets without splitting a UTF-8 character.
void IcsLine(std::string& out, std::string_view line) {
    size_t width = 75;
    while (line.size() > width) {
        const size_t cut = CutUtf8(line, width).size();
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        width = 74;  // the leading space counts
    }
    out.append(line);
    out += "\r\n";
}

}  // namespace

std::optional<Event> ValidateEvent(const EventForm& form, Validation& v) {
    Event e;
    e.title = CheckedText(form.title, {"title", "de titel", 200, true, false}, v);
    e.description =
        CheckedText(form.description, {"description", "de beschrijving", 4000, true, true}, v);
    e.programme = CheckedText(form.programme, {"programme", "het programma", 4000, false, true}, v);
    e.place = CheckedText(form.place, {"place", "de plaats", 300, false, false}, v);
    e.online_url = CheckedText(form.online_url, {"online_url", "de link", 500, false, false}, v);
    e.audience = CheckedText(form.audience, {"audience", "de doelgroep", 300, false, false}, v);
    if (!e.online_url.empty() && e.online_url.rfind("https://", 0) != 0)
        v.Add("online_url", "Een link naar een online bijeenkomst begint met https://.");
    if (e.place.empty() && e.online_url.empty())
        v.Add("place", "Vul de plaats in, of een link als de bijeenkomst online is.");
    for (const auto& sector : form.sectors) {
        bool known = false;
        for (auto k : kSectors) known = known || k == sector;
        if (!known) {
            v.Add("sectors", "Kies de sectoren uit de lijst.");
            break;
        }
        bool twice = false;
        for (const auto& chosen : e.sectors) twice = twice || chosen == sector;
        if (!twice) e.sectors.push_back(sector);
    }
    e.outcome = CheckedText(form.outcome, {"outcome", "de terugblik", 4000, false, true}, v);
    e.outcome_url = CheckedText(form.outcome_url,
                                {"outcome_url", "de link bij de terugblik", 500, false, false}, v);
    if (!e.outcome_url.empty() && e.outcome_url.rfind("https://", 0) != 0 &&
        (e.outcome_url[0] != '/' || e.outcome_url.rfind("//", 0) == 0 ||
         e.outcome_url.find(' ') != std::string::npos))
        v.Add("outcome_url",
              "De link bij de terugblik begint met https:// of is een pagina van Koers, zoals "
              "/kennisbank/....");
    const auto starts = Moment(form.starts, "starts", "het begin", v);
    const auto ends = Moment(form.ends, "ends", "het einde", v);
    const auto deadline = Moment(form.deadline, "deadline", "de sluiting van de aanmelding", v);
    if (starts && ends && *ends <= *starts) v.Add("ends", "Het einde ligt na het begin.");
    if (starts && deadline && *deadline > *starts)
        v.Add("deadline", "De aanmelding sluit uiterlijk bij het begin.");
    const auto capacity = ParseInt(Trim(form.capacity), 1, kMaxCapacity);
    if (!capacity)
        v.Add("capacity", "Vul het aantal plaatsen in als getal van 1 tot en met " +
                              std::to_string(kMaxCapacity) + ".");
    if (!v.ok()) return std::nullopt;
    e.starts_at = *starts;
    e.ends_at = *ends;
    e.deadline = *deadline;
    e.capacity = static_cast<int>(*capacity);
    return e;
}

EventForm FormOf(const Event& e) {
    return {e.title,
            e.description,
            e.programme,
            e.place,
            e.online_url,
            e.audience,
            FormatLocalInput(e.starts_at),
            FormatLocalInput(e.ends_at),
            FormatLocalInput(e.deadline),
            std::to_string(e.capacity),
            e.sectors,
            e.outcome,
            e.outcome_url};
}

std::span<const std::string_view> EventSectors() { return kSectors; }

bool ForSector(const Event& e, std::string_view sector) {
    if (e.sectors.empty()) return true;
    for (const auto& s : e.sectors)
        if (s == sector) return true;
    return false;
}

std::optional<MessageForm> ValidateMessage(const MessageForm& form, Validation& v) {
    MessageForm out;
    out.subject = CheckedText(form.subject, {"subject", "het onderwerp", 150, true, false}, v);
    out.body = CheckedText(form.body, {"body", "het bericht", 5000, true, true}, v);
    if (!v.ok()) return std::nullopt;
    return out;
}

std::string_view StandingName(Standing s) {
    switch (s) {
        case Standing::kBevestigd:
            return "bevestigd";
        case Standing::kWachtlijst:
            return "wachtlijst";
        case Standing::kAfgemeld:
            return "afgemeld";
    }
    return "afgemeld";
}

std::optional<Standing> ParseStanding(std::string_view name) {
    for (Standing s : {Standing::kBevestigd, Standing::kWachtlijst, Standing::kAfgemeld})
        if (StandingName(s) == name) return s;
    return std::nullopt;
}

std::span<const std::string_view> RegistrantRoles() { return kRoles; }

std::optional<Registration> ValidateRegistration(const RegistrationForm& form, Validation& v) {
    Registration r;
    r.name = CheckedText(form.name, {"name", "uw naam", 120, true, false}, v);
    r.email = AsciiLower(CheckedText(form.email, {"email", "uw e-mailadres", 254, true, false}, v));
    if (!r.email.empty() && v.For("email").empty() && !LooksLikeEmail(r.email))
        v.Add("email", "Vul een e-mailadres in zoals naam@school.nl.");
    r.organisation = CheckedText(
        form.organisation, {"organisation", "uw school of organisatie", 200, false, false}, v);
    r.role = Trim(form.role);
    bool known = false;
    for (auto role : kRoles) known = known || role == r.role;
    if (!known) v.Add("role", "Kies uw rol.");
    r.note = CheckedText(form.note, {"note", "de opmerking", 1000, false, true}, v);
    if (!v.ok()) return std::nullopt;
    return r;
}

Opening RegistrationOpening(const Event& e, int64_t now) {
    if (now >= e.starts_at) return Opening::kOver;
    if (now >= e.deadline) return Opening::kDeadlinePassed;
    return Opening::kOpen;
}

int WaitingListSize(const Event& e) { return std::max(5 * e.capacity, 50); }

std::optional<Standing> StandingOnArrival(const Event& e, int confirmed, int waiting) {
    if (confirmed < e.capacity) return Standing::kBevestigd;
    if (waiting < WaitingListSize(e)) return Standing::kWachtlijst;
    return std::nullopt;
}

std::string EventWhen(const Event& e) {
    const std::string start = FormatDateTime(e.starts_at), end = FormatDateTime(e.ends_at);
    if (start.substr(0, 10) == end.substr(0, 10))
        return FormatDateLong(e.starts_at) + ", " + start.substr(11) + " tot " + end.substr(11);
    return FormatDateTimeLong(e.starts_at) + " tot " + FormatDateTimeLong(e.ends_at);
}

std::string PlacesText(const Event& e, int confirmed) {
    const int left = e.capacity - confirmed;
    if (left <= 0) return "Vol: u komt op de wachtlijst";
    return "Nog " + std::to_string(left) + (left == 1 ? " plaats" : " plaatsen");
}

std::string IcsCalendar(const std::vector<Event>& events, std::string_view calendar_name,
                        std::string_view base_url, std::string (*event_path)(int64_t),
                        int64_t now) {
    std::string out;
    IcsLine(out, "BEGIN:VCALENDAR");
    IcsLine(out, "VERSION:2.0");
    IcsLine(out, "PRODID:-//Koers//Agenda//NL");
    IcsLine(out, "CALSCALE:GREGORIAN");
    IcsLine(out, "X-WR-CALNAME:" + IcsText(calendar_name));
    for (const Event& e : events) {
        const std::string url = std::string(base_url) + event_path(e.id);
        IcsLine(out, "BEGIN:VEVENT");
        IcsLine(out, "UID:bijeenkomst-" + std::to_string(e.id) + "@koers");
        IcsLine(out, "DTSTAMP:" + IcsTime(now));
        IcsLine(out, "DTSTART:" + IcsTime(e.starts_at));
        IcsLine(out, "DTEND:" + IcsTime(e.ends_at));
        IcsLine(out, "SUMMARY:" + IcsText(e.title));
        IcsLine(out, "DESCRIPTION:" + IcsText(e.description + "\n\n" + url));
        IcsLine(out, "LOCATION:" + IcsText(e.place.empty() ? e.online_url : e.place));
        IcsLine(out, "URL:" + url);
        IcsLine(out, "END:VEVENT");
    }
    IcsLine(out, "END:VCALENDAR");
    return out;
}

}  // namespace koers::core
