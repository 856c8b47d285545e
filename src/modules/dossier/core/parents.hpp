#pragma once
// What a parent or verzorger may see of a student's loopbaandossier, by the student's age
// (DOMAIN.md §6): under 16 a summary and the outcomes of the loopbaangesprekken; from 16 only
// what the student shares with them; from 18 the student decides everything.
#include <optional>
#include <string_view>

namespace koers::core {

enum class ParentRule { kSummary, kWhatIsShared, kStudentDecides };

// Whole years from `birth_date` to `today`, both "YYYY-MM-DD"; nullopt when either is malformed
// or the birth date lies after today.
std::optional<int> AgeOn(std::string_view birth_date, std::string_view today);

ParentRule ParentRuleFor(int age);

// Why the parent sees what they see, for the parent ("u").
std::string_view ParentRuleReason(ParentRule rule);

}  // namespace koers::core
