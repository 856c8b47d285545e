// An assignment's worksheets (werkbladen): the school's staff add them to their own assignments
// (one file, checked by its content) and remove them; whoever may see the assignment downloads
// them, so the worksheets of a shared assignment are public, those of a private one the school's
// alone. A worksheet is found through its assignment, so any other id is 404.
#include <variant>

#include "modules/curriculum/web/curriculum_parts.hpp"
#include "modules/curriculum/web/paths.hpp"
#include "modules/curriculum/web/routes.hpp"
#include "modules/curriculum/web/worksheets.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/uploaded_file.hpp"

namespace koers::web {

using namespace curriculum_paths;
using core::Permission;
namespace {

Response Add(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto a = OwnAssignment(ctx, school.id);
    core::Validation v;
    int status = 400;
    if (const auto file = CheckTitledFile(ctx, v, status)) {
        const storage::StoredFile sheet{
            0, a.id, file->title, file->name, file->media_type, 0, ctx.app.clock.Now()};
        const auto added = CurriculumOf(ctx).worksheets.Add(sheet, *file->data, ctx.user->user_id,
                                                            kWorksheetLimits);
        if (std::holds_alternative<int64_t>(added)) {
            SetFlash(ctx, "werkblad-toegevoegd");
            return Redirect(kAssignment.With(school.id, a.id) + "#werkbladen");
        }
        throw core::Conflict(
            RefusedFile(std::get<storage::FileRefusal>(added), kWorksheetLimits, "deze opdracht"));
    }
    return ErrorPage(ctx, status, v.errors().front().message);
}

Response Remove(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto a = OwnAssignment(ctx, school.id);
    if (!CurriculumOf(ctx).worksheets.Remove(a.id, ctx.Id("werkblad"))) throw core::NotFound();
    SetFlash(ctx, "werkblad-verwijderd");
    return Redirect(kAssignment.With(school.id, a.id) + "#werkbladen");
}

Response Send(Ctx& ctx, std::optional<int64_t> school) {
    const auto a = CurriculumOf(ctx).assignments.Visible(school, ctx.Id("opdracht"));
    if (!a) throw core::NotFound();
    return WorksheetFile(ctx, a->id);
}

Response SchoolDownload(Ctx& ctx) { return Send(ctx, SchoolParam(ctx).id); }
Response PublicDownload(Ctx& ctx) { return Send(ctx, std::nullopt); }

}  // namespace

void AddWorksheetRoutes(Router& r) {
    const auto use = Access::School(Permission::kUseAssignments, "school");
    r.Upload(kWorksheets, use, Add);
    r.Post(kRemoveWorksheet, use, Remove);
    r.Get(kWorksheet, use, SchoolDownload);
    r.Get(kPublicWorksheet, Access::Public(), PublicDownload);
}

}  // namespace koers::web
