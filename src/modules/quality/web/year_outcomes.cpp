#include "modules/quality/web/year_outcomes.hpp"

#include <map>
#include <optional>
#include <string>

#include "modules/quality/core/cycle.hpp"
#include "modules/quality/core/forms.hpp"
#include "modules/quality/web/paths.hpp"
#include "modules/quality/web/quality_parts.hpp"
#include "modules/scan/core/round.hpp"
#include "modules/scan/web/paths.hpp"
#include "modules/scan/web/scan_parts.hpp"
#include "modules/scan/web/scan_view.hpp"
#include "platform/core/records/fields.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace quality_paths;
using core::Kind;

namespace {

// The closed school-wide rounds of the schooljaar whose results may be shown: per theme code,
// "67% (+12)" of the latest such round.
struct ScanFigures {
    bool visible = false;  // may this person read scan results at all
    ViewList rounds;
    std::map<std::string, std::string> by_theme;
};

ScanFigures ScanOfYear(Ctx& ctx, const YearScope& scope) {
    ScanFigures out;
    out.visible = Can(ctx, core::Permission::kViewScanResults, scope);
    if (!out.visible) return out;
    auto& parts = ScanOf(ctx);
    for (const auto& round : parts.scans.RoundsOf(scope.school.id)) {
        if (round.team_id || !round.closed_at) continue;
        if (core::SchoolYearOf(*round.closed_at) != scope.year.start_year) continue;
        const auto results = parts.scan.Results(round);
        const RoundResults& r = *results;
        if (!r.Visible()) continue;
        View item = Object();
        item.set("title", round.title);
        item.set("path", scan_paths::kResults.With(scope.school.id, round.id));
        item.set("respondents", std::to_string(r.result.respondents));
        ViewList themes;
        for (size_t t = 0; t < r.instrument->themes.size(); ++t) {
            const auto& tally = r.result.themes[t];
            const std::string percent = Percent(tally.hidden ? std::nullopt : tally.Percent());
            std::string delta;
            if (r.comparison) delta = Delta(r.comparison->themes[t].Delta());
            View row = Object();
            row.set("title", r.instrument->themes[t].title);
            row.set("percent", percent);
            row.set("delta", delta);
            themes.push_back(std::move(row));
            // Rounds come newest first: the first round's figure is the one a goal is judged by.
            std::string figure = percent;
            if (!delta.empty()) figure.append(" (").append(delta).append(")");
            out.by_theme.emplace(r.instrument->themes[t].code, std::move(figure));
        }
        item.set("themes", std::move(themes));
        out.rounds.push_back(std::move(item));
    }
    return out;
}

ViewList GoalOutcomes(Ctx& ctx, const YearScope& scope, const ScanFigures& scan) {
    const core::Form form = FormFor(ctx, scope, Kind::kDoel);
    const auto* verdict = form.Find("oordeel");
    const auto* themes = form.Find("themas");
    ViewList out;
    for (const auto& g : QualityOf(ctx).quality.Records(scope.year.id, Kind::kDoel)) {
        const auto& f = g.record.fields;
        View item = Object();
        item.set("title", std::string(core::FieldOf(f, "titel")));
        item.set("path", scope.Link(kGoal, g.record.id));
        item.set("baseline", std::string(core::FieldOf(f, "nulmeting")));
        item.set("target", std::string(core::FieldOf(f, "streefwaarde")));
        item.set("result", std::string(core::FieldOf(f, "resultaat")));
        const std::string_view judged = core::FieldOf(f, "oordeel");
        item.set("verdict", judged.empty() ? "" : core::OptionLabel(*verdict, judged));
        item.set("state", judged == "behaald" ? "done" : judged == "niet" ? "overdue" : "busy");
        ViewList scores;
        for (const auto& code : core::SplitChoices(core::FieldOf(f, "themas"))) {
            const auto figure = scan.by_theme.find(code);
            if (figure == scan.by_theme.end()) continue;
            scores.push_back(View(core::OptionLabel(*themes, code) + ": " + figure->second));
        }
        item.set("scores", std::move(scores));
        out.push_back(std::move(item));
    }
    return out;
}

// Each team's activities, and first the school's own (in the beleid) when it has any.
ViewList TeamOutcomes(Ctx& ctx, const YearScope& scope) {
    ViewList out;
    const auto facts = QualityOf(ctx).quality.Facts(scope.year, ctx.app.clock.Now());
    std::vector<const core::TeamFacts*> rows;
    if (facts.school.own.activities > 0) rows.push_back(&facts.school.own);
    for (const auto& t : facts.teams) rows.push_back(&t);
    for (const auto* row : rows) {
        const auto& t = *row;
        const bool school = row == &facts.school.own;
        View item = Object();
        item.set("school", school);
        item.set("name", school ? std::string("Schoolbreed (beleid)") : t.name);
        item.set("path",
                 school ? scope.Link(kSchoolActivities) : scope.Link(kPlanEvaluation, t.team_id));
        item.set("activities", std::to_string(t.activities));
        item.set("done", std::to_string(t.done));
        item.set("dropped", std::to_string(t.dropped));
        item.set("open", std::to_string(t.activities - t.done - t.dropped));
        item.set("evaluated", t.evaluated);
        out.push_back(std::move(item));
    }
    return out;
}

}  // namespace

View YearOutcomes(Ctx& ctx, const YearScope& scope) {
    ScanFigures scan = ScanOfYear(ctx, scope);
    View v = Object();
    v.set("goals", GoalOutcomes(ctx, scope, scan));
    v.set("teams", TeamOutcomes(ctx, scope));
    v.set("scan", scan.visible);
    v.set("min_respondents", std::to_string(core::kMinRespondents));
    v.set("rounds", std::move(scan.rounds));
    return v;
}

}  // namespace koers::web
