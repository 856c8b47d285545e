#include "modules/scan/web/result_figures.hpp"

#include "modules/scan/web/result_views.hpp"
#include "modules/scan/web/scan_view.hpp"
#include "platform/web/render/templates.hpp"

namespace koers::web {
namespace {

// What templates/scan/results_figures.mustache reads.
View FiguresView(const RoundResults& r, bool print) {
    const auto& ins = *r.instrument;
    View v = Object();
    v.set("print", print);
    ViewList phases;
    for (int value : {1, 2, 3, 4, core::kDontKnow}) {
        View p = Object();
        p.set("label", std::string(ins.AnswerLabel(value)));
        p.set("class", "koers-phase-" + std::to_string(value));
        phases.push_back(std::move(p));
    }
    v.set("phases", std::move(phases));
    v.set("themes", ThemeTable(r));
    v.set("beside", BesideView(r));
    ViewList theme_details;
    for (size_t t = 0; t < ins.themes.size(); ++t) {
        View item = Object();
        item.set("title", ins.themes[t].title);
        item.set("anchor", "thema-" + ins.themes[t].code);
        item.set("parts", ThemeParts(r, t));
        theme_details.push_back(std::move(item));
    }
    v.set("theme_details", std::move(theme_details));
    v.set("has_comparison", r.comparison.has_value());
    if (r.previous) v.set("previous", r.previous->title);

    ViewList group_heads, groups;
    for (const auto& t : ins.themes) {
        View h = Object();
        h.set("title", t.title);
        group_heads.push_back(std::move(h));
    }
    for (const auto& g : r.result.groups) {
        View row = Object();
        row.set("label", g.label);
        row.set("respondents", std::to_string(g.respondents));
        ViewList cells;
        for (const auto& t : g.themes) cells.emplace_back(Percent(t.Percent()));
        row.set("cells", std::move(cells));
        groups.push_back(std::move(row));
    }
    v.set("group_heads", std::move(group_heads));
    v.set("groups", std::move(groups));
    v.set("has_groups", r.result.groups.size() > 1);

    ViewList diffs;
    for (const auto& d : r.result.differences) {
        View item = Object();
        item.set("text", ins.At(d.statement).text);
        item.set("high", d.high_label);
        item.set("high_mean", MeanPhase(d.high_mean));
        item.set("low", d.low_label);
        item.set("low_mean", MeanPhase(d.low_mean));
        diffs.push_back(std::move(item));
    }
    v.set("has_differences", !diffs.empty());
    v.set("differences", std::move(diffs));

    v.set("sector_schools", std::to_string(r.sector_schools));
    v.set("region_schools", std::to_string(r.region_schools));
    v.set("sector_ok", r.sector_schools >= core::kMinPeerSchools);
    v.set("region_ok", r.region_schools >= core::kMinPeerSchools);
    v.set("min_peers", std::to_string(core::kMinPeerSchools));
    return v;
}

}  // namespace

std::shared_ptr<const std::string> ResultFigures::Html(const RoundResults& r, bool print) {
    const std::pair<int64_t, bool> key{r.round.id, print};
    {
        std::lock_guard lock(mu_);
        if (auto it = kept_.find(key); it != kept_.end() && it->second.made == r.made)
            return it->second.html;
    }
    auto html = std::make_shared<const std::string>(
        Templates::Render("scan/results_figures", FiguresView(r, print)));
    std::lock_guard lock(mu_);
    auto& kept = kept_[key];
    if (kept.made <= r.made) kept = {r.made, html};  // never over a later making
    if (kept_.size() > kMaxKept) kept_.clear();      // a bound, not a policy
    return html;
}

}  // namespace koers::web
