#include "modules/doorstroom/web/inflow_view.hpp"

#include <algorithm>

namespace koers::web {
namespace {

// Lines shown one by one; the rest are added up as "Overige herkomst (12 regels)".
constexpr size_t kLinesShown = 15;

// "Veldzicht College (21VZ)", or the BRIN code of a school Koers does not know.
std::string OriginLabel(const Dashboard& d, const std::string& brin) {
    const auto named = std::find_if(d.origin_names.begin(), d.origin_names.end(),
                                    [&](const auto& n) { return n.first == brin; });
    return named == d.origin_names.end() ? brin : named->second + " (" + brin + ")";
}

View InflowRow(const std::string& origin, const std::string& type, const core::Total& count) {
    View row = Object();
    row.set("origin", origin);
    row.set("type", type);
    row.set("count", count.Text());
    return row;
}

}  // namespace

View InflowView(const Dashboard& d, const FlowSelection& s) {
    if (d.inflow.empty()) return View();
    View v = Object();
    v.set("year", std::to_string(s.year));
    const auto year = core::InflowIn(d.inflow, s.year);
    v.set("has_lines", !year.lines.empty());
    ViewList lines;
    core::Total rest;
    for (size_t i = 0; i < year.lines.size(); ++i) {
        const auto& line = year.lines[i];
        if (i < kLinesShown)
            lines.push_back(InflowRow(OriginLabel(d, line.origin), line.onderwijstype, line.count));
        else
            rest.Add(line.count);
    }
    if (year.lines.size() > kLinesShown)
        lines.push_back(InflowRow(
            "Overige herkomst (" + std::to_string(year.lines.size() - kLinesShown) + " regels)", "",
            rest));
    v.set("lines", std::move(lines));
    v.set("total", year.all.Text());
    ViewList trend;
    for (int y : core::YearsOf(d.inflow)) {
        View row = Object();
        row.set("year", std::to_string(y));
        row.set("total", core::InflowIn(d.inflow, y).all.Text());
        trend.push_back(std::move(row));
    }
    v.set("trend", std::move(trend));
    return v;
}

std::vector<Sheet> InflowSheets(const Dashboard& d, const FlowSelection& s) {
    std::vector<Sheet> sheets;
    if (d.inflow.empty() || s.year == 0) return sheets;
    Sheet lines{"Instroom " + std::to_string(s.year),
                {{std::string("Herkomst"), std::string("Onderwijstype"), std::string("Aantal")}}};
    const auto year = core::InflowIn(d.inflow, s.year);
    for (const auto& line : year.lines)
        lines.rows.push_back({OriginLabel(d, line.origin), line.onderwijstype, line.count.Text()});
    lines.rows.push_back({std::string("Totaal"), Cell(), year.all.Text()});
    sheets.push_back(std::move(lines));
    return sheets;
}

}  // namespace koers::web
