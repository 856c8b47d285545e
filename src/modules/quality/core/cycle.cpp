#include "modules/quality/core/cycle.hpp"

#include <algorithm>
#include <cstdio>

#include "platform/core/common/dates.hpp"
#include "platform/core/common/numbers.hpp"

namespace koers::core {
namespace {

int64_t Midnight(int year, int month, int day) {
    char text[40];  // room for any int, so the compiler can see nothing is cut off
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    return ParseLocalInput(text).value_or(0);
}

struct Deadlines {
    int64_t plan, check, act;
};

Deadlines DeadlinesOf(int start_year) {
    return {Midnight(start_year, 10, 1), Midnight(start_year + 1, 7, 1),
            Midnight(start_year + 1, 8, 1)};
}

StepStatus Due(bool done, int64_t due, int64_t now, std::string detail) {
    if (done) return {StepState::kDone, std::move(detail)};
    return {now >= due ? StepState::kOverdue : StepState::kOpen, std::move(detail)};
}

std::string Count(int n, int of, std::string_view what) {
    return std::to_string(n) + " van " + std::to_string(of) + " " + std::string(what);
}

StepStatus TeamDo(const TeamFacts& t) {
    std::string detail = Count(t.done, t.activities, "uitgevoerd");
    if (t.dropped > 0) detail += " · " + std::to_string(t.dropped) + " vervallen";
    if (t.overdue > 0) detail += " · " + std::to_string(t.overdue) + " te laat";
    if (t.activities > 0 && t.done + t.dropped == t.activities) return {StepState::kDone, detail};
    if (t.overdue > 0) return {StepState::kOverdue, detail};
    if (t.done + t.dropped > 0) return {StepState::kBusy, detail};
    return {StepState::kOpen, detail};
}

std::string NextOf(const LevelStatus& level, bool school) {
    constexpr std::array<std::string_view, 4> kSchool = {
        "LOB-visie en -beleid vaststellen", "Teams voeren hun werkplannen uit",
        "Beleid evalueren, ook met de medezeggenschap", "Bijstellingen vastleggen"};
    constexpr std::array<std::string_view, 4> kTeam = {
        "Werkplan met activiteiten vaststellen", "Activiteiten uitvoeren en bijhouden",
        "Werkplan evalueren", "Bijstellingen vastleggen"};
    for (size_t i = 0; i < level.steps.size(); ++i)
        if (level.steps[i].state != StepState::kDone)
            return std::string(school ? kSchool[i] : kTeam[i]);
    return "Alles afgerond";
}

LevelStatus SchoolLevel(const YearFacts& f, const Deadlines& d, int64_t now) {
    const SchoolFacts& s = f.school;
    LevelStatus level;
    level.name = "School (LOB-beleid)";
    std::string plan = std::string(s.visie_adopted ? "visie vastgesteld" : "visie concept") +
                       " · " + (s.beleid_adopted ? "beleid vastgesteld" : "beleid concept") +
                       " · " + Count(s.goals_complete, s.goals, "doelen SMART");
    level.steps[0] =
        Due(s.visie_adopted && s.beleid_adopted && s.goals > 0 && s.goals_complete == s.goals,
            d.plan, now, std::move(plan));
    int teams_done = 0, overdue = 0, busy = 0;
    for (const auto& t : f.teams) {
        const auto state = TeamDo(t).state;
        teams_done += state == StepState::kDone;
        overdue += state == StepState::kOverdue;
        busy += state == StepState::kBusy || t.adopted;
    }
    const int teams = static_cast<int>(f.teams.size());
    std::string doing = Count(teams_done, teams, "teams klaar");
    // The school's own activities count as one more plan that must be carried out.
    const auto own = TeamDo(s.own).state;
    const bool has_own = s.own.activities > 0;
    if (has_own) doing += " · schoolbreed " + Count(s.own.done, s.own.activities, "uitgevoerd");
    if ((teams > 0 || has_own) && teams_done == teams && (!has_own || own == StepState::kDone)) {
        level.steps[1] = {StepState::kDone, doing};
    } else if (overdue > 0 || (has_own && own == StepState::kOverdue)) {
        if (overdue > 0)
            doing +=
                " · " + std::to_string(overdue) + (overdue == 1 ? " team" : " teams") + " te laat";
        if (has_own && own == StepState::kOverdue)
            doing += " · " + std::to_string(s.own.overdue) + " schoolbreed te laat";
        level.steps[1] = {StepState::kOverdue, doing};
    } else {
        const bool started = busy > 0 || (has_own && own == StepState::kBusy);
        level.steps[1] = {started ? StepState::kBusy : StepState::kOpen, doing};
    }
    level.steps[2] = Due(s.evaluated && s.body_evaluated, d.check, now,
                         std::string(s.evaluated ? "geëvalueerd" : "nog niet geëvalueerd") + " · " +
                             (s.body_evaluated ? "met medezeggenschap besproken"
                                               : "nog niet met medezeggenschap besproken"));
    level.steps[3] = Due(s.adjusted || f.next_year_started, d.act, now,
                         f.next_year_started ? "nieuw schooljaar gestart"
                         : s.adjusted        ? "bijstellingen vastgelegd"
                                             : "nog geen bijstellingen");
    level.next = NextOf(level, true);
    return level;
}

LevelStatus TeamLevel(const YearFacts& f, const TeamFacts& t, const Deadlines& d, int64_t now) {
    LevelStatus level;
    level.name = t.name;
    level.team_id = t.team_id;
    std::string plan = !t.has_plan ? "geen werkplan"
                       : t.adopted ? "werkplan vastgesteld"
                                   : "werkplan concept";
    plan += " · " + std::to_string(t.activities) +
            (t.activities == 1 ? " activiteit" : " activiteiten");
    level.steps[0] = Due(t.has_plan && t.adopted && t.activities > 0, d.plan, now, plan);
    level.steps[1] = TeamDo(t);
    level.steps[2] =
        Due(t.evaluated, d.check, now, t.evaluated ? "geëvalueerd" : "nog niet geëvalueerd");
    level.steps[3] = Due(t.adjusted || f.next_year_started, d.act, now,
                         f.next_year_started ? "nieuw schooljaar gestart"
                         : t.adjusted        ? "bijstellingen vastgelegd"
                                             : "nog geen bijstellingen");
    level.next = NextOf(level, false);
    return level;
}

}  // namespace

int SchoolYearOf(int64_t unix_seconds) {
    const std::string month = MonthOf(unix_seconds);
    const auto year = static_cast<int>(ParseInt(std::string_view(month).substr(0, 4)).value_or(0));
    return ParseInt(std::string_view(month).substr(5, 2)).value_or(0) >= 8 ? year : year - 1;
}

std::string SchoolYearLabel(int start_year) {
    return std::to_string(start_year) + "-" + std::to_string(start_year + 1);
}

std::optional<int> ParseSchoolYear(std::string_view text) {
    if (text.size() != 4) return std::nullopt;
    const auto year = ParseInt(text, 2000, 2100);
    if (!year) return std::nullopt;
    return static_cast<int>(*year);
}

std::string MonthOf(int64_t unix_seconds) { return FormatLocalInput(unix_seconds).substr(0, 7); }

std::string_view StepLabel(Step step) {
    constexpr std::array<std::string_view, 4> kLabels = {"Plan", "Do", "Check", "Act"};
    return kLabels[static_cast<size_t>(step)];
}

std::string_view StepStateLabel(StepState state) {
    constexpr std::array<std::string_view, 4> kLabels = {"afgerond", "bezig", "open", "te laat"};
    return kLabels[static_cast<size_t>(state)];
}

std::string_view StepStateCode(StepState state) {
    constexpr std::array<std::string_view, 4> kCodes = {"done", "busy", "open", "overdue"};
    return kCodes[static_cast<size_t>(state)];
}

PdcaOverview Overview(const YearFacts& facts, int64_t now) {
    const Deadlines d = DeadlinesOf(facts.start_year);
    PdcaOverview out;
    out.levels.reserve(facts.teams.size() + 1);
    out.levels.push_back(SchoolLevel(facts, d, now));
    for (const auto& t : facts.teams) out.levels.push_back(TeamLevel(facts, t, d, now));
    for (const auto& level : out.levels)
        out.overdue += static_cast<int>(
            std::count_if(level.steps.begin(), level.steps.end(),
                          [](const StepStatus& s) { return s.state == StepState::kOverdue; }));
    return out;
}

}  // namespace koers::core
