#pragma once
// The loopbaangesprek (DOMAIN.md §2): a conversation between mentor and student in four parts,
// terugblik, reflectie, vooruitblik and actie, and the library of questions a mentor picks from,
// per part and per loopbaancompetentie. The agreed actions become the student's to-do list.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/records/form.hpp"

namespace koers::core {

struct TalkPart {
    std::string_view code;   // "terugblik"
    std::string_view label;  // "Terugblik"
    std::string_view about;  // what the part is for, for the mentor
};

// The four parts in order.
std::span<const TalkPart> TalkParts();

struct TalkQuestion {
    std::string_view part;        // a TalkPart code
    std::string_view competency;  // a code of Competencies()
    std::string_view text;        // addressed to the student ("je")
};

// The built-in library: at least two questions per part and competency.
std::span<const TalkQuestion> TalkQuestions();

// A school's own question for the library: its part ("deel"), competency ("competentie") and
// text ("vraag", one line), each required.
Form SchoolQuestionForm();
// At most this many questions of its own per school.
inline constexpr int kMaxSchoolQuestions = 200;

// The form of a gesprek as the mentor records it: date, the four parts, the competencies it was
// about, and the agreed actions (one per line).
Form TalkForm();

// The agreed actions of a gesprek, one per non-empty line of its "actie" field.
std::vector<std::string> TalkActions(const Fields& fields);
// The student's to-do list holds the agreed actions of their latest this many gesprekken.
inline constexpr int kTalksOnTodoList = 3;

}  // namespace koers::core
