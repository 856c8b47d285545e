#include "modules/roster/core/roster.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <optional>
#include <tuple>

#include "modules/roster/core/export_columns.hpp"
#include "platform/core/common/csv.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/core/common/validation.hpp"

namespace koers::core {
namespace {

enum class Col {
    kLocalId,
    kName,
    kFirst,
    kInfix,
    kLast,
    kEmail,
    kBirth,
    kType,
    kYear,
    kGroup,
    kMentor,
    kParentEmail1,
    kParentName1,
    kParentEmail2,
    kParentName2,
};

// Header names as administration systems write them (KnownColumn).
constexpr std::array<KnownColumn<Col>, 15> kColumns = {{
    {Col::kLocalId,
     "Leerlingnummer",
     {"leerlingnummer", "studentnummer", "llnr", "lln", "leerlingnr", "studentnr", "stamnummer",
      "lokaalid"}},
    {Col::kName, "Naam", {"naam", "volledigenaam", "leerling", "student", "", "", "", ""}},
    FirstNameColumn(Col::kFirst),
    InfixColumn(Col::kInfix),
    LastNameColumn(Col::kLast),
    EmailColumn(Col::kEmail),
    {Col::kBirth, "Geboortedatum", {"geboortedatum", "gebdatum", "geboren", "", "", "", "", ""}},
    {Col::kType,
     "Onderwijstype",
     {"onderwijstype", "opleiding", "leerweg", "niveau", "afdeling", "richting", "", ""}},
    {Col::kYear, "Leerjaar", {"leerjaar", "jaarlaag", "jaar", "", "", "", "", ""}},
    {Col::kGroup,
     "Klas of groep",
     {"klas", "groep", "stamgroep", "basisgroep", "slbgroep", "lesgroep", "", ""}},
    {Col::kMentor,
     "Mentor (e-mailadres)",
     {"mentor", "mentoremail", "slb", "slber", "slbemail", "mentoremailadres", "coach", ""}},
    {Col::kParentEmail1,
     "Ouder/verzorger 1 (e-mailadres)",
     {"emailouder", "emailouder1", "emailverzorger", "emailverzorger1", "ouderemail", "ouder1email",
      "emailadresouder", "emailadresouder1"}},
    {Col::kParentName1,
     "Ouder/verzorger 1 (naam)",
     {"naamouder", "naamouder1", "naamverzorger", "naamverzorger1", "oudernaam", "ouder1naam",
      "ouder", "ouder1"}},
    {Col::kParentEmail2,
     "Ouder/verzorger 2 (e-mailadres)",
     {"emailouder2", "emailverzorger2", "ouder2email", "emailadresouder2", "", "", "", ""}},
    {Col::kParentName2,
     "Ouder/verzorger 2 (naam)",
     {"naamouder2", "naamverzorger2", "ouder2naam", "ouder2", "", "", "", ""}},
}};

// "14-03-2010", "14/3/2010", "2010-03-14" as YYYY-MM-DD.
std::optional<std::string> ParseBirthDate(std::string_view s, int current_year) {
    std::array<int, 3> parts{};
    size_t part = 0;
    std::string digits;
    for (size_t i = 0; i <= s.size(); ++i) {
        if (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            digits += s[i];
            continue;
        }
        if (i < s.size() && s[i] != '-' && s[i] != '/' && s[i] != '.') return std::nullopt;
        if (digits.empty() || digits.size() > 4 || part == 3) return std::nullopt;
        parts[part++] = static_cast<int>(ParseInt(digits, 0, 9999).value_or(0));
        digits.clear();
    }
    if (part != 3) return std::nullopt;
    int y = 0, m = 0, d = 0;
    if (parts[0] > 31) {
        y = parts[0], m = parts[1], d = parts[2];
    } else {
        d = parts[0], m = parts[1], y = parts[2];
    }
    static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > kDays[static_cast<size_t>(m - 1)]) return std::nullopt;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (m == 2 && d == 29 && !leap) return std::nullopt;
    if (y < current_year - 60 || y > current_year - 3) return std::nullopt;
    char buf[40];  // room for any int, so the compiler sees nothing cut off; 10 are written
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return std::string(buf);
}

}  // namespace

int RosterFile::RowsWithErrors() const {
    return static_cast<int>(
        std::count_if(rows.begin(), rows.end(), [](const auto& r) { return !r.errors.empty(); }));
}

