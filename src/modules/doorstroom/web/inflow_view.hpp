#pragma once
// Instroom on an institution's own doorstroom dashboard: where its new students of the chosen year
// came from, per school of origin and onderwijstype (the largest first, the rest added up), the
// years side by side, and the same as sheets of the download. Never on another school's page nor
// a region's (decision 0044).
#include <vector>

#include "modules/doorstroom/web/dashboard_view.hpp"

namespace koers::web {

// The section's view; empty (no section) when the place has no figures of instroom.
View InflowView(const Dashboard& d, const FlowSelection& s);

// The download's sheets; none when the place has no figures of instroom.
std::vector<Sheet> InflowSheets(const Dashboard& d, const FlowSelection& s);

}  // namespace koers::web
