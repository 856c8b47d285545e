#pragma once
// Scoring of a LOB-scan round, pure and deterministic. A theme's score is the share of its rated
// answers that say gerealiseerd or geborgd, next to the mean phase (1..4); "weet ik niet" and
// unanswered statements are not rated. Individual answers never leave this file: results are
// tallies, and peer means need kMinPeerSchools schools.
//
// Anonymity holds per figure (docs/privacy.md, "LOB-scan"):
// 1. Groups under kMinGroupSize are merged into "overig"; when that is still too small, the
//    smallest shown group joins it.
// 2. Per statement, a figure (the total or a group's) that rests on 1 or 2 answers is hidden,
//    because not everyone answers every statement (leerlingen and ouders have questions of
//    their own, and anyone may skip one): a group of three can hold one person's answers. When the
//    hidden cells of a statement hold 1 or 2 answers together, the smallest shown cells are hidden
//    too, so no hidden figure can be found as the total minus the shown groups.
// 3. Theme figures are sums of the shown statement figures only, so a hidden one cannot be
//    found as a theme minus its other statements.
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "modules/scan/core/instrument.hpp"
#include "modules/scan/core/round.hpp"

namespace koers::core {

inline constexpr int8_t kUnanswered = -1;

// One submitted response: its group and an answer per flat statement index (kUnanswered,
// kDontKnow or a phase).
struct ScanResponse {
    Group group = Group::kDocenten;
    std::vector<int8_t> answers;
};

// Counts of answers: [0] weet ik niet, [1..4] the phases. A hidden tally (too few answers to
// show, see rule 2 above) has no counts.
struct Tally {
    std::array<int32_t, kPhases + 1> counts{};
    bool hidden = false;

    void Add(int answer);
    void Merge(const Tally& other);
    int32_t Rated() const;     // phases 1..4
    int32_t Realised() const;  // phases 3..4
    int64_t PhaseSum() const;
    int32_t Total() const;  // rated plus "weet ik niet"
    // Share realised in percent, and the mean phase; nullopt when nothing is rated.
    std::optional<double> Percent() const;
    std::optional<double> MeanPhase() const;
};

struct GroupResult {
    std::string key;    // a group code, or "overig"
    std::string label;  // "Docenten", "Overig (kleine groepen samen)"
    int respondents = 0;
    std::vector<Tally> themes;
    std::vector<Tally> statements;
};

// Where two groups see a statement most differently.
struct Difference {
    size_t statement = 0;  // flat index
    std::string high_label, low_label;
    double high_mean = 0, low_mean = 0;
    double Gap() const { return high_mean - low_mean; }
};

struct ScanResult {
    int respondents = 0;
    // Per theme of the instrument: the staff statements (every statement in older versions,
    // where leerlingen and ouders answered the short version). What rounds compare and peers
    // average.
    std::vector<Tally> themes;
    // Per Audience, per theme: the statements written for that audience, beside the staff view.
    std::array<std::vector<Tally>, kAudiences> audiences;
    std::vector<Tally> statements;  // per flat statement index
    // Shown groups in AllGroups order, "overig" last. Small groups are merged into "overig";
    // when they are too few even together, the smallest shown group joins them, so no group's
    // figures can be derived by subtracting the others from the total.
    std::vector<GroupResult> groups;
    std::vector<Difference> differences;  // largest first, at most kMaxDifferences
};

inline constexpr size_t kMaxDifferences = 5;
// A difference is worth showing from this gap in mean phase.
inline constexpr double kMinDifference = 0.5;

ScanResult Score(const Instrument& instrument, std::span<const ScanResponse> responses);

// A round's theme tallies by theme code: what is kept when a round closes, for comparisons.
struct ThemeTally {
    std::string theme_code;
    Tally tally;
};
std::vector<ThemeTally> ThemeTallies(const Instrument& instrument, const ScanResult& result);

// Change against an earlier round, matched by code (instruments may differ in version).
struct Change {
    std::optional<double> before;  // percent realised then; nullopt: not asked or not rated
    std::optional<double> after;
    std::optional<double> Delta() const;
};
struct Comparison {
    std::vector<Change> themes;      // per theme of the current instrument
    std::vector<Change> statements;  // per flat index of the current instrument
};
Comparison CompareRounds(const Instrument& now_instrument, const ScanResult& now,
                         const Instrument& before_instrument, const ScanResult& before);

// Other schools' latest closed rounds, for peer means.
struct PeerRound {
    int64_t school_id = 0;
    std::vector<ThemeTally> themes;
};
struct PeerMean {
    std::optional<double> percent;  // mean of the schools' percentages; nullopt below the threshold
    int schools = 0;                // schools with a rated answer on the theme
};
// Per theme code of `instrument`: the mean over schools (each school once, its latest round
// first in `rounds`), only when at least kMinPeerSchools schools contribute to that theme.
std::vector<PeerMean> PeerMeans(const Instrument& instrument, std::span<const PeerRound> rounds);
// Distinct schools in `rounds`.
int PeerSchoolCount(std::span<const PeerRound> rounds);

}  // namespace koers::core
