#pragma once
// Uitval en overstap on a doorstroom dashboard: the chosen year and onderwijstype of the place
// beside the places it is compared with, the years side by side, a goal or a note in the
// evaluation made from the figure, and the same tables as sheets of the download. Shares are of
// the known counts only, as everywhere on the dashboard.
#include <vector>

#include "modules/doorstroom/web/dashboard_view.hpp"

namespace koers::web {

// The section's view; empty (no section) when neither the place nor a vestiging's school has
// figures of uitval en overstap.
View AttritionView(const Dashboard& d, const FlowSelection& s);

// The download's sheets; none when the place has no figures of uitval en overstap.
std::vector<Sheet> AttritionSheets(const Dashboard& d, const FlowSelection& s);

}  // namespace koers::web
