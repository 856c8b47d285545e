#include "modules/quality/web/activity_views.hpp"

#include <algorithm>
#include <string>

#include "modules/quality/core/forms.hpp"
#include "modules/quality/web/paths.hpp"
#include "modules/quality/web/quality_parts.hpp"
#include "modules/quality/web/record_editor.hpp"
#include "modules/scan/web/scan_parts.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/pages/page.hpp"

namespace koers::web {

using namespace quality_paths;
using core::Kind;

namespace {

// The LOB-scan action points the plan of `team_id` took already.
std::vector<std::string> Taken(Ctx& ctx, const YearScope& scope, std::optional<int64_t> team_id) {
    std::vector<std::string> out;
    auto add = [&](std::optional<int64_t> team) {
        for (const auto& a : QualityOf(ctx).quality.Records(scope.year.id, Kind::kActiviteit, team))
            if (auto id = core::FieldOf(a.record.fields, "scan_actie"); !id.empty())
                out.emplace_back(id);
    };
    add(team_id);
    if (team_id) add(std::nullopt);  // what the school does itself, a team need not take
    return out;
}

}  // namespace

ViewList ActivityViews(Ctx& ctx, const YearScope& scope, std::optional<int64_t> team_id,
                       bool links) {
    const core::Form form = FormFor(ctx, scope, Kind::kActiviteit);
    const auto* status = form.Find("status");
    const auto* goal = form.Find("doel");
    const std::string month = core::MonthOf(ctx.app.clock.Now());
    ViewList out;
    for (const auto& a :
         QualityOf(ctx).quality.Records(scope.year.id, Kind::kActiviteit, team_id)) {
        const auto& r = a.record;
        View item = Object();
        std::string path;
        if (links)
            path =
                team_id ? scope.Link(kActivity, *team_id, r.id) : scope.Link(kSchoolActivity, r.id);
        item.set("path", std::move(path));
        item.set("what", std::string(core::FieldOf(r.fields, "wat")));
        item.set("origin", std::string(core::FieldOf(r.fields, "herkomst")));
        item.set("group", std::string(core::FieldOf(r.fields, "doelgroep")));
        item.set("when", core::FormatIsoDateLong(r.due));
        item.set("who", std::string(core::FieldOf(r.fields, "wie")));
        item.set("goal", core::DisplayValue(*goal, core::FieldOf(r.fields, "doel")));
        const bool late = r.status == core::kGepland && !r.due.empty() && r.due < month;
        item.set("status", core::OptionLabel(*status, r.status) + (late ? " · te laat" : ""));
        item.set("state", r.status == core::kUitgevoerd  ? "done"
                          : late                         ? "overdue"
                          : r.status == core::kVervallen ? "open"
                                                         : "busy");
        item.set("note", std::string(core::FieldOf(r.fields, "toelichting")));
        out.push_back(std::move(item));
    }
    return out;
}

std::vector<OfferedAction> OfferedActions(Ctx& ctx, const YearScope& scope,
                                          std::optional<int64_t> team_id) {
    const std::vector<std::string> taken = Taken(ctx, scope, team_id);
    std::vector<OfferedAction> out;
    for (const auto& round : ScanOf(ctx).scans.RoundsOf(scope.school.id)) {
        if (round.team_id && round.team_id != team_id) continue;
        for (auto& a : ScanOf(ctx).scans.Actions(round.id))
            if (std::find(taken.begin(), taken.end(), std::to_string(a.id)) == taken.end())
                out.push_back({std::move(a), round});
    }
    return out;
}

ViewList ScanActionViews(Ctx& ctx, const YearScope& scope, std::optional<int64_t> team_id) {
    ViewList out;
    for (const auto& [a, round] : OfferedActions(ctx, scope, team_id)) {
        std::string theme = a.theme;
        for (const auto& t : ScanOf(ctx).scan.InstrumentOf(round.instrument_id)->themes)
            if (t.code == a.theme) theme = t.title;
        View item = Object();
        item.set("id", std::to_string(a.id));
        item.set("what", a.what);
        item.set("who", a.who);
        item.set("round", round.title);
        item.set("theme", theme);
        out.push_back(std::move(item));
    }
    return out;
}

void TakeScanActions(Ctx& ctx, const YearScope& scope, const storage::StoredRecord& plan) {
    const auto chosen = ctx.FieldValues("actie");
    if (chosen.empty()) throw core::InvalidInput("Kies minstens één actiepunt om over te nemen.");
    const std::optional<int64_t> team = plan.record.team_id;
    int added = 0;
    for (const auto& [a, round] : OfferedActions(ctx, scope, team)) {
        if (std::find(chosen.begin(), chosen.end(), std::to_string(a.id)) == chosen.end()) continue;
        core::Record r{.kind = Kind::kActiviteit, .team_id = team, .parent_id = plan.record.id};
        core::ApplyEdit(r, {{"wat", a.what},
                            {"wie", a.who},
                            {"maand", a.due.substr(0, 7)},
                            {"status", std::string(core::kGepland)},
                            {"herkomst", "Actiepunt uit de LOB-scan “" + round.title + "”"},
                            {"scan_actie", std::to_string(a.id)}});
        ThrowIfClosed(
            QualityOf(ctx).quality.Create(scope.year.id, r, AuthorOf(ctx), ctx.app.clock.Now()),
            scope);
        ++added;
    }
    if (added == 0)
        throw core::Conflict(team
                                 ? "Deze actiepunten staan al in het werkplan of bestaan niet meer."
                                 : "Deze actiepunten staan al in het schoolplan of bestaan niet "
                                   "meer.");
    SetFlash(ctx, "actiepunten-overgenomen");
}

void AddSchoolActivities(Ctx& ctx, const YearScope& scope, RecordPage& beleid) {
    if (!beleid.stored) return;  // activities belong to a beleid that exists
    beleid.view.set("activities_section", true);
    beleid.view.set("activities_heading", "Activiteiten van de hele school");
    beleid.view.set("activities_intro",
                    "Wat de school als geheel doet, naast de werkplannen van de teams.");
    beleid.view.set("activities", ActivityViews(ctx, scope, std::nullopt, true));
    if (!beleid.may_edit || !scope.year.open()) return;
    beleid.view.set("new_activity_path", scope.Link(kNewSchoolActivity));
    beleid.view.set("scan_actions", ScanActionViews(ctx, scope, std::nullopt));
    beleid.view.set("scan_action_path", scope.Link(kSchoolScanActions));
}

}  // namespace koers::web
