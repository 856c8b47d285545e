#include "modules/doorstroom/core/flow_file.hpp"

#include <array>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "modules/doorstroom/core/figure_cells.hpp"
#include "platform/core/common/validation.hpp"

namespace koers::core {
namespace {

enum Column { kBrin, kType, kYear, kDestination, kLeavers, kStayed, kVestiging, kPlace, kColumns };

// The names each column goes by, folded (FoldColumnName).
constexpr std::array<ColumnNames, kColumns> kNames = {{
    {"brin", "brinnummer", "instelling", "brincode"},
    {"onderwijstype", "opleiding", "onderwijssoort", ""},
    {"jaar", "uitstroomjaar", "examenjaar", ""},
    {"bestemming", "vervolg", "vervolgonderwijs", ""},
    {"aantal", "aantalleerlingen", "uitstroom", ""},
    {"naeenjaar", "nanajaar", "eenjaarlater", "nogdaarnaeenjaar"},
    {"vestiging", "vestigingsnummer", "vestigingscode", "brinvestiging"},
    {"vestigingsnaam", "naamvestiging", "locatie", ""},
}};

// A group under 5 tells about each of its members even through a 0: "<5 to mbo 1, 0 anywhere
// else" says where every one of them went, and "<5 went to wo, 0 of them still there a year
// later" what became of each. So a 0 is shown only where the group is known to be 5 or more:
// the school's (or vestiging's) leavers of one onderwijstype and year whose known counts add up
// to 5 or more, and who are still there of a count that is known. Returns how many 0s this hid.
size_t HideSmallGroups(std::vector<Flow>& flows) {
    using Group = std::tuple<std::string_view, std::string_view, std::string_view, int>;
    std::map<Group, int64_t> known;
    for (const auto& f : flows)
        known[{f.brin, f.vestiging, f.onderwijstype, f.year}] += f.leavers.value.value_or(0);
    size_t hidden = 0;
    for (auto& f : flows) {
        if (f.leavers.value == 0 &&
            known[{f.brin, f.vestiging, f.onderwijstype, f.year}] < kSmallestShown) {
            f.leavers = Count{};
            ++hidden;
        }
        if (!f.leavers.known() && f.stayed && f.stayed->known()) {
            f.stayed = Count{};
            ++hidden;
        }
    }
    return hidden;
}

}  // namespace

std::variant<FlowFile, CsvProblem> ReadFlowFile(std::string_view bytes) {
    auto read = ReadFigureTable(
        bytes, kMaxFlowRows, kNames, kLeavers + 1,
        "brin, onderwijstype, jaar, bestemming en aantal (en eventueel na_een_jaar)");
    if (auto* problem = std::get_if<CsvProblem>(&read)) return *problem;
    const auto& table = std::get<FigureTable>(read).table;
    const auto& at = std::get<FigureTable>(read).at;

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
        auto brin = ReadBrin(row[*at[kBrin]]);
        if (!brin) return fail(kBrin, NotABrin(row[*at[kBrin]]));
        f.brin = std::move(*brin);
        auto type = ReadOnderwijstype(row[*at[kType]]);
        if (!type) return fail(kType, NotAnOnderwijstype(row[*at[kType]]));
        f.onderwijstype = std::move(*type);
        const auto year = ReadYear(row[*at[kYear]]);
        if (!year) return fail(kYear, NotAYear(row[*at[kYear]]));
        f.year = *year;
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
    out.suppressed += HideSmallGroups(out.flows);
    out.years.assign(years.begin(), years.end());
    out.schools = schools.size();
    for (const auto& [key, named] : names)
        if (!named.second.empty()) out.names.push_back({key.first, key.second, named.second});
    return out;
}

}  // namespace koers::core
