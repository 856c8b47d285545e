#pragma once
// Is a goal SMART? Beyond the fields being filled (Gaps), what can be checked is checked and
// explained in Dutch: an indicator that says what is measured, a nulmeting and a streefwaarde
// that are figures in the same unit and differ (in the chosen direction), and a deadline within
// the schooljaar of the plan. A goal that fails is still saved, and shown as not yet SMART.
#include <string>
#include <vector>

#include "platform/core/records/form.hpp"

namespace koers::core {

// The problems of the goal `fields` in schooljaar `start_year` (1 August to 31 July), each a
// Dutch sentence; empty fields are left to Gaps.
std::vector<std::string> SmartProblems(const Fields& fields, int start_year);

}  // namespace koers::core
