#include "modules/scan/web/theme_advice.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "modules/content/core/content.hpp"
#include "modules/content/web/content_parts.hpp"
#include "modules/scan/web/paths.hpp"
#include "modules/scan/web/scan_parts.hpp"
#include "modules/scan/web/scan_view.hpp"

namespace koers::web {

namespace {

// Per kind, how many items a theme links to: handreikingen first, then how a school did it.
constexpr std::pair<std::string_view, size_t> kReadingKinds[] = {{"kennisbank", 2},
                                                                 {"praktijkvoorbeeld", 1}};

// The sector's newest instrument (whose advice is the current one), or the round's own.
std::shared_ptr<const core::Instrument> AdviceSource(Ctx& ctx, const RoundResults& r) {
    auto& parts = ScanOf(ctx);
    if (const auto latest = parts.scans.LatestInstrumentId(r.instrument->sector))
        if (*latest != r.round.instrument_id) return parts.scan.InstrumentOf(*latest);
    return r.instrument;
}

const core::Theme* ThemeIn(const core::Instrument& ins, const std::string& code) {
    for (const auto& t : ins.themes)
        if (t.code == code) return &t;
    return nullptr;
}

// Published items on `terms`, newest first, at most kReadingKinds' counts.
ViewList Reading(Ctx& ctx, const std::vector<std::string>& terms) {
    auto& catalog = ContentOf(ctx).catalog;
    ViewList out;
    std::set<int64_t> seen;
    for (const auto& [kind, most] : kReadingKinds) {
        size_t taken = 0;
        for (const auto& term : terms) {
            core::SearchRequest req;
            req.filter.kind = std::string(kind);
            req.filter.thema = term;
            req.limit = most;
            req.now = ctx.app.clock.Now();
            const auto found = catalog.Search(req);
            for (const auto& hit : found->hits) {
                if (taken == most || !seen.insert(hit.doc.id).second) continue;
                View item = Object();
                item.set("title", hit.doc.title);
                item.set("path", core::ContentPath(hit.doc.kind, hit.doc.slug));
                item.set("kind", std::string(core::FindKind(hit.doc.kind)->singular));
                out.push_back(std::move(item));
                ++taken;
            }
        }
    }
    return out;
}

}  // namespace

ViewList ThemeAdvice(Ctx& ctx, const RoundResults& r, bool can_act) {
    const auto source = AdviceSource(ctx, r);
    const std::string results = scan_paths::kResults.With(r.round.school_id, r.round.id);
    ViewList out;
    for (const auto& theme : r.instrument->themes) {
        const core::Theme* advised = ThemeIn(*source, theme.code);
        if (!advised) advised = &theme;
        View item = Object();
        item.set("title", theme.title);
        item.set("anchor", "advies-" + theme.code);
        item.set("text", advised->advice);
        item.set("reading", Reading(ctx, advised->reading));
        item.set("more_path", advised->reading.empty()
                                  ? std::string()
                                  : std::string(core::FindKind("kennisbank")->path) +
                                        "?thema=" + advised->reading.front());
        item.set("action_path",
                 can_act ? results + "?actiepunt=" + theme.code + "#actiepunt" : std::string());
        out.push_back(std::move(item));
    }
    return out;
}

ViewList StartHere(const RoundResults& r, size_t count) {
    std::vector<std::pair<double, size_t>> scored;
    for (size_t t = 0; t < r.instrument->themes.size(); ++t) {
        const auto& tally = r.result.themes[t];
        if (const auto percent = tally.Percent(); percent && !tally.hidden)
            scored.emplace_back(*percent, t);
    }
    std::stable_sort(scored.begin(), scored.end());
    ViewList out;
    for (size_t i = 0; i < std::min(count, scored.size()); ++i) {
        const auto& theme = r.instrument->themes[scored[i].second];
        View item = Object();
        item.set("title", theme.title);
        item.set("anchor", "advies-" + theme.code);
        item.set("percent", Percent(scored[i].first));
        out.push_back(std::move(item));
    }
    return out;
}

}  // namespace koers::web
