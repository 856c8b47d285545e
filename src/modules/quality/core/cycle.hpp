#pragma once
// The two-level PDCA cycle of one schooljaar (DOMAIN.md §3): for the school (beleid) and each
// team (werkplan), whether Plan, Do, Check and Act are done, what is overdue and what is next.
// Computed from counted facts, so the same rules serve a school's own overview and the
// region's status-only view.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace koers::core {

// A schooljaar runs from 1 August to 31 July and is named by the year it starts in.
int SchoolYearOf(int64_t unix_seconds);
std::string SchoolYearLabel(int start_year);  // "2026-2027"
// "2026" from a URL; nullopt unless a plausible year.
std::optional<int> ParseSchoolYear(std::string_view text);
// The month of a moment in Amsterdam, "2026-11": activities planned before it are overdue.
std::string MonthOf(int64_t unix_seconds);

struct TeamFacts {
    int64_t team_id = 0;
    std::string name;
    bool has_plan = false;
    bool adopted = false;  // werkplan vastgesteld
    int activities = 0;
    int done = 0;     // uitgevoerd
    int dropped = 0;  // vervallen
    int overdue = 0;  // still gepland in a month that has passed
    bool evaluated = false;
    bool adjusted = false;  // bijstellingen recorded
};

struct SchoolFacts {
    bool visie_adopted = false;
    bool beleid_adopted = false;
    int goals = 0;
    int goals_complete = 0;  // SMART: indicator, nulmeting, streefwaarde and deadline
    bool evaluated = false;
    bool body_evaluated = false;  // the yearly evaluation with the MR or studentenraad
    bool adjusted = false;
    // The school's own activities (in the beleid, school-wide action points among them),
    // counted as a team's are.
    TeamFacts own;
};

struct YearFacts {
    int start_year = 0;
    bool next_year_started = false;
    SchoolFacts school;
    std::vector<TeamFacts> teams;
};

enum class Step { kPlan, kDo, kCheck, kAct };
enum class StepState { kDone, kBusy, kOpen, kOverdue };

std::string_view StepLabel(Step step);             // "Plan", ...
std::string_view StepStateLabel(StepState state);  // "afgerond", "bezig", "open", "te laat"
std::string_view StepStateCode(StepState state);   // "done", "busy", "open", "overdue"

struct StepStatus {
    StepState state = StepState::kOpen;
    std::string detail;  // "3 van 4 doelen SMART"
};

struct LevelStatus {
    std::string name;                 // "School (LOB-beleid)" or the team's name
    std::optional<int64_t> team_id;   // unset for the school level
    std::array<StepStatus, 4> steps;  // Plan, Do, Check, Act
    std::string next;                 // the next thing to do, in Dutch
};

struct PdcaOverview {
    std::vector<LevelStatus> levels;  // the school first, then the teams in order
    int overdue = 0;                  // steps overdue over all levels
};

// When each step is due in schooljaar `start_year`: Plan by 1 October, Check by 1 July, Act by
// 1 August (the end of the schooljaar). Do is overdue per activity, by its month.
PdcaOverview Overview(const YearFacts& facts, int64_t now);

}  // namespace koers::core
