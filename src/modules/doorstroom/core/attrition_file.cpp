#include "modules/doorstroom/core/attrition_file.hpp"

#include <array>
#include <optional>
#include <set>
#include <tuple>

#include "modules/doorstroom/core/figure_cells.hpp"

namespace koers::core {
namespace {

enum AttritionColumn {
    kSchool,
    kOnderwijstype,
    kPeiljaar,
    kEnrolled,
    kDropped,
    kSwitched,
    kAttritionColumns
};

// The names each column goes by, folded (FoldColumnName).
constexpr std::array<ColumnNames, kAttritionColumns> kAttritionNames = {{
    {"brin", "brinnummer", "instelling", "brincode"},
    {"onderwijstype", "opleiding", "onderwijssoort", ""},
    {"jaar", "peiljaar", "", ""},
    {"ingeschreven", "aantalingeschreven", "leerlingen", "studenten"},
    {"uitgevallen", "uitval", "vsv", "voortijdigschoolverlaters"},
    {"overgestapt", "overstap", "switch", "switchers"},
}};

// Counts that cannot all be true: more uitgevallen or overgestapt than ingeschreven. With the
// column to point at.
std::optional<std::pair<AttritionColumn, std::string>> Inconsistency(const AttritionCell& cell) {
    const auto& enrolled = cell.enrolled.value;
    const auto& dropped = cell.dropped.value;
    const auto& switched = cell.switched.value;
    if (!enrolled) return std::nullopt;
    if (*enrolled == 0 && (dropped != 0 || switched != 0))
        return std::pair(kEnrolled, std::string("Er stond niemand ingeschreven, dus er kan niemand "
                                                "uitvallen of overstappen."));
    for (auto [column, count] : {std::pair(kDropped, dropped), std::pair(kSwitched, switched)})
        if (count && *count > *enrolled)
            return std::pair(column, "Dit aantal is groter dan de " + cell.enrolled.Text() +
                                         " die er ingeschreven stonden.");
    if (dropped && switched && *dropped + *switched > *enrolled)
        return std::pair(kSwitched, "Er vielen er " + cell.dropped.Text() + " uit en stapten er " +
                                        cell.switched.Text() + " over: samen meer dan de " +
                                        cell.enrolled.Text() + " die er ingeschreven stonden.");
    return std::nullopt;
}

}  // namespace

bool IsAttritionFile(std::string_view bytes) {
    return FirstLineNames(bytes, kAttritionNames)[kDropped].has_value();
}

std::variant<AttritionFile, CsvProblem> ReadAttritionFile(std::string_view bytes) {
    auto read =
        ReadFigureTable(bytes, kMaxAttritionRows, kAttritionNames, kAttritionColumns,
                        "brin, onderwijstype, jaar, ingeschreven, uitgevallen en overgestapt");
    if (auto* problem = std::get_if<CsvProblem>(&read)) return *problem;
    const auto& table = std::get<FigureTable>(read).table;
    const auto& at = std::get<FigureTable>(read).at;

    AttritionFile out;
    out.encoding = table.encoding;
    out.separator = table.separator;
    out.cells.reserve(table.rows.size());
    std::set<std::tuple<std::string, std::string, int>> seen;
    std::set<std::string> schools;
    std::set<int> years;
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        const int line = table.lines[r];
        auto fail = [&](AttritionColumn c, std::string message) {
            return CsvProblem{line, static_cast<int>(*at[c]) + 1, std::move(message)};
        };
        AttritionCell cell;
        auto brin = ReadBrin(row[*at[kSchool]]);
        if (!brin) return fail(kSchool, NotABrin(row[*at[kSchool]]));
        cell.brin = std::move(*brin);
        auto type = ReadOnderwijstype(row[*at[kOnderwijstype]]);
        if (!type) return fail(kOnderwijstype, NotAnOnderwijstype(row[*at[kOnderwijstype]]));
        cell.onderwijstype = std::move(*type);
        const auto year = ReadYear(row[*at[kPeiljaar]]);
        if (!year) return fail(kPeiljaar, NotAYear(row[*at[kPeiljaar]]));
        cell.year = *year;
        size_t written = 0;  // counts the file gives as a number
        for (auto [column, count] :
             {std::pair(kEnrolled, &cell.enrolled), std::pair(kDropped, &cell.dropped),
              std::pair(kSwitched, &cell.switched)}) {
            const auto& text = row[*at[column]];
            auto read_count = ReadCount(text);
            if (auto* message = std::get_if<std::string>(&read_count))
                return fail(column, *message);
            *count = std::get<Count>(read_count);
            written += MarkedSuppressed(text) ? 0 : 1;
        }
        if (const auto problem = Inconsistency(cell)) return fail(problem->first, problem->second);
        cell = SmallGroupHidden(std::move(cell));
        out.suppressed +=
            written - (cell.enrolled.known() + cell.dropped.known() + cell.switched.known());
        if (!seen.emplace(cell.brin, cell.onderwijstype, cell.year).second)
            return CsvProblem{line, 0,
                              "Deze regel staat er twee keer in: " + cell.brin + ", " +
                                  cell.onderwijstype + ", " + std::to_string(cell.year) + "."};
        schools.insert(cell.brin);
        years.insert(cell.year);
        out.cells.push_back(std::move(cell));
    }
    if (out.cells.empty()) return CsvProblem{1, 0, "Het bestand bevat geen cijfers."};
    out.years.assign(years.begin(), years.end());
    out.schools = schools.size();
    return out;
}

}  // namespace koers::core
