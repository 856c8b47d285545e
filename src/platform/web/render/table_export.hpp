#pragma once
// Tables as downloads: CSV for any spreadsheet (semicolons, decimal commas and a BOM, as Dutch
// Excel expects; cells that a spreadsheet would run as a formula are neutralised) and XLSX
// (libxlsxwriter), one sheet per table.
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace koers::web {

// A cell: empty, text or a number.
using Cell = std::variant<std::monostate, std::string, double>;
using TableRow = std::vector<Cell>;

struct Sheet {
    std::string name;            // at most 31 characters (an XLSX limit)
    std::vector<TableRow> rows;  // the first row is the header
};

// One CSV document of all sheets, each preceded by its name and separated by an empty line.
std::string ToCsv(const std::vector<Sheet>& sheets);
// The bytes of an .xlsx workbook. Throws std::runtime_error when libxlsxwriter fails.
std::string ToXlsx(const std::vector<Sheet>& sheets);

// A percentage rounded to one decimal as a cell; empty when there is none.
Cell PercentCell(const std::optional<double>& v);

}  // namespace koers::web
