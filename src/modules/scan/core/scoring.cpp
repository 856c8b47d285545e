#include "modules/scan/core/scoring.hpp"

#include <algorithm>
#include <set>

namespace koers::core {
namespace {

GroupResult EmptyGroup(const Instrument& ins, std::string key, std::string label) {
    GroupResult g;
    g.key = std::move(key);
    g.label = std::move(label);
    g.themes.resize(ins.themes.size());
    g.statements.resize(ins.StatementCount());
    return g;
}

void AddResponse(const ScanResponse& r, std::vector<Tally>& statements) {
    const size_t n = std::min(r.answers.size(), statements.size());
    for (size_t i = 0; i < n; ++i)
        if (r.answers[i] != kUnanswered) statements[i].Add(r.answers[i]);
}

// Theme tallies as sums of statement tallies: of every statement, or of one audience's.
void SumThemes(const Instrument& ins, const std::vector<Tally>& statements,
               std::vector<Tally>& themes, std::optional<Audience> only = std::nullopt) {
    themes.resize(ins.themes.size());
    size_t i = 0;
    for (size_t t = 0; t < ins.themes.size(); ++t)
        for (const auto& s : ins.themes[t].statements) {
            if (!only || s.audience == *only) themes[t].Merge(statements[i]);
            ++i;
        }
}

void Fill(GroupResult& g, std::span<const ScanResponse> responses,
          const std::vector<size_t>& members) {
    for (size_t m : members) AddResponse(responses[m], g.statements);
    g.respondents += static_cast<int>(members.size());
}

void Hide(Tally& t) {
    t = Tally{};
    t.hidden = true;
}

// Rule 2 of scoring.hpp for one statement: `total` and each group's cell.
void SuppressStatement(Tally& total, std::vector<Tally*>& cells) {
    const int32_t answers = total.Total();
    if (answers > 0 && answers < kMinGroupSize) {
        Hide(total);
        for (Tally* c : cells) Hide(*c);
        return;
    }
    int32_t hidden = 0;
    for (Tally* c : cells) {
        const int32_t n = c->Total();
        if (n > 0 && n < kMinGroupSize) {
            hidden += n;
            Hide(*c);
        }
    }
    // Hidden answers that the total minus the shown cells would give back: hide the smallest
    // shown cells with them until they are at least kMinGroupSize together.
    while (hidden > 0 && hidden < kMinGroupSize) {
        Tally* smallest = nullptr;
        for (Tally* c : cells)
            if (!c->hidden && c->Total() > 0 && (!smallest || c->Total() <= smallest->Total()))
                smallest = c;
        if (!smallest) break;
        hidden += smallest->Total();
        Hide(*smallest);
    }
}

std::vector<Difference> Differences(const Instrument& ins, const std::vector<GroupResult>& groups) {
    std::vector<Difference> out;
    if (groups.size() < 2) return out;
    for (size_t i = 0; i < ins.StatementCount(); ++i) {
        const GroupResult* high = nullptr;
        const GroupResult* low = nullptr;
        for (const auto& g : groups) {
            auto mean = g.statements[i].MeanPhase();
            if (!mean) continue;
            if (!high || *mean > *high->statements[i].MeanPhase()) high = &g;
            if (!low || *mean < *low->statements[i].MeanPhase()) low = &g;
        }
        if (!high || high == low) continue;
        Difference d{i, high->label, low->label, *high->statements[i].MeanPhase(),
                     *low->statements[i].MeanPhase()};
        if (d.Gap() >= kMinDifference - 1e-9) out.push_back(std::move(d));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Difference& a, const Difference& b) { return a.Gap() > b.Gap(); });
    if (out.size() > kMaxDifferences) out.resize(kMaxDifferences);
    return out;
}

std::optional<double> PercentOf(const std::vector<ThemeTally>& tallies, std::string_view code) {
    for (const auto& t : tallies)
        if (t.theme_code == code) return t.tally.Percent();
    return std::nullopt;
}

}  // namespace

void Tally::Add(int answer) {
    if (answer >= kDontKnow && answer <= kPhases) ++counts.at(static_cast<size_t>(answer));
}

void Tally::Merge(const Tally& other) {
    for (size_t i = 0; i < counts.size(); ++i) counts.at(i) += other.counts.at(i);
}

int32_t Tally::Rated() const { return counts[1] + counts[2] + counts[3] + counts[4]; }
int32_t Tally::Realised() const { return counts[3] + counts[4]; }
int32_t Tally::Total() const { return Rated() + counts[0]; }

int64_t Tally::PhaseSum() const {
    int64_t sum = 0;
    for (int p = 1; p <= kPhases; ++p) sum += int64_t{p} * counts.at(static_cast<size_t>(p));
    return sum;
}

std::optional<double> Tally::Percent() const {
    if (Rated() == 0) return std::nullopt;
    return 100.0 * Realised() / Rated();
}

std::optional<double> Tally::MeanPhase() const {
    if (Rated() == 0) return std::nullopt;
    return static_cast<double>(PhaseSum()) / Rated();
}

