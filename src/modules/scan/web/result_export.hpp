#pragma once
// The aggregated results of a round as tables, for CSV and XLSX downloads. Only what the results
// page shows: tallies of shown groups, peer means above the threshold, comments without names.
#include <vector>

#include "modules/scan/web/scan_service.hpp"
#include "platform/web/render/table_export.hpp"

namespace koers::web {

std::vector<Sheet> ResultSheets(const RoundResults& r);

}  // namespace koers::web
