#include "modules/curriculum/web/worksheets.hpp"

#include "modules/curriculum/web/curriculum_parts.hpp"
#include "modules/curriculum/web/paths.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/pages/uploaded_file.hpp"

namespace koers::web {

using namespace curriculum_paths;

void AddWorksheetViews(Ctx& ctx, const storage::StoredAssignment& a, std::optional<int64_t> school,
                       bool own, View& v) {
    ViewList out;
    for (const auto& f : CurriculumOf(ctx).worksheets.Of(a.id)) {
        View item = StoredFileView(
            f, school ? kWorksheet.With(*school, a.id, f.id) : kPublicWorksheet.With(a.id, f.id));
        if (own && school) item.set("remove_path", kRemoveWorksheet.With(*school, a.id, f.id));
        out.push_back(std::move(item));
    }
    v.set("worksheets_section", !out.empty() || (own && school));
    v.set("worksheets", std::move(out));
    if (own && school) v.set("worksheet_add", kWorksheets.With(*school, a.id));
}

Response WorksheetFile(Ctx& ctx, int64_t assignment_id) {
    auto& sheets = CurriculumOf(ctx).worksheets;
    const auto sheet = sheets.Find(assignment_id, ctx.Id("werkblad"));
    auto data = sheet ? sheets.Data(assignment_id, sheet->id) : std::nullopt;
    if (!data) throw core::NotFound();
    return FileResponse(sheet->media_type, sheet->name, std::move(*data), false);
}

void CopyWorksheets(Ctx& ctx, int64_t original, int64_t copy_id) {
    auto& sheets = CurriculumOf(ctx).worksheets;
    auto files = sheets.Of(original);
    // Of() gives the latest first; the copy gets them in the order they were added.
    for (auto it = files.rbegin(); it != files.rend(); ++it) {
        auto data = sheets.Data(original, it->id);
        if (!data) continue;
        storage::StoredFile copy = *it;
        copy.owner_id = copy_id;
        sheets.Add(copy, *data, ctx.user->user_id, kWorksheetLimits);
    }
}

}  // namespace koers::web
