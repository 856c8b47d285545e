#pragma once
// Reading a file of uitval en overstap (docs/doorstroom-formats.md): CSV as the flows' files, one
// row per school, onderwijstype and year with how many were ingeschreven, uitgevallen and
// overgestapt. A count under 5 is suppressed here, and so is every count of a group under 5,
// before anything is kept. The first problem is reported with its line and column, and a file
// with a problem is used not at all.
#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "modules/doorstroom/core/attrition.hpp"
#include "platform/core/common/csv.hpp"

namespace koers::core {

struct AttritionFile {
    std::vector<AttritionCell> cells;
    std::vector<int> years;  // ascending: an import replaces these years' uitval en overstap
    size_t schools = 0;      // distinct BRIN codes
    size_t suppressed = 0;   // counts that were known in the file and are now "<5"
    std::string encoding;
    char separator = ',';
};

// Five years of every school's onderwijstypen in the country fit.
inline constexpr size_t kMaxAttritionRows = 100000;

// Whether the file's first line names a column of uitval (`uitgevallen`, `uitval`, `vsv`): then
// it is a file of uitval en overstap, else one of flows.
bool IsAttritionFile(std::string_view bytes);

std::variant<AttritionFile, CsvProblem> ReadAttritionFile(std::string_view bytes);

}  // namespace koers::core
