#pragma once
// The zelfbeeld: a short self-assessment on the five loopbaancompetenties that a student fills in
// now and then (after each rapport, say), so they and their mentor see the trend. One statement
// per competency, scored on four steps in words a 13-year-old uses.
#include <optional>
#include <span>
#include <string_view>

#include "platform/core/records/form.hpp"

namespace koers::core {

inline constexpr int kSelfScaleMin = 1;
inline constexpr int kSelfScaleMax = 4;

// The four steps, "1" ("Dat vind ik nog lastig") to "4" ("Daar ben ik goed in").
std::span<const Option> SelfScale();

// Its form: the date, one required choice per competency (named by the competency's code) and
// an optional "toelichting".
Form SelfAssessmentForm();

// The step (1..4) the zelfbeeld gives `competency`, nullopt when there is none.
std::optional<int> ScoreOf(const Fields& fields, std::string_view competency);

}  // namespace koers::core
