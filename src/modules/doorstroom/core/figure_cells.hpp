#pragma once
// What the readers of the doorstroom files share (flow_file, attrition_file, inflow_file): the
// table and its columns, each found by one of its names in the header, and the cells that hold a
// BRIN code, an onderwijstype, a year, a count or a suppressed count.
#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "modules/doorstroom/core/flows.hpp"
#include "platform/core/common/csv.hpp"

namespace koers::core {

// The names a column goes by, folded (FoldColumnName); the first is the one a message names.
using ColumnNames = std::array<std::string_view, 4>;

// Lower case, without spaces, '-', '_' and '.': "Na een jaar" and "na_een_jaar" are one name.
std::string FoldColumnName(std::string_view text);

// Per column asked for, where the header has it (the first that fits), or nullopt.
std::vector<std::optional<size_t>> FindColumns(std::span<const std::string> header,
                                               std::span<const ColumnNames> names);

// FindColumns on the first line of a file only: which kind of file it is, before reading it all.
std::vector<std::optional<size_t>> FirstLineNames(std::string_view bytes,
                                                  std::span<const ColumnNames> names);

// A file of figures read as CSV (at most `max_rows` rows), with where each of `names` is.
struct FigureTable {
    CsvTable table;
    std::vector<std::optional<size_t>> at;
};

// The first `required` of `names` must be there; else the problem names the first one missing
// and what is `needed` ("brin, onderwijstype, jaar en aantal").
std::variant<FigureTable, CsvProblem> ReadFigureTable(std::string_view bytes, size_t max_rows,
                                                      std::span<const ColumnNames> names,
                                                      size_t required, std::string_view needed);

// How a source writes a suppressed cell: "<5", "< 5" or "-1".
bool MarkedSuppressed(const std::string& text);

// A count: digits, optionally with a decimal comma or point and zeros ("12,0"), or a suppressed
// cell; an exact count under 5 comes back suppressed. Otherwise the Dutch message of the problem.
std::variant<Count, std::string> ReadCount(const std::string& text);

// The BRIN code a cell holds, in capitals ("21vz" is 21VZ); nullopt when it holds none.
std::optional<std::string> ReadBrin(const std::string& text);
// The message for a cell that holds no BRIN code.
std::string NotABrin(const std::string& text);

// An onderwijstype as the platform's school codes ("HAVO" is havo); nullopt for any other text.
std::optional<std::string> ReadOnderwijstype(const std::string& text);
std::string NotAnOnderwijstype(const std::string& text);

// A calendar year (1990-2100); nullopt for any other text ("2024-2025", "25").
std::optional<int> ReadYear(const std::string& text);
std::string NotAYear(const std::string& text);

}  // namespace koers::core
