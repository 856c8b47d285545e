#pragma once
// The aggregated results of a round as tables, for CSV and XLSX downloads. Only what the results
// page shows: tallies of shown groups, peer means above the threshold, comments without names.
#include <vector>

#include "web/render/table_export.hpp"
#include "web/scan/scan_service.hpp"

namespace koers::web {

std::vector<Sheet> ResultSheets(const RoundResults& r);

}  // namespace koers::web
