#include "modules/scan/core/round.hpp"

#include <array>

#include "platform/core/common/dates.hpp"

namespace koers::core {
namespace {

struct GroupInfo {
    Group group;
    std::string_view code;
    std::string_view label;
};

constexpr std::array<GroupInfo, 7> kGroups = {{
    {Group::kSchoolleiding, "schoolleiding", "Schoolleiding"},
    {Group::kCoordinator, "coordinator", "LOB-coördinator/decaan"},
    {Group::kMentoren, "mentoren", "Mentoren/SLB'ers"},
    {Group::kDocenten, "docenten", "Docenten"},
    {Group::kLeerlingen, "leerlingen", "Leerlingen"},
    {Group::kOuders, "ouders", "Ouders/verzorgers"},
    {Group::kAlumni, "alumni", "Oud-leerlingen"},
}};
constexpr std::array<Group, 7> kAll = {Group::kSchoolleiding, Group::kCoordinator, Group::kMentoren,
                                       Group::kDocenten,      Group::kLeerlingen,  Group::kOuders,
                                       Group::kAlumni};

const GroupInfo& Info(Group g) { return kGroups.at(static_cast<size_t>(g)); }

constexpr int64_t kDay = int64_t{24} * 3600;

}  // namespace

std::span<const Group> AllGroups() { return kAll; }
std::string_view GroupCode(Group g) { return Info(g).code; }

std::optional<Group> GroupFromCode(std::string_view code) {
    for (const auto& i : kGroups)
        if (i.code == code) return i.group;
    return std::nullopt;
}

Group StoredGroup(std::string_view code) { return GroupFromCode(code).value_or(Group::kDocenten); }

std::string GroupLabel(Group g, std::string_view sector) {
    if (g == Group::kLeerlingen && sector != "vo") return "Studenten";
    if (g == Group::kAlumni && sector != "vo") return "Oud-studenten";
    return std::string(Info(g).label);
}

Audience AudienceOf(Group g) {
    if (g == Group::kLeerlingen) return Audience::kLeerlingen;
    if (g == Group::kOuders) return Audience::kOuders;
    if (g == Group::kAlumni) return Audience::kAlumni;
    return Audience::kStaff;
}

Validation ValidateDeadline(std::string_view text, int64_t now, int64_t& deadline) {
    Validation v;
    const std::string trimmed = Trim(text);
    auto parsed = ParseLocalInput(trimmed);
    if (!parsed) {
        v.Add("deadline", "Vul een geldige einddatum in (dag-maand-jaar).");
        return v;
    }
    // A date without a time means "until the end of that day".
    deadline = trimmed.size() == 10 ? *parsed + kDay - 1 : *parsed;
    if (deadline <= now) v.Add("deadline", "De einddatum moet in de toekomst liggen.");
    if (deadline > now + kMaxRoundSeconds)
        v.Add("deadline", "Een ronde loopt hoogstens een jaar; kies een eerdere einddatum.");
    return v;
}

bool CanAsk(Group g, const Instrument& instrument) {
    return AudienceOf(g) != Audience::kAlumni || instrument.HasOwnQuestions(Audience::kAlumni);
}

void CheckGroupsAsked(std::span<const Group> groups, const Instrument& instrument, Validation& v) {
    for (Group g : groups)
        if (!CanAsk(g, instrument)) {
            v.Add("groups", "Deze versie van de LOB-scan heeft geen vragen voor " +
                                AsciiLower(GroupLabel(g, instrument.sector)) + ".");
            return;
        }
}

Validation ValidateRound(const RoundInput& in, int64_t now, int64_t& deadline) {
    Validation v = ValidateDeadline(in.deadline, now, deadline);
    const std::string title = Trim(in.title);
    if (title.empty()) v.Add("title", "Geef de ronde een titel.");
    if (title.size() > kMaxRoundTitle)
        v.Add("title", "De titel is te lang (hoogstens 200 tekens).");
    if (!IsCleanText(title, false)) v.Add("title", "De titel bevat ongeldige tekens.");
    if (in.groups.empty()) v.Add("groups", "Kies ten minste één groep respondenten.");
    return v;
}

RoundState StateOf(std::optional<int64_t> closed_at, int64_t deadline, int64_t now) {
    if (closed_at) return RoundState::kClosed;
    return now > deadline ? RoundState::kExpired : RoundState::kOpen;
}

std::string_view StateLabel(RoundState s) {
    switch (s) {
        case RoundState::kOpen:
            return "Loopt";
        case RoundState::kExpired:
            return "Verlopen";
        case RoundState::kClosed:
            return "Gesloten";
    }
    return "";
}

Validation ValidateAction(const ActionInput& in, std::span<const std::string> themes) {
    Validation v;
    const std::string what = Trim(in.what), who = Trim(in.who);
    if (what.empty()) v.Add("what", "Beschrijf wat er moet gebeuren.");
    if (what.size() > kMaxActionWhat)
        v.Add("what", "Houd het actiepunt kort (hoogstens 300 tekens).");
    if (!IsCleanText(what, false)) v.Add("what", "Het actiepunt bevat ongeldige tekens.");
    if (who.empty()) v.Add("who", "Vul in wie het oppakt.");
    if (who.size() > kMaxActionWho || !IsCleanText(who, false))
        v.Add("who", "Vul een naam of rol in (hoogstens 120 tekens).");
    if (in.due.size() != 10 || !ParseLocalInput(in.due)) v.Add("due", "Vul een geldige datum in.");
    bool known = in.theme.empty();
    for (const auto& t : themes) known = known || t == in.theme;
    if (!known) v.Add("theme", "Kies een thema uit de lijst.");
    return v;
}

std::string JoinGroups(std::span<const Group> groups) {
    std::string out;
    for (Group g : AllGroups()) {
        bool present = false;
        for (Group x : groups) present = present || x == g;
        if (!present) continue;
        if (!out.empty()) out += ',';
        out += GroupCode(g);
    }
    return out;
}

std::vector<Group> SplitGroups(std::string_view csv) {
    std::vector<Group> out;
    while (!csv.empty()) {
        const size_t comma = csv.find(',');
        if (auto g = GroupFromCode(csv.substr(0, comma))) out.push_back(*g);
        if (comma == std::string_view::npos) break;
        csv.remove_prefix(comma + 1);
    }
    return out;
}

}  // namespace koers::core
