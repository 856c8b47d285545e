#pragma once
// Reading a file of doorstroomgegevens (docs/doorstroom-formats.md): CSV in UTF-8 or
// Windows-1252, ',' or ';', with or without a BOM (core::ReadCsv), one row per school (or
// vestiging), onderwijstype, year and destination. Columns are found by their name in the header,
// in any order. Suppressed cells ("<5", "-1", an `XXXX` destination) stay suppressed; an exact
// count under 5 is suppressed here, before anything is kept, and so is a 0 of a group under 5. The
// first problem is reported with its line and column, and a file with a problem is used not at all.
#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "modules/doorstroom/core/flows.hpp"
#include "platform/core/common/csv.hpp"

namespace koers::core {

struct FlowFile {
    std::vector<Flow> flows;
    std::vector<VestigingName> names;  // the vestigingen the file names (`vestigingsnaam`)
    std::vector<int> years;  // the years the file holds, ascending: an import replaces these
    size_t schools = 0;      // distinct BRIN codes
    // Counts that were under 5 in the file, or a 0 that would tell about a group under 5, and
    // are now "<5".
    size_t suppressed = 0;
    bool has_stayed = false;  // the file says who was still there a year later
    std::string encoding;
    char separator = ',';
};

// At most this many rows: five years of every school in the country fit several times.
inline constexpr size_t kMaxFlowRows = 400000;

std::variant<FlowFile, CsvProblem> ReadFlowFile(std::string_view bytes);

}  // namespace koers::core
