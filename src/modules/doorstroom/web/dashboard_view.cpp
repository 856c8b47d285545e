#include "modules/doorstroom/web/dashboard_view.hpp"

#include <algorithm>
#include <set>

#include "modules/doorstroom/core/sankey.hpp"
#include "modules/doorstroom/web/attrition_view.hpp"
#include "modules/doorstroom/web/inflow_view.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/web/http/parse.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {

std::string TypeLabel(const std::string& type) {
    return type.empty() ? std::string("alle onderwijstypen") : type;
}

std::vector<int> YearsOn(const Dashboard& d) {
    std::set<int, std::greater<>> years;
    for (int y : core::YearsOf(d.sums)) years.insert(y);
    for (int y : core::YearsOf(d.attrition)) years.insert(y);
    for (int y : core::YearsOf(d.inflow)) years.insert(y);
    return {years.begin(), years.end()};
}

std::vector<std::string> TypesOn(const Dashboard& d) {
    auto types = core::TypesOf(d.sums);
    for (auto& t : core::TypesOf(d.attrition)) types.push_back(std::move(t));
    return core::InSchoolOrder(types);
}

namespace {

// The destinations with figures in any year of the selection's type, in the usual order.
std::vector<core::Destination> DestinationsOver(std::span<const core::FlowSum> sums,
                                                const std::string& type) {
    std::set<core::Destination> present;
    for (const auto& s : sums)
        if (type.empty() || s.onderwijstype == type) present.insert(s.to);
    return {present.begin(), present.end()};
}

View SankeyView(const core::Breakdown& b) {
    const auto layout = core::LayoutSankey(b);
    View v = Object();
    v.set("width", core::OneDecimal(layout.width));
    v.set("height", core::OneDecimal(layout.height));
    v.set("source_y", core::OneDecimal(layout.source_y));
    v.set("source_height", core::OneDecimal(std::max(layout.source_height, 1.0)));
    ViewList bands;
    for (const auto& band : layout.bands) {
        View item = Object();
        item.set("path", band.path);
        item.set("node_y", core::OneDecimal(band.node_y));
        item.set("node_height", core::OneDecimal(band.node_height));
        item.set("label_y", core::OneDecimal(band.label_y));
        item.set("label", band.label);
        item.set("code", std::string(core::DestinationCode(band.to)));
        item.set("node_x", core::OneDecimal(layout.node_x));
        item.set("label_x", core::OneDecimal(layout.node_x + 20));
        bands.push_back(std::move(item));
    }
    v.set("bands", std::move(bands));
    return v;
}

// A destination's share beside the places compared: "68,0% in 2025 (Regio Amstelland 60,1%,
// Nederland 58,3%)".
std::string FigureBeside(const Dashboard& d, const FlowSelection& s,
                         const core::DestinationShare& row,
                         const std::vector<core::Breakdown>& others) {
    std::string text = core::PercentText(row.share) + " in " + std::to_string(s.year);
    for (size_t i = 0; i < others.size(); ++i) {
        const auto* there = others[i].Of(row.to);
        text += (i == 0 ? " (" : ", ") + d.compared[i].label + " " +
                core::PercentText(there ? there->share : std::nullopt);
    }
    if (!others.empty()) text += ")";
    return text;
}

// Of a vestiging (or another part of the place): ", " and its name, for a goal's title.
std::string PartOf(const Dashboard& d) {
    if (d.group.empty()) return {};
    for (const auto& [value, label] : d.groups)
        if (value == d.group) return ", " + label;
    return {};
}

// The new goal's form, filled in with a destination's figure as its nulmeting.
std::string GoalLink(const Dashboard& d, const FlowSelection& s, const core::DestinationShare& row,
                     const std::vector<core::Breakdown>& others) {
    const std::string to(core::DestinationLabel(row.to));
    return d.new_goal_path +
           "?titel=" + UrlEncode("Doorstroom " + TypeLabel(s.type) + " naar " + to + PartOf(d)) +
           "&indicator=" +
           UrlEncode("Aandeel van de leerlingen " + TypeLabel(s.type) + " dat na school naar " +
                     to + " gaat (doorstroomcijfers)") +
           "&nulmeting=" + UrlEncode(FigureBeside(d, s, row, others));
}

// The evaluation's form, with the figure below its results and the doorstroom among its sources.
std::string EvaluationLink(const Dashboard& d, const FlowSelection& s,
                           const core::DestinationShare& row,
                           const std::vector<core::Breakdown>& others) {
    std::string finding = "Doorstroomcijfers " + TypeLabel(s.type) + PartOf(d) + ": naar " +
                          std::string(core::DestinationLabel(row.to)) + " ging " +
                          FigureBeside(d, s, row, others);
    if (row.retention)
        finding += "; een jaar later zat " + core::PercentText(row.retention) + " er nog";
    return d.evaluation_path + "?resultaten=" + UrlEncode(finding + ".") + "&bronnen=doorstroom";
}

}  // namespace

