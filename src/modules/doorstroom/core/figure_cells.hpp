#pragma once
// What the readers of the doorstroom files share (flow_file, attrition_file): a column is found by
// one of its names in the header, and a cell holds a count, a suppressed count or a BRIN code.
#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "modules/doorstroom/core/flows.hpp"

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

// How a source writes a suppressed cell: "<5", "< 5" or "-1".
bool MarkedSuppressed(const std::string& text);

// A count: digits, optionally with a decimal comma or point and zeros ("12,0"), or a suppressed
// cell; an exact count under 5 comes back suppressed. Otherwise the Dutch message of the problem.
std::variant<Count, std::string> ReadCount(const std::string& text);

// The BRIN code a cell holds, in capitals ("21vz" is 21VZ); nullopt when it holds none.
std::optional<std::string> ReadBrin(const std::string& text);
// The message for a cell that holds no BRIN code.
std::string NotABrin(const std::string& text);

}  // namespace koers::core
