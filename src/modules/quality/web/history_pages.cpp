// Looking back: every saved version of the schooljaar's records (who changed which fields,
// when), and a schooljaar side by side with the one before it.
#include <map>
#include "modules/quality/web/quality_parts.hpp"

#include "modules/quality/core/forms.hpp"
#include "modules/quality/web/paths.hpp"
#include "modules/quality/web/quality_view.hpp"
#include "modules/quality/web/routes.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/records/record_views.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace quality_paths;
namespace {

using core::Kind;
using core::Permission;

constexpr int kHistoryLimit = 200;

// A short name for a record in lists: its title, activity or task, else the kind.
std::string RecordName(const core::Fields& f, Kind kind) {
    for (const char* name : {"titel", "wat", "taak", "datum"})
        if (const auto v = core::FieldOf(f, name); !v.empty())
            return std::string(core::KindLabel(kind)) + ": " + std::string(v);
    return std::string(core::KindLabel(kind));
}

Response ShowHistory(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    std::optional<int64_t> record;
    if (auto param = ctx.QueryParam("record")) {
        record = ParsePositiveId(*param);
        if (!record) throw core::NotFound();
    }
    auto revisions = QualityOf(ctx).quality.Revisions(scope.year.id, record, kHistoryLimit);
    std::map<int64_t, std::string> teams;
    for (const auto& t : ctx.app.orgs.Teams(scope.school.id)) teams[t.id] = t.name;
    // Oldest first, so each version is compared with the one before it.
    std::map<int64_t, core::Fields> previous;
    std::map<std::pair<Kind, bool>, core::Form> forms;
    ViewList items;
    for (auto it = revisions.rbegin(); it != revisions.rend(); ++it) {
        const auto& r = *it;
        const bool team_level = r.kind == Kind::kEvaluatie && r.team_id.has_value();
        // A form per kind, built once: building one may read the goals and the instrument.
        auto cached = forms.find({r.kind, team_level});
        if (cached == forms.end())
            cached =
                forms
                    .emplace(std::pair{r.kind, team_level}, FormFor(ctx, scope, r.kind, team_level))
                    .first;
        const core::Form& form = cached->second;
        const auto before = previous.find(r.record_id);
        View item = Object();
        std::string name = RecordName(r.fields, r.kind);
        if (r.team_id && teams.count(*r.team_id)) name += " (" + teams[*r.team_id] + ")";
        item.set("name", name);
        item.set("path", scope.Link(kHistory) + "?record=" + std::to_string(r.record_id));
        item.set("when", core::FormatDateTime(r.at));
        item.set("who", r.user_name);
        item.set("version", std::to_string(r.version));
        item.set("note", r.note);
        const auto changes = core::Changes(
            form, before == previous.end() ? core::Fields{} : before->second, r.fields);
        // One record: every change in full. The whole year: which fields changed.
        std::string labels;
        for (const auto& c : changes) labels += (labels.empty() ? "" : ", ") + c.label;
        item.set("labels", labels);
        item.set("changes", record ? ChangeViews(changes) : ViewList{});
        previous[r.record_id] = r.fields;
        items.push_back(std::move(item));
    }
    std::reverse(items.begin(), items.end());
    View v = Object();
    v.set("school", scope.school.name);
    v.set("year", scope.label());
    v.set("year_path", scope.Link(kYear));
    v.set("one_record", record.has_value());
    v.set("all_path", scope.Link(kHistory));
    v.set("revisions", std::move(items));
    v.set("limited", static_cast<int>(revisions.size()) == kHistoryLimit);
    return RenderPage(ctx, "quality/history", std::move(v),
                      "Geschiedenis " + scope.label() + " · " + scope.school.name);
}

// "6 activiteiten, 4 uitgevoerd"
std::string Activities(const core::TeamFacts& t) {
    return std::to_string(t.activities) +
           (t.activities == 1 ? " activiteit, " : " activiteiten, ") + std::to_string(t.done) +
           " uitgevoerd";
}

View SingleComparison(Ctx& ctx, const YearScope& scope, int64_t previous_year, Kind kind) {
    const auto now = QualityOf(ctx).quality.Single(scope.year.id, kind, std::nullopt);
    const auto before = QualityOf(ctx).quality.Single(previous_year, kind, std::nullopt);
    const core::Form form = FormFor(ctx, scope, kind);
    View v = Object();
    v.set("title", std::string(core::KindLabel(kind)));
    v.set("status_before", before ? StatusText(before->record) : "niet vastgelegd");
    v.set("status_now", now ? StatusText(now->record) : "niet vastgelegd");
    auto changes = core::Changes(form, before ? before->record.fields : core::Fields{},
                                 now ? now->record.fields : core::Fields{});
    v.set("same", changes.empty());
    v.set("changes", ChangeViews(changes));
    return v;
}

Response Compare(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    const auto previous = QualityOf(ctx).quality.Year(scope.school.id, scope.year.start_year - 1);
    if (!previous) throw core::NotFound("Er is geen vorig schooljaar om mee te vergelijken.");
    const std::string before_label = core::SchoolYearLabel(previous->start_year);
    View v = Object();
    v.set("school", scope.school.name);
    v.set("year", scope.label());
    v.set("year_path", scope.Link(kYear));
    v.set("before", before_label);
    v.set("documents", ListOf(SingleComparison(ctx, scope, previous->id, Kind::kVisie),
                              SingleComparison(ctx, scope, previous->id, Kind::kBeleid)));
    // Goals matched through the record they continue.
    std::map<int64_t, storage::StoredRecord> old_goals;
    for (auto& g : QualityOf(ctx).quality.Records(previous->id, Kind::kDoel))
        old_goals.emplace(g.record.id, std::move(g));
    const core::Form goal_form = FormFor(ctx, scope, Kind::kDoel);
    ViewList goals;
    for (const auto& g : QualityOf(ctx).quality.Records(scope.year.id, Kind::kDoel)) {
        View item = Object();
        item.set("title", std::string(core::FieldOf(g.record.fields, "titel")));
        item.set("target_now", std::string(core::FieldOf(g.record.fields, "streefwaarde")));
        item.set("baseline_now", std::string(core::FieldOf(g.record.fields, "nulmeting")));
        auto old = g.source_id ? old_goals.find(*g.source_id) : old_goals.end();
        item.set("new", old == old_goals.end());
        if (old != old_goals.end()) {
            const auto& f = old->second.record.fields;
            item.set("result_before", std::string(core::FieldOf(f, "resultaat")));
            item.set("judgement_before",
                     core::DisplayValue(*goal_form.Find("oordeel"), core::FieldOf(f, "oordeel")));
            old_goals.erase(old);
        }
        goals.push_back(std::move(item));
    }
    ViewList finished;
    for (const auto& [id, g] : old_goals)
        finished.emplace_back(std::string(core::FieldOf(g.record.fields, "titel")));
    v.set("goals", std::move(goals));
    v.set("finished", std::move(finished));
    const int64_t now = ctx.app.clock.Now();
    const auto facts_before = QualityOf(ctx).quality.Facts(*previous, now);
    const auto facts_now = QualityOf(ctx).quality.Facts(scope.year, now);
    ViewList teams;
    for (size_t i = 0; i < facts_now.teams.size(); ++i) {
        const auto& t = facts_now.teams[i];
        View item = Object();
        item.set("name", t.name);
        item.set("now", Activities(t));
        std::string before = "geen werkplan";
        for (const auto& b : facts_before.teams)
            if (b.team_id == t.team_id && b.has_plan) before = Activities(b);
        item.set("before", before);
        teams.push_back(std::move(item));
    }
    v.set("teams", std::move(teams));
    return RenderPage(ctx, "quality/compare", std::move(v),
                      "Vergelijken " + before_label + " en " + scope.label());
}

}  // namespace

void AddQualityHistoryRoutes(Router& r) {
    const auto view = Access::School(Permission::kViewQuality, "school");
    r.Get(kHistory, view, ShowHistory);
    r.Get(kCompare, view, Compare);
}

}  // namespace koers::web