RosterFile ReadRoster(std::string_view bytes, int current_year) {
    RosterFile out;
    const auto read = ReadExport(bytes, 5000, out.problems);
    if (!read) return out;
    const CsvTable& table = *read;
    const auto at = MatchColumns(table, kColumns, out.columns);
    const bool has_name = at.count(Col::kName) || at.count(Col::kLast);
    for (const auto& [col, label] :
         {std::pair{Col::kLocalId, "Leerlingnummer"}, std::pair{Col::kBirth, "Geboortedatum"},
          std::pair{Col::kYear, "Leerjaar"}, std::pair{Col::kGroup, "Klas of groep"}})
        if (!at.count(col))
            out.problems.push_back(std::string("De kolom “") + label +
                                   "” ontbreekt (of heeft een naam die Koers niet kent).");
    if (!has_name)
        out.problems.emplace_back(
            "Er is geen kolom met de naam: “Naam”, of “Roepnaam” en “Achternaam”.");
    if (table.rows.empty()) out.problems.emplace_back("Het bestand heeft geen leerlingen.");
    if (!out.problems.empty()) return out;
    out.has_mentor_column = at.count(Col::kMentor) > 0;
    out.has_parent_columns = at.count(Col::kParentEmail1) > 0 || at.count(Col::kParentEmail2) > 0;

    std::map<std::string, int> seen_ids, seen_emails;
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const auto& cells = table.rows[r];
        auto cell = [&](Col c) { return at.count(c) ? cells[at.at(c)] : std::string(); };
        RosterRow row;
        row.line = table.lines[r];
        auto error = [&](std::string message) { row.errors.push_back(std::move(message)); };
        row.local_id = cell(Col::kLocalId);
        if (row.local_id.empty())
            error("Leerlingnummer ontbreekt.");
        else if (row.local_id.size() > 20)
            error("Leerlingnummer is langer dan 20 tekens.");
        else if (auto [it, fresh] = seen_ids.try_emplace(row.local_id, row.line); !fresh)
            error("Leerlingnummer " + row.local_id + " staat ook op regel " +
                  std::to_string(it->second) + ".");
        if (at.count(Col::kName)) {
            row.name = cell(Col::kName);
        } else {
            row.name = FullName(cell(Col::kFirst), cell(Col::kInfix), cell(Col::kLast));
        }
        if (row.name.empty()) error("Naam ontbreekt.");
        row.email = AsciiLower(cell(Col::kEmail));
        if (!row.email.empty()) {
            if (!LooksLikeEmail(row.email))
                error("“" + row.email + "” is geen geldig e-mailadres.");
            else if (auto [it, fresh] = seen_emails.try_emplace(row.email, row.line); !fresh)
                error("E-mailadres " + row.email + " staat ook op regel " +
                      std::to_string(it->second) + ".");
        }
        if (auto date = ParseBirthDate(cell(Col::kBirth), current_year))
            row.birth_date = *date;
        else
            error("Geboortedatum “" + cell(Col::kBirth) +
                  "” is geen datum als 14-03-2010 (of ligt niet in een schoolleeftijd).");
        row.onderwijstype = cell(Col::kType);
        if (const auto year = ParseInt(cell(Col::kYear), 1, 8))
            row.leerjaar = static_cast<int>(*year);
        else
            error("Leerjaar “" + cell(Col::kYear) + "” is geen getal van 1 tot en met 8.");
        row.group = cell(Col::kGroup);
        if (row.group.empty()) error("Klas of groep ontbreekt.");
        if (row.group.size() > 40) error("Klas of groep is langer dan 40 tekens.");
        row.mentor_email = AsciiLower(cell(Col::kMentor));
        if (!row.mentor_email.empty() && !LooksLikeEmail(row.mentor_email))
            error("Mentor “" + row.mentor_email + "” is geen e-mailadres.");
        for (const auto& [email_col, name_col, n] :
             {std::tuple{Col::kParentEmail1, Col::kParentName1, "1"},
              std::tuple{Col::kParentEmail2, Col::kParentName2, "2"}}) {
            RosterParent parent{AsciiLower(cell(email_col)), cell(name_col)};
            if (parent.email.empty()) {
                if (!parent.name.empty())
                    error(std::string("Ouder/verzorger ") + n +
                          " heeft een naam maar geen "
                          "e-mailadres; zonder e-mailadres kan Koers geen account maken.");
                continue;
            }
            if (!LooksLikeEmail(parent.email)) {
                error("Ouder/verzorger “" + parent.email + "” is geen geldig e-mailadres.");
                continue;
            }
            if (parent.email == row.email) {
                error("Het e-mailadres van de ouder/verzorger is dat van de leerling zelf.");
                continue;
            }
            if (LooksLikeFormula(parent.name))
                error("“" + parent.name +
                      "” begint als een formule (=, +, - of @); dat neemt Koers niet over.");
            if (parent.name.size() > 120) error("Naam van de ouder is langer dan 120 tekens.");
            if (parent.name.empty()) parent.name = "Ouder/verzorger van " + row.name;
            if (!row.parents.empty() && row.parents.front().email == parent.email) continue;
            row.parents.push_back(std::move(parent));
        }
        for (const auto* v : {&row.name, &row.group, &row.onderwijstype})
            if (LooksLikeFormula(*v))
                error("“" + *v +
                      "” begint als een formule (=, +, - of @); dat neemt Koers niet over.");
        if (row.name.size() > 120) error("Naam is langer dan 120 tekens.");
        if (row.onderwijstype.size() > 40) error("Onderwijstype is langer dan 40 tekens.");
        out.rows.push_back(std::move(row));
    }
    return out;
}

}  // namespace koers::core