FlowSelection SelectionOf(const Ctx& ctx, const Dashboard& d) {
    FlowSelection s;
    const auto years = YearsOn(d);
    if (years.empty()) return s;
    const auto types = TypesOn(d);
    if (const auto type = ctx.QueryParam("type"); type && !type->empty()) {
        if (std::find(types.begin(), types.end(), *type) != types.end())
            s.type = *type;
        else if (core::IsFlowOnderwijstype(*type))
            s.notice = "Van " + *type +
                       " zijn er hier geen doorstroomcijfers; u ziet alle "
                       "onderwijstypen.";
        else
            throw core::NotFound("Voor dit onderwijstype zijn er geen doorstroomcijfers.");
    }
    s.year = years.front();
    if (const auto year = ctx.QueryParam("jaar"); year && !year->empty()) {
        const auto n = core::ParseInt(*year, 1990, 2100);
        if (!n) throw core::NotFound("Voor dit jaar zijn er geen doorstroomcijfers.");
        if (std::find(years.begin(), years.end(), *n) != years.end())
            s.year = static_cast<int>(*n);
        else
            s.notice += std::string(s.notice.empty() ? "" : " ") + "Van " + std::to_string(*n) +
                        " zijn er hier geen doorstroomcijfers; u ziet " + std::to_string(s.year) +
                        ".";
    }
    return s;
}

View DashboardView(const Dashboard& d, const FlowSelection& s, int64_t place_id,
                   const RoutePath& page, const RoutePath& csv, const RoutePath& xlsx) {
    View v = Object();
    v.set("place", d.place);
    v.set("notice", s.notice);
    v.set("has_figures", s.year != 0);
    if (s.year == 0) return v;
    const auto own = core::BreakdownOf(d.sums, s.year, s.type);
    v.set("has_flows", !own.empty());
    v.set("attrition", AttritionView(d, s));
    v.set("inflow", InflowView(d, s));
    ViewList types;
    types.push_back(ChoiceView("", "Alle onderwijstypen", s.type.empty()));
    for (const auto& t : TypesOn(d)) types.push_back(ChoiceView(t, t, t == s.type));
    v.set("types", std::move(types));
    ViewList years;
    for (int y : YearsOn(d))
        years.push_back(ChoiceView(std::to_string(y), std::to_string(y), y == s.year));
    v.set("years", std::move(years));
    ViewList groups;
    for (const auto& [value, label] : d.groups)
        groups.push_back(ChoiceView(value, label, value == d.group));
    v.set("has_groups", !groups.empty());
    v.set("groups", std::move(groups));
    v.set("group_param", d.group_param);
    v.set("group_label", d.group_label);
    v.set("action", page.With(place_id));
    v.set("year", std::to_string(s.year));
    v.set("type", TypeLabel(s.type));
    v.set("total", std::to_string(own.all.known));
    v.set("small_groups", own.all.hidden == 0 ? std::string()
                          : own.all.hidden == 1
                              ? std::string("en daarnaast een groepje van minder dan 5")
                              : "en daarnaast " + std::to_string(own.all.hidden) +
                                    " groepjes van elk minder dan 5");
    v.set("retention", core::PercentText(own.retention));
    v.set("has_retention", own.retention.has_value());
    v.set("sankey", SankeyView(own));

    std::vector<core::Breakdown> others;
    ViewList compared_heads;
    for (const auto& place : d.compared) {
        others.push_back(core::BreakdownOf(place.sums, s.year, s.type));
        compared_heads.emplace_back(place.label);
    }
    v.set("compared", std::move(compared_heads));
    v.set("may_set_goals", !d.new_goal_path.empty());
    ViewList rows;
    for (const auto& row : own.rows) {
        View item = Object();
        item.set("destination", std::string(core::DestinationLabel(row.to)));
        item.set("leavers", row.leavers.Text());
        item.set("share", core::PercentText(row.share));
        std::string stayed = "–";
        if (row.followed > 0 || row.stayed.hidden > 0) stayed = row.stayed.Text();
        if (row.retention) stayed += " (" + core::PercentText(row.retention) + ")";
        item.set("stayed", std::move(stayed));
        ViewList beside;
        for (const auto& other : others) {
            const auto* there = other.Of(row.to);
            beside.emplace_back(core::PercentText(there ? there->share : std::nullopt));
        }
        item.set("beside", std::move(beside));
        const bool has_share = row.share.has_value();
        item.set("goal_path", d.new_goal_path.empty() || !has_share ? std::string()
                                                                    : GoalLink(d, s, row, others));
        item.set("evaluation_path", d.evaluation_path.empty() || !has_share
                                        ? std::string()
                                        : EvaluationLink(d, s, row, others));
        rows.push_back(std::move(item));
    }
    v.set("rows", std::move(rows));

    // The years side by side: each destination's share, and who was still there.
    const auto destinations = DestinationsOver(d.sums, s.type);
    ViewList heads;
    for (auto to : destinations) heads.emplace_back(std::string(core::DestinationLabel(to)));
    v.set("trend_heads", std::move(heads));
    ViewList trend;
    for (int y : core::YearsOf(d.sums)) {
        const auto b = core::BreakdownOf(d.sums, y, s.type);
        if (b.empty()) continue;
        View item = Object();
        item.set("year", std::to_string(y));
        item.set("total", b.all.Text());
        ViewList cells;
        for (auto to : destinations) {
            const auto* row = b.Of(to);
            cells.emplace_back(row ? core::PercentText(row->share) : std::string("–"));
        }
        item.set("cells", std::move(cells));
        item.set("retention", core::PercentText(b.retention));
        trend.push_back(std::move(item));
    }
    v.set("trend", std::move(trend));
    std::string query = "?type=" + UrlEncode(s.type) + "&jaar=" + std::to_string(s.year);
    if (!d.group.empty()) query += "&" + d.group_param + "=" + UrlEncode(d.group);
    v.set("csv_path", csv.With(place_id) + query);
    v.set("xlsx_path", xlsx.With(place_id) + query);
    return v;
}

