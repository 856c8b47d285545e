// Teams side by side: per team, the newest closed round of that team whose results may be shown
// (RoundResults::Visible: closed, at least kMinRespondents), next to the newest such round of the
// whole school, theme by theme. The rules of the results page hold per figure: a theme too few
// people answered shows no figure, a round without results does not appear, and someone tied to
// one team sees only that team's column.
#include <set>
#include <string>
#include <vector>

#include "modules/scan/web/paths.hpp"
#include "modules/scan/web/routes.hpp"
#include "modules/scan/web/scan_parts.hpp"
#include "modules/scan/web/scan_view.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/paths.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace scan_paths;
namespace {

using core::Permission;

struct Column {
    std::string label;  // the team's name, or "Hele school"
    std::shared_ptr<const RoundResults> results;
};

// The figure of theme `code` in `column`, nullopt when it has none (hidden, or not asked).
std::optional<double> FigureOf(const Column& column, const std::string& code) {
    const auto& themes = column.results->instrument->themes;
    for (size_t t = 0; t < themes.size(); ++t) {
        if (themes[t].code != code) continue;
        const auto& tally = column.results->result.themes[t];
        return tally.hidden ? std::nullopt : tally.Percent();
    }
    return std::nullopt;
}

std::vector<Column> Columns(Ctx& ctx, const storage::SchoolRecord& school) {
    auto& parts = ScanOf(ctx);
    std::vector<Column> out;
    std::set<int64_t> teams_seen;                                // 0: the whole school
    for (const auto& round : parts.scans.RoundsOf(school.id)) {  // newest first
        const int64_t key = round.team_id.value_or(0);
        if (!round.closed_at || teams_seen.count(key)) continue;
        if (round.team_id && !core::Allowed(ctx.user, Permission::kViewScanResults,
                                            core::Target::Team(school.id, *round.team_id)))
            continue;
        auto results = parts.scan.Results(round);
        if (!results->Visible()) continue;
        teams_seen.insert(key);
        std::string label = "Hele school";
        if (round.team_id) {
            const auto team = ctx.app.orgs.Team(*round.team_id);
            label = team ? "Team " + team->name : "Team";
        }
        Column column{std::move(label), std::move(results)};
        // The whole school first, then the teams in the order of their newest round.
        if (key == 0)
            out.insert(out.begin(), std::move(column));
        else
            out.push_back(std::move(column));
    }
    return out;
}

Response CompareTeams(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const std::vector<Column> columns = Columns(ctx, school);
    const bool whole_school = !columns.empty() && !columns.front().results->round.team_id;
    View v = Object();
    v.set("school", school.name);
    v.set("back", kRounds.With(school.id));
    v.set("min_respondents", std::to_string(core::kMinRespondents));
    size_t teams = 0;
    ViewList heads;
    for (const auto& c : columns) {
        teams += c.results->round.team_id ? 1 : 0;
        View h = Object();
        h.set("label", c.label);
        h.set("round", c.results->round.title);
        h.set("path", kResults.With(school.id, c.results->round.id));
        h.set("respondents", std::to_string(c.results->result.respondents));
        h.set("closed", core::FormatDateLong(*c.results->round.closed_at));
        heads.push_back(std::move(h));
    }
    v.set("has_teams", teams > 0);
    v.set("whole_school", whole_school);
    v.set("heads", std::move(heads));
    // Themes in the order of the newest instrument among the columns, each once.
    ViewList rows;
    std::set<std::string> listed;
    for (const auto& source : columns)
        for (const auto& theme : source.results->instrument->themes) {
            if (!listed.insert(theme.code).second) continue;
            const auto school_figure =
                whole_school ? FigureOf(columns.front(), theme.code) : std::nullopt;
            View row = Object();
            row.set("title", theme.title);
            ViewList cells;
            for (const auto& c : columns) {
                const auto figure = FigureOf(c, theme.code);
                View cell = Object();
                cell.set("percent", Percent(figure));
                const bool versus =
                    whole_school && c.results->round.team_id && figure && school_figure;
                cell.set("delta", versus ? Delta(*figure - *school_figure) : std::string());
                cell.set("delta_class",
                         versus ? DeltaClass(*figure - *school_figure) : std::string());
                cells.push_back(std::move(cell));
            }
            row.set("cells", std::move(cells));
            rows.push_back(std::move(row));
        }
    v.set("rows", std::move(rows));
    return RenderPage(ctx, "scan/teams", std::move(v), "Teams vergelijken · " + school.name);
}

}  // namespace

void AddScanComparisonRoutes(Router& r) {
    r.Get(kTeams, Access::School(Permission::kViewScanResults, "school"), CompareTeams);
}

}  // namespace koers::web