ScanResult Score(const Instrument& ins, std::span<const ScanResponse> responses) {
    ScanResult out;
    out.respondents = static_cast<int>(responses.size());
    out.statements.resize(ins.StatementCount());
    for (const auto& r : responses) AddResponse(r, out.statements);

    // Members per group; then the shown groups and the small ones.
    std::vector<GroupResult> shown;
    std::vector<std::vector<size_t>> shown_members;
    std::vector<size_t> small;
    for (Group g : AllGroups()) {
        std::vector<size_t> members;
        for (size_t i = 0; i < responses.size(); ++i)
            if (responses[i].group == g) members.push_back(i);
        if (members.empty()) continue;
        if (static_cast<int>(members.size()) < kMinGroupSize) {
            small.insert(small.end(), members.begin(), members.end());
            continue;
        }
        shown.push_back(EmptyGroup(ins, std::string(GroupCode(g)), GroupLabel(g, ins.sector)));
        shown_members.push_back(std::move(members));
    }
    if (!small.empty() && static_cast<int>(small.size()) < kMinGroupSize && !shown.empty()) {
        // Too few to stand alone: the smallest shown group (the last of equals) joins them.
        size_t smallest = 0;
        for (size_t i = 0; i < shown.size(); ++i)
            if (shown_members[i].size() <= shown_members[smallest].size()) smallest = i;
        small.insert(small.end(), shown_members[smallest].begin(), shown_members[smallest].end());
        shown.erase(shown.begin() + static_cast<std::ptrdiff_t>(smallest));
        shown_members.erase(shown_members.begin() + static_cast<std::ptrdiff_t>(smallest));
    }
    for (size_t i = 0; i < shown.size(); ++i) Fill(shown[i], responses, shown_members[i]);
    if (static_cast<int>(small.size()) >= kMinGroupSize) {
        std::sort(small.begin(), small.end());
        shown.push_back(EmptyGroup(ins, "overig", "Overig (kleine groepen samen)"));
        Fill(shown.back(), responses, small);
    }
    for (size_t i = 0; i < ins.StatementCount(); ++i) {
        std::vector<Tally*> cells;
        cells.reserve(shown.size());
        for (auto& g : shown) cells.push_back(&g.statements[i]);
        SuppressStatement(out.statements[i], cells);
    }
    for (size_t a = 0; a < kAudiences; ++a)
        SumThemes(ins, out.statements, out.audiences.at(a), static_cast<Audience>(a));
    out.themes = out.audiences[0];
    for (auto& g : shown) SumThemes(ins, g.statements, g.themes);
    out.groups = std::move(shown);
    out.differences = Differences(ins, out.groups);
    return out;
}

std::vector<ThemeTally> ThemeTallies(const Instrument& ins, const ScanResult& result) {
    std::vector<ThemeTally> out;
    out.reserve(ins.themes.size());
    for (size_t t = 0; t < ins.themes.size() && t < result.themes.size(); ++t)
        out.push_back({ins.themes[t].code, result.themes[t]});
    return out;
}

std::optional<double> Change::Delta() const {
    if (!before || !after) return std::nullopt;
    return *after - *before;
}

Comparison CompareRounds(const Instrument& now_ins, const ScanResult& now,
                         const Instrument& before_ins, const ScanResult& before) {
    Comparison c;
    const auto before_themes = ThemeTallies(before_ins, before);
    for (size_t t = 0; t < now_ins.themes.size(); ++t)
        c.themes.push_back(
            {PercentOf(before_themes, now_ins.themes[t].code), now.themes[t].Percent()});
    for (size_t i = 0; i < now_ins.StatementCount(); ++i) {
        Change ch{std::nullopt, now.statements[i].Percent()};
        if (auto j = before_ins.IndexOf(now_ins.At(i).code); j && *j < before.statements.size())
            ch.before = before.statements[*j].Percent();
        c.statements.push_back(ch);
    }
    return c;
}

std::vector<PeerMean> PeerMeans(const Instrument& ins, std::span<const PeerRound> rounds) {
    std::vector<PeerMean> out(ins.themes.size());
    std::vector<double> sums(ins.themes.size(), 0.0);
    std::set<int64_t> seen;
    for (const auto& r : rounds) {
        if (!seen.insert(r.school_id).second) continue;  // the school's latest round only
        for (size_t t = 0; t < ins.themes.size(); ++t) {
            auto p = PercentOf(r.themes, ins.themes[t].code);
            if (!p) continue;
            sums[t] += *p;
            ++out[t].schools;
        }
    }
    for (size_t t = 0; t < out.size(); ++t)
        if (out[t].schools >= kMinPeerSchools) out[t].percent = sums[t] / out[t].schools;
    return out;
}

int PeerSchoolCount(std::span<const PeerRound> rounds) {
    std::set<int64_t> schools;
    for (const auto& r : rounds) schools.insert(r.school_id);
    return static_cast<int>(schools.size());
}

}  // namespace koers::core