std::vector<Sheet> DashboardSheets(const Dashboard& d, const FlowSelection& s) {
    std::vector<Sheet> sheets;
    if (s.year == 0) return sheets;
    const auto own = core::BreakdownOf(d.sums, s.year, s.type);
    if (own.empty()) {
        sheets = AttritionSheets(d, s);
        for (auto& sheet : InflowSheets(d, s)) sheets.push_back(std::move(sheet));
        return sheets;
    }
    Sheet flows{"Bestemmingen " + std::to_string(s.year), {}};
    TableRow head = {std::string("Bestemming"), std::string("Aantal"), std::string("Aandeel (%)"),
                     std::string("Na een jaar nog daar"), std::string("Na een jaar (%)")};
    std::vector<core::Breakdown> others;
    for (const auto& place : d.compared) {
        head.emplace_back(place.label + " (%)");
        others.push_back(core::BreakdownOf(place.sums, s.year, s.type));
    }
    flows.rows.push_back(std::move(head));
    for (const auto& row : own.rows) {
        TableRow cells = {
            std::string(core::DestinationLabel(row.to)), row.leavers.Text(), PercentCell(row.share),
            row.followed > 0 || row.stayed.hidden > 0 ? Cell(row.stayed.Text()) : Cell(),
            PercentCell(row.retention)};
        for (const auto& other : others) {
            const auto* there = other.Of(row.to);
            cells.push_back(PercentCell(there ? there->share : std::nullopt));
        }
        flows.rows.push_back(std::move(cells));
    }
    flows.rows.push_back(
        {std::string("Totaal"), own.all.Text(), Cell(), Cell(), PercentCell(own.retention)});
    sheets.push_back(std::move(flows));

    Sheet trend{"Door de jaren", {}};
    const auto destinations = DestinationsOver(d.sums, s.type);
    TableRow trend_head = {std::string("Jaar"), std::string("Aantal")};
    for (auto to : destinations)
        trend_head.emplace_back(std::string(core::DestinationLabel(to)) + " (%)");
    trend_head.emplace_back(std::string("Na een jaar (%)"));
    trend.rows.push_back(std::move(trend_head));
    for (int y : core::YearsOf(d.sums)) {
        const auto b = core::BreakdownOf(d.sums, y, s.type);
        if (b.empty()) continue;
        TableRow cells = {static_cast<double>(y), b.all.Text()};
        for (auto to : destinations) {
            const auto* row = b.Of(to);
            cells.push_back(PercentCell(row ? row->share : std::nullopt));
        }
        cells.push_back(PercentCell(b.retention));
        trend.rows.push_back(std::move(cells));
    }
    sheets.push_back(std::move(trend));
    for (auto& sheet : AttritionSheets(d, s)) sheets.push_back(std::move(sheet));
    for (auto& sheet : InflowSheets(d, s)) sheets.push_back(std::move(sheet));
    return sheets;
}

std::string DownloadName(const FlowSelection& s) {
    std::string type;
    for (char c : s.type.empty() ? std::string("alle") : s.type) type += c == ' ' ? '-' : c;
    return "doorstroom-" + type + "-" + std::to_string(s.year);
}

}  // namespace koers::web
