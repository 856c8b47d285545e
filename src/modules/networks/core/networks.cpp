#include "modules/networks/core/networks.hpp"

#include <array>

#include "platform/core/common/dates.hpp"

namespace koers::core {
namespace {

constexpr std::array<std::string_view, 3> kKinds = {"Netwerkbijeenkomst", "Werkgroep", "Overleg"};

// A date as "YYYY-MM-DD"; empty allowed unless `required`.
std::string CheckedDate(std::string_view raw, std::string_view field, std::string_view label,
                        bool required, Validation& v) {
    std::string s = Trim(raw);
    if (s.empty()) {
        if (required) v.Add(std::string(field), "Vul " + std::string(label) + " in.");
    } else if (s.size() != 10 || !ParseLocalInput(s)) {
        v.Add(std::string(field), "Vul " + std::string(label) + " in als datum.");
    }
    return s;
}

}  // namespace

std::optional<Network> ValidateNetwork(const NetworkForm& form, Validation& v) {
    Network n;
    n.name = CheckedText(form.name, {"name", "de naam", 150, true}, v);
    n.description =
        CheckedText(form.description, {"description", "de beschrijving", 4000, false, true}, v);
    n.cycle = CheckedText(form.cycle, {"cycle", "het ritme van de bijeenkomsten", 300}, v);
    n.goals =
        CheckedText(form.goals, {"goals", "de doelen en programmalijnen", 4000, false, true}, v);
    if (!v.ok()) return std::nullopt;
    return n;
}

std::optional<Member> ValidateMember(const MemberForm& form, Validation& v) {
    Member m;
    m.school_id = form.school_id;
    m.organisation = CheckedText(form.organisation, {"organisation", "de organisatie", 200}, v);
    if (!m.school_id && m.organisation.empty() && v.For("organisation").empty())
        v.Add("organisation", "Kies een school, of vul de naam van de organisatie in.");
    m.contact_name = CheckedText(form.contact_name, {"contact_name", "de contactpersoon", 120}, v);
    m.contact_email =
        AsciiLower(CheckedText(form.contact_email, {"contact_email", "het e-mailadres", 254}, v));
    if (!m.contact_email.empty() && v.For("contact_email").empty() &&
        !LooksLikeEmail(m.contact_email))
        v.Add("contact_email", "Vul een e-mailadres in zoals naam@school.nl.");
    m.coordinator = form.coordinator;
    if (m.coordinator && m.contact_name.empty() && v.For("contact_name").empty())
        v.Add("contact_name", "Een regiocontactpersoon heeft een naam.");
    if (!v.ok()) return std::nullopt;
    return m;
}

std::span<const std::string_view> MeetingKinds() { return kKinds; }

std::optional<Meeting> ValidateMeeting(const MeetingForm& form, Validation& v) {
    Meeting m;
    m.held_on = CheckedDate(form.held_on, "held_on", "de datum", true, v);
    m.kind = Trim(form.kind);
    bool known = false;
    for (auto k : kKinds) known = known || k == m.kind;
    if (!known) v.Add("kind", "Kies wat voor bijeenkomst het was.");
    m.agenda = CheckedText(form.agenda, {"agenda", "de agenda", 4000, false, true}, v);
    m.notes = CheckedText(form.notes, {"notes", "het verslag", 20000, false, true}, v);
    m.agreements =
        CheckedText(form.agreements, {"agreements", "de afspraken", 4000, false, true}, v);
    if (!v.ok()) return std::nullopt;
    return m;
}

std::optional<Action> ValidateAction(const ActionForm& form, Validation& v) {
    Action a;
    a.what = CheckedText(form.what, {"what", "de actie", 300, true}, v);
    a.owner = CheckedText(form.owner, {"owner", "wie het doet", 120, true}, v);
    a.due = CheckedDate(form.due, "due", "de datum", false, v);
    if (!v.ok()) return std::nullopt;
    return a;
}

}  // namespace koers::core
