// The results of a LOB-scan round: theme scores with a radar chart, statements with their
// distribution, groups, the largest differences between groups, the change since the previous
// round, peer means (only above the threshold), comments without names, what to do next per
// theme (theme_advice.hpp), action points, and the same figures as CSV and XLSX. Also the region's
// aggregate view.
#include "modules/scan/web/paths.hpp"
#include "modules/scan/web/result_export.hpp"
#include "modules/scan/web/result_views.hpp"
#include "modules/scan/web/routes.hpp"
#include "modules/scan/web/scan_parts.hpp"
#include "modules/scan/web/scan_view.hpp"
#include "modules/scan/web/theme_advice.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/paths.hpp"
#include "platform/web/pages/table_download.hpp"
#include "platform/web/render/charts.hpp"
#include "platform/web/render/shapes.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace scan_paths;
namespace {

using core::Permission;

View ResultsView(Ctx& ctx, const RoundResults& r) {
    const auto& ins = *r.instrument;
    View v = RoundSummary(r.round, ctx.app.clock.Now());
    v.set("school", r.school.name);
    v.set("back", kRounds.With(r.school.id));
    v.set("respondents", std::to_string(r.result.respondents));
    v.set("visible", r.Visible());
    v.set("running", !r.round.closed_at.has_value());
    v.set("min_respondents", std::to_string(core::kMinRespondents));
    v.set("instrument", ins.title);
    // The report (`?afdrukken`): the closed round's results without forms, buttons or links
    // that only work on screen, and every comment unfolded.
    const bool print = r.Visible() && ctx.QueryParam("afdrukken").has_value();
    const bool can_run =
        !print && core::Allowed(ctx.user, Permission::kRunScan, core::Target::School(r.school.id));
    v.set("print", print);
    v.set("printed", core::FormatDateLong(ctx.app.clock.Now()));
    v.set("print_path", kResults.With(r.round.school_id, r.round.id) + "?afdrukken");
    v.set("page_path", kResults.With(r.round.school_id, r.round.id));
    v.set("can_run", can_run);
    v.set("csv_path", kResultsCsv.With(r.round.school_id, r.round.id));
    v.set("xlsx_path", kResultsXlsx.With(r.round.school_id, r.round.id));
    v.set("actions_path", kActions.With(r.round.school_id, r.round.id));
    // The theme of an action point being typed, or the one whose "maak er een actiepunt van"
    // was followed.
    const std::string chosen =
        ctx.Posted("theme") ? ctx.Field("theme") : ctx.QueryParam("actiepunt").value_or("");
    ViewList themes_for_actions;
    for (const auto& t : ins.themes)
        themes_for_actions.push_back(ChoiceView(t.code, t.title, t.code == chosen));
    v.set("action_themes", std::move(themes_for_actions));
    ViewList actions;
    for (const auto& a : ScanOf(ctx).scans.Actions(r.round.id)) {
        View item = Object();
        item.set("what", a.what);
        item.set("who", a.who);
        if (auto due = core::ParseLocalInput(a.due)) item.set("due", core::FormatDateLong(*due));
        for (const auto& t : ins.themes)
            if (t.code == a.theme) item.set("theme", t.title);
        item.set("delete_path", kDeleteAction.With(r.round.school_id, r.round.id, a.id));
        actions.push_back(std::move(item));
    }
    v.set("has_actions", !actions.empty());
    v.set("actions", std::move(actions));
    if (!r.Visible()) return v;

    v.set("figures", ScanOf(ctx).figures.Html(r, print));  // shared, not copied
    v.set("start_here", StartHere(r, 2));
    v.set("theme_advice", ThemeAdvice(ctx, r, can_run));
    return v;
}

Response ResultsPage(Ctx& ctx, const core::Validation& errors, int status) {
    const auto round = ScanOf(ctx).scan.RoundOf(ctx.Id("school"), ctx.Id("round"));
    const auto results = ScanOf(ctx).scan.Results(round);
    View v = ResultsView(ctx, *results);
    v.set("what", ctx.Field("what"));
    v.set("who", ctx.Field("who"));
    v.set("due", ctx.Field("due"));
    AddErrors(v, errors);
    return RenderPage(ctx, "scan/results", std::move(v), "Resultaten · " + round.title, status);
}

Response ShowResults(Ctx& ctx) { return ResultsPage(ctx, {}, 200); }

Response Download(Ctx& ctx, bool xlsx) {
    const auto round = ScanOf(ctx).scan.RoundOf(ctx.Id("school"), ctx.Id("round"));
    const auto results = ScanOf(ctx).scan.Results(round);
    if (!results->Visible())
        throw core::NotFound("Er zijn nog te weinig ingeleverde antwoorden om te downloaden.");
    const auto sheets = ResultSheets(*results);
    return TableDownload(sheets, "lob-scan-ronde-" + std::to_string(round.id), xlsx);
}

Response DownloadCsv(Ctx& ctx) { return Download(ctx, false); }
Response DownloadXlsx(Ctx& ctx) { return Download(ctx, true); }

Response AddAction(Ctx& ctx) {
    const auto round = ScanOf(ctx).scan.RoundOf(ctx.Id("school"), ctx.Id("round"));
    const auto instrument = ScanOf(ctx).scan.InstrumentOf(round.instrument_id);
    std::vector<std::string> codes;
    for (const auto& t : instrument->themes) codes.push_back(t.code);
    const core::ActionInput in{ctx.Field("what"), ctx.Field("who"), core::Trim(ctx.Field("due")),
                               ctx.Field("theme")};
    auto v = core::ValidateAction(in, codes);
    if (!v.ok()) return ResultsPage(ctx, v, 400);
    ScanOf(ctx).scans.AddAction({0, round.id, in.theme, core::Trim(in.what), core::Trim(in.who),
                                 in.due, ctx.app.clock.Now()},
                                ctx.user->user_id);
    SetFlash(ctx, "actie-opgeslagen");
    return Redirect(kResults.With(round.school_id, round.id) + "#acties");
}

Response DeleteAction(Ctx& ctx) {
    const auto round = ScanOf(ctx).scan.RoundOf(ctx.Id("school"), ctx.Id("round"));
    if (!ScanOf(ctx).scans.DeleteAction(round.id, ctx.Id("action"))) throw core::NotFound();
    SetFlash(ctx, "actie-verwijderd");
    return Redirect(kResults.With(round.school_id, round.id) + "#acties");
}

// --- the region --------------------------------------------------------------------------------

Response RegionScan(Ctx& ctx) {
    const int64_t region_id = ctx.Id("region");
    auto region = ctx.app.orgs.Region(region_id);
    if (!region) throw core::NotFound();
    View v = Object();
    v.set("region", region->name);
    v.set("back", platform_paths::kRegion.With(region_id));
    v.set("min_peers", std::to_string(core::kMinPeerSchools));
    ViewList sectors;
    for (const char* sector : {"vo", "mbo", "hbo"}) {
        auto latest = ScanOf(ctx).scans.LatestInstrument(sector);
        if (!latest) continue;
        const auto instrument = ScanOf(ctx).scan.InstrumentOf(latest->id);
        std::vector<core::PeerRound> rounds;
        for (const auto& r : ScanOf(ctx).scans.ClosedRounds(sector, 0, region_id))
            rounds.push_back({r.school_id, r.themes});
        const int schools = core::PeerSchoolCount(rounds);
        View item = Object();
        item.set("sector", std::string(sector));
        item.set("schools", std::to_string(schools));
        item.set("enough", schools >= core::kMinPeerSchools);
        if (schools >= core::kMinPeerSchools) {
            const auto means = core::PeerMeans(*instrument, rounds);
            ViewList rows;
            for (size_t t = 0; t < instrument->themes.size(); ++t) {
                View row = Object();
                row.set("title", instrument->themes[t].title);
                row.set("percent", Percent(means[t].percent));
                rows.push_back(std::move(row));
            }
            item.set("rows", std::move(rows));
        }
        sectors.push_back(std::move(item));
    }
    v.set("sectors", std::move(sectors));
    return RenderPage(ctx, "scan/region", std::move(v), "LOB-scan in de regio · " + region->name);
}

}  // namespace

void AddScanResultRoutes(Router& r) {
    // A team round's results are that team's: a teamleider tied to another team does not read them.
    const auto view = Access::School(Permission::kViewScanResults, "school").Within(TeamOfRound);
    const auto run = Access::School(Permission::kRunScan, "school").Within(TeamOfRound);
    r.Get(kResults, view, ShowResults);
    r.Get(kResultsCsv, view, DownloadCsv);
    r.Get(kResultsXlsx, view, DownloadXlsx);
    r.Post(kActions, run, AddAction);
    r.Post(kDeleteAction, run, DeleteAction);
    r.Get(kRegion, Access::Region(Permission::kViewRegion, "region"), RegionScan);
}

}  // namespace koers::web
