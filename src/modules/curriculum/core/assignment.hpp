#pragma once
// An LOB assignment (opdracht) of the opdrachtenbank: what a student does, why, what it yields
// for the loopbaandossier, and where it fits (sector, level, leerjaar, competencies, elements,
// setting, duration, werkvorm, partner). Declared as a form of the platform's record kernel, so
// editing, checks and history come from there. A school keeps its assignments to itself or
// shares them with every school under a licence; a copy keeps who made the original.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/records/form.hpp"

namespace koers::core {

// The form of an assignment, fields in the order a teacher reads them.
const Form& AssignmentForm();

// Validate() of the form, plus: at least one competency and one element, because the
// curriculumplanner maps every activity onto them.
Validation CheckAssignment(const Fields& fields);

// The steps, one per line, without the numbers a teacher may have typed ("1.", "2)").
std::vector<std::string> AssignmentSteps(std::string_view text);

// Whether an assignment is only the school's own or in the shared bank.
inline constexpr std::string_view kPrivate = "prive";
inline constexpr std::string_view kShared = "gedeeld";

struct Licence {
    std::string_view code;   // stored
    std::string_view label;  // "CC BY 4.0"
    std::string_view says;   // what another school may do with it
    std::string_view url;
};
std::span<const Licence> Licences();
const Licence* LicenceOf(std::string_view code);
// Whether a school may share an assignment under `licence` when it is a copy of one shared
// under `original` ("" for an assignment of its own): a copy of a BY-SA original is shared under
// BY-SA only, one of a BY-NC original under BY-NC only; a BY original leaves the choice free.
bool LicenceAllowed(std::string_view original, std::string_view licence);

}  // namespace koers::core
