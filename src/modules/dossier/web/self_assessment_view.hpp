#pragma once
// The trend of a student's zelfbeelden on the dossier page: per loopbaancompetentie a small line
// chart over the last zelfbeelden with the latest step in words, and a table with the same
// figures for whoever does not see the charts.
#include <vector>

#include "modules/dossier/storage/dossier_repo.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

// The last this many zelfbeelden make the trend.
inline constexpr size_t kTrendLength = 8;

// {has_trend, trend_last, trend: [{label, svg, now, change}], trend_dates: [..],
//  trend_rows: [{label, cells: [{value}]}]}, added to `v`. Nothing when there is no zelfbeeld.
void AddSelfAssessmentTrend(const std::vector<storage::DossierEntry>& entries, View& v);

}  // namespace koers::web
