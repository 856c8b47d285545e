#include "modules/dossier/web/self_assessment_view.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "modules/dossier/core/entries.hpp"
#include "modules/dossier/core/self_assessment.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/web/render/charts.hpp"

namespace koers::web {
namespace {

std::string StepLabel(int step) {
    for (const auto& o : core::SelfScale())
        if (o.code == std::to_string(step)) return o.label;
    return {};
}

}  // namespace

void AddSelfAssessmentTrend(const std::vector<storage::DossierEntry>& entries, View& v) {
    std::vector<const storage::DossierEntry*> selves;
    for (const auto& e : entries)
        if (e.kind == core::EntryKind::kZelfbeeld) selves.push_back(&e);
    v.set("has_trend", !selves.empty());
    if (selves.empty()) return;
    // Oldest first, by the date the student gave (then by when it was written).
    std::sort(selves.begin(), selves.end(), [](const auto* a, const auto* b) {
        const auto da = core::FieldOf(a->fields, "datum"), db = core::FieldOf(b->fields, "datum");
        return da != db ? da < db : a->created_at < b->created_at;
    });
    if (selves.size() > kTrendLength)
        selves.erase(selves.begin(), selves.end() - static_cast<long>(kTrendLength));
    v.set("trend_last", core::FormatIsoDateLong(core::FieldOf(selves.back()->fields, "datum")));
    ViewList dates;
    for (const auto* e : selves)
        dates.push_back(View(core::FormatIsoDateLong(core::FieldOf(e->fields, "datum"))));
    v.set("trend_dates", std::move(dates));
    ViewList trend, rows;
    for (const auto& c : core::Competencies()) {
        std::vector<std::optional<double>> values;
        ViewList cells;
        for (const auto* e : selves) {
            const auto step = core::ScoreOf(e->fields, c.code);
            values.push_back(step ? std::optional<double>(*step) : std::nullopt);
            View cell = Object();
            cell.set("value", step ? std::to_string(*step) : std::string("–"));
            cells.push_back(std::move(cell));
        }
        View row = Object();
        row.set("label", c.label);
        row.set("cells", std::move(cells));
        rows.push_back(std::move(row));

        View item = Object();
        item.set("label", c.label);
        item.set("svg", SparklineSvg(values, core::kSelfScaleMin, core::kSelfScaleMax,
                                     "Verloop van " + core::CompetencyShortName(c.code)));
        const auto now = values.back();
        item.set("now", now ? StepLabel(static_cast<int>(*now)) : std::string("niet ingevuld"));
        std::string change;
        if (values.size() > 1 && now && values[values.size() - 2]) {
            const double before = *values[values.size() - 2];
            change = *now > before   ? "beter dan de vorige keer"
                     : *now < before ? "minder dan de vorige keer"
                                     : "net als de vorige keer";
        }
        item.set("change", change);
        trend.push_back(std::move(item));
    }
    v.set("trend", std::move(trend));
    v.set("trend_rows", std::move(rows));
}

}  // namespace koers::web
