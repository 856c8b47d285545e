#pragma once
// The view of a doorstroom dashboard, shared by the school's and the region's: the choice of
// onderwijstype and year, the flow diagram, the table with the same figures beside the places it
// is compared with, the years side by side, and the same tables as a download.
#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "modules/doorstroom/core/attrition.hpp"
#include "modules/doorstroom/core/figures.hpp"
#include "modules/doorstroom/core/inflow.hpp"
#include "platform/web/http/route_path.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/render/table_export.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

// Figures of a place that a dashboard puts beside its own ("Regio Amstelland", "Nederland").
struct ComparedPlace {
    std::string label;
    std::vector<core::FlowSum> sums;
    std::vector<core::AttritionSum> attrition = {};
};

struct Dashboard {
    std::string place;                // "Veldzicht College", "Regio Amstelland"
    std::vector<core::FlowSum> sums;  // the place's own figures
    std::vector<ComparedPlace> compared;
    std::vector<core::AttritionSum> attrition = {};  // its uitval en overstap
    // Where its new students came from (an institution's own page only), with the names of the
    // schools of origin that Koers knows, by BRIN code.
    std::vector<core::InflowCell> inflow = {};
    std::vector<std::pair<std::string, std::string>> origin_names = {};
    // Where a figure becomes part of the LOB-beleid of the school's open schooljaar, for who may
    // write it (empty otherwise): a new goal with the figure as its nulmeting, or a note in the
    // evaluation of the beleid.
    std::string new_goal_path;
    std::string evaluation_path;
    // A part of the place to choose: on a region's page one network's member schools
    // (?netwerk=), on a school's one of its vestigingen (?vestiging=); none when `groups` is
    // empty. The choice goes along in the downloads' links.
    std::string group_param;                                  // "netwerk", "vestiging"
    std::string group_label;                                  // the choice's label on the form
    std::vector<std::pair<std::string, std::string>> groups;  // value, label
    std::string group;                                        // the chosen value ("" for all)
};

struct FlowSelection {
    std::string type;  // "" for every onderwijstype together
    int year = 0;      // 0 when there are no figures
    // When the request asks for an onderwijstype or year the place has no figures of (after
    // another vestiging or network was chosen with the same form), what is shown instead.
    std::string notice;
};

// What the request asks for (?type=, ?jaar=): every onderwijstype of the latest year unless it
// says otherwise, of either kind of figures. An onderwijstype or year Koers knows but the place
// has no figures of falls back with a notice; throws core::NotFound (a Dutch message) for one
// Koers does not know.
FlowSelection SelectionOf(const Ctx& ctx, const Dashboard& d);

// The years of the place's figures of either kind, the latest first; its onderwijstypen.
std::vector<int> YearsOn(const Dashboard& d);
std::vector<std::string> TypesOn(const Dashboard& d);

// "havo", or "alle onderwijstypen" for "".
std::string TypeLabel(const std::string& type);

// The page's view; `page`, `csv` and `xlsx` take the place's id.
View DashboardView(const Dashboard& d, const FlowSelection& s, int64_t place_id,
                   const RoutePath& page, const RoutePath& csv, const RoutePath& xlsx);

// The download: the chosen figures beside the compared places, and the years side by side.
std::vector<Sheet> DashboardSheets(const Dashboard& d, const FlowSelection& s);

// The name of a download: "doorstroom-havo-2025" (".csv" or ".xlsx" follows).
std::string DownloadName(const FlowSelection& s);

}  // namespace koers::web
