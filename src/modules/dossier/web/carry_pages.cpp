// Taking the loopbaandossier along: the student downloads it (a zip with a readable page and
// the JSON document, or the document alone) and reads a document from a previous school into
// their dossier here. Only the student themselves: a mentor or decaan never downloads a
// student's dossier.
#include <string>

#include "modules/dossier/web/dossier_export.hpp"
#include "modules/dossier/web/dossier_parts.hpp"
#include "modules/dossier/web/dossier_view.hpp"
#include "modules/dossier/web/paths.hpp"
#include "modules/dossier/web/routes.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/web/pages/page.hpp"

namespace koers::web {

using namespace dossier_paths;
using core::Permission;
namespace {

View CarryView(const StudentScope& scope) {
    const auto& s = scope.student;
    View v = Object();
    v.set("dossier_path", kDossier.With(s.school_id, s.id));
    v.set("zip_path", kExportZip.With(s.school_id, s.id));
    v.set("json_path", kExportJson.With(s.school_id, s.id));
    v.set("carry_path", kCarry.With(s.school_id, s.id));
    v.set("erase_path", kErase.With(s.school_id, s.id));
    v.set("shares_path", kShares.With(s.school_id, s.id));
    v.set("schema_path", std::string(kSchema.pattern()));
    return v;
}

Response CarryPage(Ctx& ctx) {
    return RenderPage(ctx, "dossier/carry", CarryView(LoadOwnStudent(ctx)), "Je dossier meenemen");
}

// Builds the export of the student's dossier here and hands it to `make`.
template <class F>
std::string WithExport(Ctx& ctx, const StudentScope& scope, F&& make) {
    const auto& s = scope.student;
    auto& parts = DossierOf(ctx);
    const auto entries = parts.dossiers.Entries(s.id);
    const auto comments = parts.conversation.CommentsOfStudent(s.id);
    const auto looks = parts.dossiers.Looks(s.id, 100000);
    const auto files = parts.evidence.FilesOfStudent(s.id);
    const auto school = ctx.app.orgs.School(s.school_id);
    return make(DossierExport{s, scope.school_name, school ? school->brin : std::string(), entries,
                              comments, looks, files, ctx.app.clock.Now(),
                              ctx.app.config.public_url});
}

Response DownloadZip(Ctx& ctx) {
    const StudentScope scope = LoadOwnStudent(ctx);
    auto& evidence = DossierOf(ctx).evidence;
    const int64_t student = scope.student.id;
    return FileResponse("application/zip", "loopbaandossier.zip",
                        WithExport(ctx, scope,
                                   [&](const DossierExport& d) {
                                       return ExportZip(d, [&](int64_t file) {
                                           return evidence.Data(student, file);
                                       });
                                   }),
                        false);
}

Response DownloadJson(Ctx& ctx) {
    const StudentScope scope = LoadOwnStudent(ctx);
    return FileResponse(
        "application/json", "loopbaandossier.json",
        WithExport(ctx, scope, [](const DossierExport& d) { return ExportJson(d); }), false);
}

Response CarryIn(Ctx& ctx) {
    const StudentScope scope = LoadOwnStudent(ctx);
    const auto& s = scope.student;
    core::Validation v;
    int status = 400;
    if (ctx.files.size() != 1 || ctx.files[0].data.empty()) {
        v.Add("bestand", "Kies het bestand loopbaandossier.json uit de download van je dossier.");
    } else if (ctx.files[0].data.size() > kMaxCarriedBytes) {
        v.Add("bestand",
              "Dit bestand is groter dan 5 MB. Een loopbaandossier uit Koers is veel "
              "kleiner; kies het bestand loopbaandossier.json.");
        status = 413;
    } else {
        try {
            const CarriedDossier carried = ReadCarried(ctx.files[0].data);
            const int added = DossierOf(ctx).dossiers.Carry(
                s.id, carried.entries, {ctx.user->user_id, ctx.user->display_name},
                ctx.app.clock.Now(), "meegenomen uit " + carried.school_name);
            SetFlash(ctx, added == 0 ? "dossier-al-meegenomen" : "dossier-meegenomen");
            return Redirect(kDossier.With(s.school_id, s.id));
        } catch (const core::InvalidInput& e) {
            v.Add("bestand", e.what());
            status = 422;
        }
    }
    View view = CarryView(scope);
    AddErrors(view, v);
    return RenderPage(ctx, "dossier/carry", std::move(view), "Je dossier meenemen", status);
}

}  // namespace

void AddDossierCarryRoutes(Router& r) {
    const auto own = Access::School(Permission::kWriteDossier, "school").Within(StudentParam);
    r.Get(kCarry, own, CarryPage);
    r.Upload(kCarry, own, CarryIn);
    r.Get(kExportZip, own, DownloadZip);
    r.Get(kExportJson, own, DownloadJson);
}

}  // namespace koers::web
