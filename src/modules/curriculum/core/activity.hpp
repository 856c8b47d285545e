#pragma once
// An activity of a school's curriculumplanner: something students do in one leerjaar and
// periode, mapped to the loopbaancompetenties and the elements ervaren, reflecteren and kiezen,
// often taken from the opdrachtenbank. The planner follows the Expertisepunt's four steps:
// inventariseren (what the school already does: fase "bestaand"), in kaart brengen (the coverage
// below shows the gaps), plannen (what is added: fase "gepland") and evalueren (what worked:
// evaluatie and oordeel). Declared as a form of the record kernel, like the assignments.
#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "platform/core/records/form.hpp"

namespace koers::core {

const Form& ActivityForm();

// Validate() of the form, plus at least one competency and one element: an activity that maps
// to nothing cannot be placed in the coverage.
Validation CheckActivity(const Fields& fields);

// Whether the activity has an evaluation to pass on (its text or its oordeel).
bool HasEvaluation(const Fields& fields);

inline constexpr int kPlannerYears = 6;
inline constexpr int kPlannerPeriods = 4;

// "leerjaar 1" to "leerjaar 6", for an activity's and a bank assignment's choice.
std::vector<Option> SchoolYearOptions();
inline constexpr size_t kCompetencyCount = 5;
inline constexpr size_t kElementCount = 3;

// fase: what the school already did before it planned, or what it planned since.
inline constexpr std::string_view kExisting = "bestaand";
inline constexpr std::string_view kPlanned = "gepland";

// Where an activity sits and what it covers: bit i of `competencies` is option i of
// LoopbaanCompetencies(), of `elements` option i of LeeromgevingElements(). A leerjaar or
// periode of 0 is none (never stored: the form requires both).
struct Placement {
    int leerjaar = 0;
    int periode = 0;
    uint8_t competencies = 0;
    uint8_t elements = 0;
};
Placement PlacementOf(const Fields& fields);
// The codes of the options whose bits are set, comma-separated, as a kChoices field holds them.
std::string CompetencyCodes(uint8_t mask);
std::string ElementCodes(uint8_t mask);

// How many activities cover each leerjaar × competentie × element: an activity counts once in
// every cell of its leerjaar for each competency and element it has. A cell of 0 is a gap.
struct Coverage {
    std::array<std::array<std::array<int, kElementCount>, kCompetencyCount>, kPlannerYears>
        counts{};
    int Count(int leerjaar, size_t competency, size_t element) const {
        return counts[static_cast<size_t>(leerjaar - 1)][competency][element];
    }
    int Gaps(int leerjaar) const;  // cells of 0 in the leerjaar
    // The counts of leerjaren `from` to `to` together (those outside 1-6 left out).
    std::array<std::array<int, kElementCount>, kCompetencyCount> Span(int from, int to) const;
    // Counts `times` activities at `place` (one outside leerjaar 1-6 counts nowhere).
    void Add(const Placement& place, int times = 1);
};
Coverage CoverageOf(std::span<const Placement> activities);

}  // namespace koers::core
