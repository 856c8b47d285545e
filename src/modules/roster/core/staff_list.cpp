#include "modules/roster/core/staff_list.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <utility>

#include "modules/roster/core/export_columns.hpp"
#include "platform/core/common/csv.hpp"
#include "platform/core/common/validation.hpp"

namespace koers::core {
namespace {

enum class StaffCol { kName, kFirst, kInfix, kLast, kEmail, kRole, kTeam, kGroups };

constexpr std::array<KnownColumn<StaffCol>, 8> kStaffColumns = {{
    {StaffCol::kName, "Naam", {"naam", "volledigenaam", "medewerker", "", "", "", "", ""}},
    FirstNameColumn(StaffCol::kFirst),
    InfixColumn(StaffCol::kInfix),
    LastNameColumn(StaffCol::kLast),
    EmailColumn(StaffCol::kEmail),
    {StaffCol::kRole, "Functie", {"functie", "functies", "rol", "rollen", "taak", "taken", "", ""}},
    {StaffCol::kTeam, "Team", {"team", "teamnaam", "", "", "", "", "", ""}},
    {StaffCol::kGroups,
     "Mentor van (klassen)",
     {"mentorvan", "mentorklassen", "mentorgroepen", "slbgroepen", "klassen", "groepen",
      "mentorklas", "klas"}},
}};

// The words schools use for a role, as HeaderKey writes them ("SLB'er" -> "slber");
// "schoolleider" and its kin are known so that the message can say why the list does not give
// them.
constexpr std::array<std::pair<std::string_view, Role>, 26> kRoleWords = {{
    {"mentor", Role::kMentor},
    {"slb", Role::kMentor},
    {"slber", Role::kMentor},
    {"studieloopbaanbegeleider", Role::kMentor},
    {"loopbaanbegeleider", Role::kMentor},
    {"coach", Role::kMentor},
    {"studiecoach", Role::kMentor},
    {"loopbaancoach", Role::kMentor},
    {"tutor", Role::kMentor},
    {"decaan", Role::kDecaan},
    {"schooldecaan", Role::kDecaan},
    {"lobcoördinator", Role::kDecaan},
    {"lobcoordinator", Role::kDecaan},
    {"loopbaancoördinator", Role::kDecaan},
    {"teamleider", Role::kTeamleider},
    {"afdelingsleider", Role::kTeamleider},
    {"teammanager", Role::kTeamleider},
    {"opleidingsmanager", Role::kTeamleider},
    {"docent", Role::kDocent},
    {"leraar", Role::kDocent},
    {"leerkracht", Role::kDocent},
    {"instructeur", Role::kDocent},
    {"schoolleider", Role::kSchoolleider},
    {"directeur", Role::kSchoolleider},
    {"rector", Role::kSchoolleider},
    {"locatiedirecteur", Role::kSchoolleider},
}};

std::string Trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return std::string(s);
}

// "mentor, docent" or "mentor/docent" or "mentor en docent" -> its parts; "H3A; H3B" too.
std::vector<std::string> SplitList(std::string_view cell, std::string_view separators,
                                   bool words_en) {
    std::string text(cell);
    if (words_en)
        for (size_t at = text.find(" en "); at != std::string::npos; at = text.find(" en "))
            text.replace(at, 4, ",");
    std::vector<std::string> out;
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && separators.find(text[i]) == std::string_view::npos) continue;
        std::string part = Trim(std::string_view(text).substr(start, i - start));
        if (!part.empty() && std::find(out.begin(), out.end(), part) == out.end())
            out.push_back(std::move(part));
        start = i + 1;
    }
    return out;
}

std::string RoleWordsHint() { return "gebruik mentor (of slb'er), decaan, teamleider of docent"; }

}  // namespace

int StaffFile::RowsWithErrors() const {
    return static_cast<int>(
        std::count_if(rows.begin(), rows.end(), [](const auto& r) { return !r.errors.empty(); }));
}

