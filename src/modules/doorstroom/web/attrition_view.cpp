#include "modules/doorstroom/web/attrition_view.hpp"

#include <optional>

#include "modules/doorstroom/core/figures.hpp"
#include "platform/web/http/parse.hpp"

namespace koers::web {
namespace {

// A count with its share: "12 (2,9%)", or "<5" without one.
std::string WithShare(const core::Total& count, const std::optional<double>& share) {
    return share ? count.Text() + " (" + core::PercentText(share) + ")" : count.Text();
}

std::optional<double> DroppedOf(const std::optional<core::AttritionSum>& sum) {
    return sum ? sum->DroppedShare() : std::nullopt;
}

// The uitval beside the places compared: "2,9% in 2025 (Regio Amstelland 3,1%, Nederland 2,7%)".
std::string DroppedBeside(const Dashboard& d, const FlowSelection& s,
                          const core::AttritionSum& own) {
    std::string text = core::PercentText(own.DroppedShare()) + " in " + std::to_string(s.year);
    for (size_t i = 0; i < d.compared.size(); ++i)
        text += (i == 0 ? " (" : ", ") + d.compared[i].label + " " +
                core::PercentText(
                    DroppedOf(core::AttritionOf(d.compared[i].attrition, s.year, s.type)));
    if (!d.compared.empty()) text += ")";
    return text;
}

View PlaceRow(const std::string& place, const std::optional<core::AttritionSum>& sum) {
    View row = Object();
    row.set("place", place);
    row.set("enrolled", sum ? sum->enrolled.Text() : std::string("–"));
    row.set("dropped", sum ? WithShare(sum->dropped, sum->DroppedShare()) : std::string("–"));
    row.set("switched", sum ? WithShare(sum->switched, sum->SwitchedShare()) : std::string("–"));
    return row;
}

}  // namespace

View AttritionView(const Dashboard& d, const FlowSelection& s) {
    const bool vestiging = d.group_param == "vestiging" && !d.group.empty();
    const bool school_has =
        vestiging && !d.compared.empty() && !d.compared.front().attrition.empty();
    if (d.attrition.empty() && !school_has) return View();
    View v = Object();
    v.set("type", TypeLabel(s.type));
    v.set("year", std::to_string(s.year));
    const auto own = core::AttritionOf(d.attrition, s.year, s.type);
    std::string note;
    if (vestiging)
        note = "Uitval en overstap zijn er alleen van de hele school, niet per vestiging.";
    else if (!own)
        note = "Van " + TypeLabel(s.type) + " in " + std::to_string(s.year) +
               " zijn er hier geen cijfers over uitval en overstap.";
    v.set("note", note);
    ViewList places;
    if (!vestiging) places.push_back(PlaceRow(d.place, own));
    for (const auto& place : d.compared)
        places.push_back(PlaceRow(place.label, core::AttritionOf(place.attrition, s.year, s.type)));
    v.set("places", std::move(places));

    const bool links = own && own->DroppedShare() && !d.new_goal_path.empty();
    v.set("goal_path",
          links
              ? d.new_goal_path + "?titel=" + UrlEncode("Minder uitval " + TypeLabel(s.type)) +
                    "&indicator=" +
                    UrlEncode("Aandeel van de leerlingen " + TypeLabel(s.type) +
                              " dat binnen een jaar zonder diploma uitvalt (uitval en overstap)") +
                    "&nulmeting=" + UrlEncode(DroppedBeside(d, s, *own))
              : std::string());
    v.set("evaluation_path",
          links ? d.evaluation_path + "?resultaten=" +
                      UrlEncode("Uitval " + TypeLabel(s.type) + ": " + DroppedBeside(d, s, *own) +
                                "; overgestapt " + core::PercentText(own->SwitchedShare()) + ".") +
                      "&bronnen=doorstroom"
                : std::string());

    ViewList trend;
    for (int y : core::YearsOf(d.attrition))
        if (const auto sum = core::AttritionOf(d.attrition, y, s.type)) {
            trend.push_back(PlaceRow(std::to_string(y), sum));
        }
    v.set("has_trend", !trend.empty());
    v.set("trend", std::move(trend));
    return v;
}

std::vector<Sheet> AttritionSheets(const Dashboard& d, const FlowSelection& s) {
    std::vector<Sheet> sheets;
    if (d.attrition.empty() || s.year == 0) return sheets;
    const TableRow head = {std::string("Plaats"),      std::string("Ingeschreven"),
                           std::string("Uitgevallen"), std::string("Uitgevallen (%)"),
                           std::string("Overgestapt"), std::string("Overgestapt (%)")};
    auto row = [](const std::string& label, const std::optional<core::AttritionSum>& sum) {
        if (!sum) return TableRow{label, Cell(), Cell(), Cell(), Cell(), Cell()};
        return TableRow{label,
                        sum->enrolled.Text(),
                        sum->dropped.Text(),
                        PercentCell(sum->DroppedShare()),
                        sum->switched.Text(),
                        PercentCell(sum->SwitchedShare())};
    };
    Sheet places{"Uitval en overstap " + std::to_string(s.year), {head}};
    places.rows.push_back(row(d.place, core::AttritionOf(d.attrition, s.year, s.type)));
    for (const auto& place : d.compared)
        places.rows.push_back(row(place.label, core::AttritionOf(place.attrition, s.year, s.type)));
    sheets.push_back(std::move(places));
    TableRow years_head = head;
    years_head[0] = std::string("Jaar");
    Sheet years{"Uitval door de jaren", {std::move(years_head)}};
    for (int y : core::YearsOf(d.attrition))
        if (const auto sum = core::AttritionOf(d.attrition, y, s.type))
            years.rows.push_back(row(std::to_string(y), sum));
    sheets.push_back(std::move(years));
    return sheets;
}

}  // namespace koers::web
