#include "modules/scan/web/result_views.hpp"

#include "modules/scan/core/round.hpp"
#include "modules/scan/web/scan_view.hpp"
#include "platform/core/common/validation.hpp"
#include "platform/web/render/charts.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {
namespace {

std::string PeerText(const std::vector<core::PeerMean>& peers, size_t t) {
    if (t >= peers.size() || !peers[t].percent) return "–";
    return Percent(peers[t].percent);
}

}  // namespace

View ThemeTable(const RoundResults& r) {
    const auto& ins = *r.instrument;
    View v = Object();
    ViewList rows;
    std::vector<std::string> axes;
    RadarSeries now{"Deze ronde", "koers-series-now", {}};
    RadarSeries before{"Vorige ronde", "koers-series-before", {}};
    RadarSeries peers{"Scholen in de sector", "koers-series-peers", {}};
    bool any_peer = false;
    for (size_t t = 0; t < ins.themes.size(); ++t) {
        const auto& tally = r.result.themes[t];
        View row = Object();
        row.set("title", ins.themes[t].title);
        row.set("anchor", "thema-" + ins.themes[t].code);
        row.set("percent", Percent(tally.Percent()));
        row.set("mean", MeanPhase(tally.MeanPhase()));
        row.set("rated", std::to_string(tally.Rated()));
        row.set("dont_know", std::to_string(tally.counts[0]));
        if (r.comparison) {
            const auto& c = r.comparison->themes[t];
            row.set("before", Percent(c.before));
            row.set("delta", Delta(c.Delta()));
            row.set("delta_class", DeltaClass(c.Delta()));
            before.values.push_back(c.before);
        }
        row.set("sector", PeerText(r.sector_peers, t));
        row.set("region", PeerText(r.region_peers, t));
        if (t < r.sector_peers.size() && r.sector_peers[t].percent) any_peer = true;
        peers.values.push_back(t < r.sector_peers.size() ? r.sector_peers[t].percent
                                                         : std::nullopt);
        axes.push_back(ins.themes[t].title);
        now.values.push_back(tally.Percent());
        rows.push_back(std::move(row));
    }
    std::vector<RadarSeries> series = {now};
    if (r.comparison) series.push_back(before);
    if (any_peer) series.push_back(peers);
    v.set("rows", std::move(rows));
    v.set("radar",
          RadarSvg(axes, series, "Radar van de thema's: percentage gerealiseerd of geborgd"));
    ViewList legend;
    for (const auto& s : series) {
        View item = Object();
        item.set("label", s.label);
        item.set("class", s.css_class);
        legend.push_back(std::move(item));
    }
    v.set("legend", std::move(legend));
    return v;
}

