#pragma once
// Reading a file of instroom (docs/doorstroom-formats.md): CSV as the flows' files, one row per
// receiving institution, school of origin, onderwijstype and year with how many came. A count
// under 5 is suppressed here, before anything is kept. The first problem is reported with its
// line and column, and a file with a problem is used not at all.
#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "modules/doorstroom/core/inflow.hpp"
#include "platform/core/common/csv.hpp"

namespace koers::core {

struct InflowFile {
    std::vector<InflowCell> cells;
    std::vector<int> years;  // ascending: an import replaces these years' instroom
    size_t schools = 0;      // distinct receiving institutions
    size_t suppressed = 0;   // counts that were under 5 in the file and are now "<5"
};

// Every school of origin of every institution in the country, five years, fits.
inline constexpr size_t kMaxInflowRows = 400000;

// Whether the file's first line names a column of the school of origin (`herkomst`): then it is a
// file of instroom.
bool IsInflowFile(std::string_view bytes);

std::variant<InflowFile, CsvProblem> ReadInflowFile(std::string_view bytes);

}  // namespace koers::core
