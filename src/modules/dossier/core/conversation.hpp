#pragma once
// The conversation around a loopbaandossier: reactions on an entry, written by the student, the
// mentor or the decaan, and the student's request for a loopbaangesprek. Declared as forms of the
// record kernel, so they are read, trimmed and checked like every other form.
#include "platform/core/records/form.hpp"

namespace koers::core {

// More reactions on one entry than a conversation needs; the next one is refused.
inline constexpr int kMaxCommentsPerEntry = 100;

// A reaction: one text field, "reactie". The student's label speaks to them ("je").
Form CommentForm(bool by_student);

// Asking for a gesprek: what about, one optional field "onderwerp".
Form TalkRequestForm();

}  // namespace koers::core
