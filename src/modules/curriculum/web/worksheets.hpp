#pragma once
// An assignment's worksheets as its page shows them, and what a copy takes along.
#include <cstdint>
#include <optional>

#include "modules/curriculum/storage/assignment_repo.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

// At most 20 worksheets and 50 MB per assignment.
inline constexpr storage::FileLimits kWorksheetLimits{20, int64_t{50} * 1024 * 1024};

// Sets "worksheets_section" (whether there is anything to show), "worksheets" (title, href, kind,
// size; with `own`, a remove path each) and, with `own`, "worksheet_add" (the upload form's
// action). `school`: the reader's school, none for the public.
void AddWorksheetViews(Ctx& ctx, const storage::StoredAssignment& a, std::optional<int64_t> school,
                       bool own, View& v);
// The worksheet {werkblad} of assignment `assignment_id` as a download; 404 when it is not one
// of that assignment's. The caller decided that the reader may see the assignment.
Response WorksheetFile(Ctx& ctx, int64_t assignment_id);
// Gives the copy `copy_id` the worksheets of `original`.
void CopyWorksheets(Ctx& ctx, int64_t original, int64_t copy_id);

}  // namespace koers::web
