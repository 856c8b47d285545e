#pragma once
// One assignment as its page shows it, to a school's staff and to anyone: its texts, its steps
// numbered, where it fits (facts), who made it, its licence and, for a copy, the original.
#include <optional>

#include "modules/curriculum/storage/assignment_repo.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

// {title, school, shared, licence{label, says, url}, origin{title, school, licence, href},
//  sections[{heading, text}], steps[], facts[{label, value}], updated}. The original links to
// its page in the school's bank when `school` is given, else to the public bank's.
View AssignmentView(const storage::StoredAssignment& a, std::optional<int64_t> school,
                    bool original_visible);

}  // namespace koers::web
