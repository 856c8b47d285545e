#include "modules/doorstroom/core/flow_file.hpp"

#include <array>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "platform/core/common/numbers.hpp"
#include "platform/core/common/validation.hpp"
#include "platform/core/org/school.hpp"

namespace koers::core {
namespace {

enum Column { kBrin, kType, kYear, kDestination, kLeavers, kStayed, kVestiging, kPlace, kColumns };

// The names a column goes by, folded (lower case, without spaces, '-', '_' and '.').
constexpr std::array<std::array<std::string_view, 4>, kColumns> kNames = {{
    {"brin", "brinnummer", "instelling", "brincode"},
    {"onderwijstype", "opleiding", "onderwijssoort", ""},
    {"jaar", "uitstroomjaar", "examenjaar", ""},
    {"bestemming", "vervolg", "vervolgonderwijs", ""},
    {"aantal", "aantalleerlingen", "uitstroom", ""},
    {"naeenjaar", "nanajaar", "eenjaarlater", "nogdaarnaeenjaar"},
    {"vestiging", "vestigingsnummer", "vestigingscode", "brinvestiging"},
    {"vestigingsnaam", "naamvestiging", "locatie", ""},
}};

std::string Fold(std::string_view text) {
    std::string out;
    for (char c : AsciiLower(text))
        if (c != ' ' && c != '-' && c != '_' && c != '.') out += c;
    return out;
}

struct Problem {
    int column;
    std::string message;
};

// How a source writes a suppressed cell.
bool MarkedSuppressed(const std::string& text) {
    return text == "<5" || text == "< 5" || text == "-1";
}

// A count: digits, optionally with a decimal comma or point and zeros ("12,0"), or a suppressed
// cell ("<5", "-1").
std::variant<Count, std::string> ReadCount(const std::string& text) {
    if (MarkedSuppressed(text)) return Count{};
    std::string_view whole = text;
    if (const auto sep = whole.find_first_of(",."); sep != std::string_view::npos) {
        const auto fraction = whole.substr(sep + 1);
        if (fraction.empty() || fraction.find_first_not_of('0') != std::string_view::npos)
            return "\"" + text + "\" is geen heel aantal.";
        whole = whole.substr(0, sep);
    }
    const auto n = ParseInt(whole, 0, 100000000);
    if (!n) {
        if (text.empty()) return std::string("Het aantal ontbreekt; vul een getal of <5 in.");
        return "\"" + text + "\" is geen aantal; vul een getal of <5 in.";
    }
    return Count::Of(*n);
}

}  // namespace

std::string ProblemText(const CsvProblem& p) {
    std::string out = "Regel " + std::to_string(p.line);
    if (p.column > 0) out += ", kolom " + std::to_string(p.column);
    return out + ": " + p.message;
}

std::variant<FlowFile, CsvProblem> ReadFlowFile(std::string_view bytes) {
    auto read = ReadCsv(bytes, {.max_rows = kMaxFlowRows, .max_columns = 40, .max_field = 200});
    if (auto* problem = std::get_if<CsvProblem>(&read)) return *problem;
    const auto& table = std::get<CsvTable>(read);

    std::array<std::optional<size_t>, kColumns> at;
    for (size_t i = 0; i < table.header.size(); ++i) {
        const std::string name = Fold(table.header[i]);
        for (size_t c = 0; c < kColumns; ++c)
            for (auto alias : kNames[c])
                if (!alias.empty() && name == alias && !at[c]) at[c] = i;
    }
    for (size_t c = 0; c < kLeavers + 1; ++c)
        if (!at[c])
            return CsvProblem{1, 0,
                              "De kolom \"" + std::string(kNames[c][0]) +
                                  "\" ontbreekt. Nodig zijn: brin, onderwijstype, jaar, "
                                  "bestemming en aantal (en eventueel na_een_jaar)."};

    FlowFile out;
    out.encoding = table.encoding;
    out.separator = table.separator;
    out.has_stayed = at[kStayed].has_value();
    out.flows.reserve(table.rows.size());
    std::set<std::tuple<std::string, std::string, std::string, int, Destination>> seen;
    std::set<std::string> schools;
    std::set<int> years;
    // Per school and year: the line of its first cell, and whether that was per vestiging.
    std::map<std::pair<std::string, int>, std::pair<int, bool>> split;
    // Per school and vestiging: its name, of the latest year that gave one.
    std::map<std::pair<std::string, std::string>, std::pair<int, std::string>> names;
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        const int line = table.lines[r];
        auto fail = [&](Column c, std::string message) {
            return CsvProblem{line, static_cast<int>(*at[c]) + 1, std::move(message)};
        };
        Flow f;
        for (char c : row[*at[kBrin]])
            f.brin += c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        if (!IsValidBrin(f.brin))
            return fail(kBrin,
                        "\"" + row[*at[kBrin]] +
                            "\" is geen BRIN-code (twee cijfers en twee letters, zoals 21VZ).");
        f.onderwijstype = AsciiLower(row[*at[kType]]);
        if (!IsFlowOnderwijstype(f.onderwijstype))
            return fail(kType, "\"" + row[*at[kType]] +
                                   "\" is geen onderwijstype dat Koers kent (zoals havo, vmbo-kb "
                                   "of niveau 4).");
        const auto year = ParseInt(row[*at[kYear]], 1990, 2100);
        if (!year) return fail(kYear, "\"" + row[*at[kYear]] + "\" is geen jaar (zoals 2025).");
        f.year = static_cast<int>(*year);
        const auto to = DestinationFrom(row[*at[kDestination]]);
        if (!to)
            return fail(kDestination, "\"" + row[*at[kDestination]] +
                                          "\" is geen bestemming die Koers kent (zoals vo, mbo4, "
                                          "hbo, wo, overig, geen of XXXX).");
        f.to = *to;
        auto leavers = ReadCount(row[*at[kLeavers]]);
        if (auto* message = std::get_if<std::string>(&leavers)) return fail(kLeavers, *message);
        f.leavers = std::get<Count>(leavers);
        out.suppressed += !f.leavers.known() && !MarkedSuppressed(row[*at[kLeavers]]) ? 1 : 0;
        if (at[kStayed] && !row[*at[kStayed]].empty()) {  // empty: not known for this row
            const auto& text = row[*at[kStayed]];
            auto stayed = ReadCount(text);
            if (auto* message = std::get_if<std::string>(&stayed)) return fail(kStayed, *message);
            f.stayed = std::get<Count>(stayed);
            out.suppressed += !f.stayed->known() && !MarkedSuppressed(text) ? 1 : 0;
            if (f.leavers.known() && f.stayed->known() && *f.stayed->value > *f.leavers.value)
                return fail(kStayed, "Na een jaar zijn er meer (" + f.stayed->Text() +
                                         ") dan er gingen (" + f.leavers.Text() + ").");
            if (f.leavers.value == 0 && f.stayed->value != 0)
                return fail(kStayed, "Er ging niemand heen, dus na een jaar kan er niemand zijn.");
        }
        if (at[kVestiging]) {
            const auto vestiging = VestigingFrom(row[*at[kVestiging]], f.brin);
            if (!vestiging)
                return fail(kVestiging, "\"" + row[*at[kVestiging]] +
                                            "\" is geen vestiging: vul het vestigingsnummer in "
                                            "(zoals 01) of BRIN-code en nummer (zoals " +
                                            f.brin + "01), of laat het leeg voor de hele school.");
            f.vestiging = *vestiging;
            const auto [first, fresh] =
                split.try_emplace({f.brin, f.year}, line, !f.vestiging.empty());
            if (!fresh && first->second.second != !f.vestiging.empty())
                return fail(kVestiging,
                            f.brin + " heeft in " + std::to_string(f.year) +
                                " cijfers voor de hele school én per vestiging (zie regel " +
                                std::to_string(first->second.first) +
                                "). Geef een jaar helemaal per vestiging of helemaal voor de hele "
                                "school: anders is een afgeschermd aantal terug te rekenen.");
            if (at[kPlace] && !f.vestiging.empty()) {
                std::string text = Trim(row[*at[kPlace]]);
                if (!text.empty())
                    if (const auto problem = CheckName(text, "vestigingsnaam"))
                        return fail(kPlace, *problem);
                auto& [year, name] = names[{f.brin, f.vestiging}];
                if (!text.empty() && f.year >= year)
                    std::tie(year, name) = std::pair(f.year, std::move(text));
            }
        }
        if (!seen.emplace(f.brin, f.vestiging, f.onderwijstype, f.year, f.to).second)
            return CsvProblem{line, 0,
                              "Deze regel staat er twee keer in: " + f.brin +
                                  (f.vestiging.empty() ? "" : " vestiging " + f.vestiging) + ", " +
                                  f.onderwijstype + ", " + std::to_string(f.year) + ", " +
                                  std::string(DestinationLabel(f.to)) + "."};
        schools.insert(f.brin);
        years.insert(f.year);
        out.flows.push_back(std::move(f));
    }
    if (out.flows.empty()) return CsvProblem{1, 0, "Het bestand bevat geen cijfers."};
    out.years.assign(years.begin(), years.end());
    out.schools = schools.size();
    for (const auto& [key, named] : names)
        if (!named.second.empty()) out.names.push_back({key.first, key.second, named.second});
    return out;
}

}  // namespace koers::core