namespace {

// The statements of one theme written for `audience`.
ViewList Statements(const RoundResults& r, size_t theme, core::Audience audience) {
    const auto& ins = *r.instrument;
    ViewList out;
    size_t i = 0;
    for (size_t t = 0; t < theme; ++t) i += ins.themes[t].statements.size();
    for (const auto& s : ins.themes[theme].statements) {
        if (s.audience != audience) {
            ++i;
            continue;
        }
        const auto& tally = r.result.statements[i];
        View row = Object();
        row.set("text", s.text);
        // Too few answers to show without making someone recognisable (core/scoring.hpp).
        row.set("hidden", tally.hidden);
        if (tally.hidden) {
            ViewList dashes;
            for (int k = 0; k < 5; ++k) {
                View c = Object();
                c.set("n", "–");
                dashes.push_back(std::move(c));
            }
            row.set("counts", std::move(dashes));
            row.set("percent", "–");
            row.set("bar", "");
            row.set("delta", "–");
            row.set("delta_class", "");
            row.set("comments", ViewList{});
            out.push_back(std::move(row));
            ++i;
            continue;
        }
        std::vector<BarSegment> segments;
        ViewList counts;
        for (int value : {1, 2, 3, 4, core::kDontKnow}) {
            const auto n = tally.counts.at(static_cast<size_t>(value));
            segments.push_back({static_cast<double>(n), "koers-phase-" + std::to_string(value)});
            View c = Object();
            c.set("n", std::to_string(n));
            counts.push_back(std::move(c));
        }
        row.set("bar", StackedBarSvg(segments, "Verdeling van de antwoorden"));
        row.set("counts", std::move(counts));
        row.set("percent", Percent(tally.Percent()));
        row.set("mean", MeanPhase(tally.MeanPhase()));
        if (r.comparison) {
            const auto d = r.comparison->statements[i].Delta();
            row.set("delta", r.comparison->statements[i].before ? Delta(d) : std::string("nieuw"));
            row.set("delta_class", DeltaClass(d));
        }
        ViewList comments;
        for (const auto& [code, text] : r.comments)
            if (code == s.code) comments.emplace_back(text);
        row.set("comments", std::move(comments));
        out.push_back(std::move(row));
        ++i;
    }
    return out;
}

// The audiences the round asked that have questions of their own in its instrument (staff
// always first).
std::vector<core::Audience> Audiences(const RoundResults& r) {
    std::vector<core::Audience> out;
    for (auto a : core::kAllAudiences) {
        bool asked = a == core::Audience::kStaff;
        for (auto g : r.round.groups) asked = asked || core::AudienceOf(g) == a;
        if (asked && r.instrument->HasOwnQuestions(a)) out.push_back(a);
    }
    return out;
}

// "leerlingen en ouders", "studenten, ouders en oud-studenten": the audiences after staff.
std::string Others(const std::vector<core::Audience>& audiences, std::string_view sector) {
    std::vector<std::string> labels;
    for (size_t i = 1; i < audiences.size(); ++i)
        labels.push_back(core::AsciiLower(core::AudienceLabel(audiences[i], sector)));
    return core::DutchList(labels);
}

}  // namespace

ViewList ThemeParts(const RoundResults& r, size_t theme) {
    const auto& ins = *r.instrument;
    const auto audiences = Audiences(r);
    ViewList parts;
    for (auto a : audiences) {
        ViewList statements = Statements(r, theme, a);
        if (statements.empty()) continue;
        View part = Object();
        part.set("heading", audiences.size() > 1 ? core::AudienceLabel(a, ins.sector) : "");
        ViewList scale;
        for (int value : {1, 2, 3, 4, core::kDontKnow}) {
            View p = Object();
            p.set("label", std::string(ins.AnswerLabel(value, a)));
            scale.push_back(std::move(p));
        }
        part.set("scale", std::move(scale));
        part.set("statements", std::move(statements));
        parts.push_back(std::move(part));
    }
    return parts;
}

View BesideView(const RoundResults& r) {
    const auto& ins = *r.instrument;
    const auto audiences = Audiences(r);
    View v = Object();
    v.set("shown", audiences.size() > 1);
    v.set("who", Others(audiences, ins.sector));
    ViewList heads;
    for (auto a : audiences) {
        View h = Object();
        h.set("label", core::AudienceLabel(a, ins.sector));
        heads.push_back(std::move(h));
    }
    v.set("heads", std::move(heads));
    ViewList rows;
    for (size_t t = 0; t < ins.themes.size(); ++t) {
        View row = Object();
        row.set("title", ins.themes[t].title);
        ViewList cells;
        for (auto a : audiences)
            cells.emplace_back(Percent(r.result.audiences.at(static_cast<size_t>(a))[t].Percent()));
        row.set("cells", std::move(cells));
        rows.push_back(std::move(row));
    }
    v.set("rows", std::move(rows));
    // "klopt grotendeels" or "klopt helemaal": the upper two points of the first own scale.
    if (audiences.size() > 1) {
        const auto& own = ins.ScaleFor(audiences[1]);
        v.set("agree", "\"" + own[2].label + "\" of \"" + own[3].label + "\"");
    }
    return v;
}

}  // namespace koers::web
