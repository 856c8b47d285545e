#pragma once
// The conversation around a loopbaandossier on its pages: the reactions under an entry and the
// form to add one (the student, the mentor and the decaan alike), and the student's request for
// a loopbaangesprek, which tells the group's mentors by mail and shows on their group overview
// until a gesprek is recorded.
#include <cstdint>

#include "modules/dossier/web/dossier_view.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

// Adds to an entry's page its reactions ("comments": {who, basis, when, body}) and the form to
// add one ("comment_path", "comment_label", "comment_help"). A draft and its error, after a
// refused post, are the caller's ("comment_text", "comment_error").
void AddComments(Ctx& ctx, const StudentScope& scope, int64_t entry_id, View& v);

// Adds to the dossier page the open request for a gesprek ("talk_request": {when, note}) and,
// for the student without one, where to ask ("ask_path", "ask_label", "ask_help"); neither for a
// leaver, whose closed dossier holds no more gesprekken.
void AddTalkRequest(Ctx& ctx, const StudentScope& scope, View& v);

}  // namespace koers::web
