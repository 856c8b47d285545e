#include "modules/doorstroom/core/inflow_file.hpp"

#include <array>
#include <optional>
#include <set>
#include <tuple>

#include "modules/doorstroom/core/figure_cells.hpp"

namespace koers::core {
namespace {

enum InflowColumn { kReceiving, kOrigin, kOriginType, kStartYear, kCame, kInflowColumns };

// The names each column goes by, folded (FoldColumnName).
constexpr std::array<ColumnNames, kInflowColumns> kInflowNames = {{
    {"instelling", "brin", "brininstelling", "ontvangendeinstelling"},
    {"herkomst", "brinherkomst", "herkomstbrin", "vooropleidingbrin"},
    {"onderwijstype", "vooropleiding", "onderwijssoort", ""},
    {"jaar", "instroomjaar", "", ""},
    {"aantal", "instroom", "aantalstudenten", ""},
}};

}  // namespace

bool IsInflowFile(std::string_view bytes) {
    return FirstLineNames(bytes, kInflowNames)[kOrigin].has_value();
}

std::variant<InflowFile, CsvProblem> ReadInflowFile(std::string_view bytes) {
    auto read = ReadFigureTable(bytes, kMaxInflowRows, kInflowNames, kInflowColumns,
                                "instelling, herkomst, onderwijstype, jaar en aantal");
    if (auto* problem = std::get_if<CsvProblem>(&read)) return *problem;
    const auto& table = std::get<FigureTable>(read).table;
    const auto& at = std::get<FigureTable>(read).at;
    InflowFile out;
    out.cells.reserve(table.rows.size());
    std::set<std::tuple<std::string, std::string, std::string, int>> seen;
    std::set<std::string> schools;
    std::set<int> years;
    for (size_t r = 0; r < table.rows.size(); ++r) {
        const auto& row = table.rows[r];
        const int line = table.lines[r];
        auto fail = [&](InflowColumn c, std::string message) {
            return CsvProblem{line, static_cast<int>(*at[c]) + 1, std::move(message)};
        };
        InflowCell cell;
        for (auto [column, into] :
             {std::pair(kReceiving, &cell.brin), std::pair(kOrigin, &cell.origin)}) {
            auto brin = ReadBrin(row[*at[column]]);
            if (!brin) return fail(column, NotABrin(row[*at[column]]));
            *into = std::move(*brin);
        }
        auto type = ReadOnderwijstype(row[*at[kOriginType]]);
        if (!type) return fail(kOriginType, NotAnOnderwijstype(row[*at[kOriginType]]));
        cell.onderwijstype = std::move(*type);
        const auto year = ReadYear(row[*at[kStartYear]]);
        if (!year) return fail(kStartYear, NotAYear(row[*at[kStartYear]]));
        cell.year = *year;
        const auto& text = row[*at[kCame]];
        auto count = ReadCount(text);
        if (auto* message = std::get_if<std::string>(&count)) return fail(kCame, *message);
        cell.count = std::get<Count>(count);
        out.suppressed += !cell.count.known() && !MarkedSuppressed(text) ? 1 : 0;
        if (!seen.emplace(cell.brin, cell.origin, cell.onderwijstype, cell.year).second)
            return CsvProblem{line, 0,
                              "Deze regel staat er twee keer in: " + cell.brin + " uit " +
                                  cell.origin + ", " + cell.onderwijstype + ", " +
                                  std::to_string(cell.year) + "."};
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