StaffFile ReadStaffList(std::string_view bytes) {
    StaffFile out;
    const auto read = ReadExport(bytes, 2000, out.problems);
    if (!read) return out;
    const CsvTable& table = *read;
    const auto at = MatchColumns(table, kStaffColumns, out.columns);
    if (!at.count(StaffCol::kEmail))
        out.problems.emplace_back(
            "De kolom “E-mailadres” ontbreekt (of heeft een naam die Koers niet kent).");
    if (!at.count(StaffCol::kRole))
        out.problems.emplace_back(
            "De kolom “Functie” ontbreekt (of heeft een naam die Koers niet kent): Koers moet "
            "weten wie mentor, decaan, teamleider of docent is.");
    if (!at.count(StaffCol::kName) && !at.count(StaffCol::kLast))
        out.problems.emplace_back(
            "Er is geen kolom met de naam: “Naam”, of “Roepnaam” en “Achternaam”.");
    if (table.rows.empty()) out.problems.emplace_back("Het bestand heeft geen medewerkers.");
    if (!out.problems.empty()) return out;
    out.has_groups_column = at.count(StaffCol::kGroups) > 0;
    out.has_team_column = at.count(StaffCol::kTeam) > 0;

    std::map<std::string, int> seen_emails;
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const auto& cells = table.rows[r];
        auto cell = [&](StaffCol c) { return at.count(c) ? cells[at.at(c)] : std::string(); };
        StaffRow row;
        row.line = table.lines[r];
        auto error = [&](std::string message) { row.errors.push_back(std::move(message)); };
        row.name =
            at.count(StaffCol::kName)
                ? cell(StaffCol::kName)
                : FullName(cell(StaffCol::kFirst), cell(StaffCol::kInfix), cell(StaffCol::kLast));
        if (row.name.empty()) error("Naam ontbreekt.");
        if (row.name.size() > 120) error("Naam is langer dan 120 tekens.");
        row.email = AsciiLower(cell(StaffCol::kEmail));
        if (row.email.empty())
            error("E-mailadres ontbreekt: een medewerker meldt zich aan met een e-mailadres.");
        else if (!LooksLikeEmail(row.email))
            error("“" + row.email + "” is geen geldig e-mailadres.");
        else if (auto [it, fresh] = seen_emails.try_emplace(row.email, row.line); !fresh)
            error("E-mailadres " + row.email + " staat ook op regel " + std::to_string(it->second) +
                  ".");
        std::vector<Role> roles;
        for (const auto& word : SplitList(cell(StaffCol::kRole), ",;/+", true)) {
            const std::string key = HeaderKey(word);
            const auto known = std::find_if(kRoleWords.begin(), kRoleWords.end(),
                                            [&](const auto& w) { return w.first == key; });
            if (known == kRoleWords.end())
                error("Functie “" + word + "” kent Koers niet; " + RoleWordsHint() + ".");
            else if (known->second == Role::kSchoolleider)
                error("Functie “" + word +
                      "”: de rol schoolleider geeft de beheerder van Koers, niet deze lijst. "
                      "Laat de regel weg of geef een andere functie.");
            else
                roles.push_back(known->second);
        }
        row.team = cell(StaffCol::kTeam);
        if (row.team.size() > 80) error("Team is langer dan 80 tekens.");
        row.groups = SplitList(cell(StaffCol::kGroups), ",;", false);
        for (const auto& group : row.groups)
            if (group.size() > 40) error("Klas “" + group + "” is langer dan 40 tekens.");
        if (!row.groups.empty()) roles.push_back(Role::kMentor);  // mentor of a group
        for (Role role : kStaffListRoles)
            if (std::find(roles.begin(), roles.end(), role) != roles.end())
                row.roles.push_back(role);
        if (row.roles.empty() && row.errors.empty())
            error("Functie ontbreekt; " + RoleWordsHint() + ".");
        for (const auto* v : {&row.name, &row.team})
            if (LooksLikeFormula(*v))
                error("“" + *v +
                      "” begint als een formule (=, +, - of @); dat neemt Koers niet over.");
        for (const auto& group : row.groups)
            if (LooksLikeFormula(group))
                error("“" + group +
                      "” begint als een formule (=, +, - of @); dat neemt Koers niet over.");
        out.rows.push_back(std::move(row));
    }
    return out;
}

}  // namespace koers::core
