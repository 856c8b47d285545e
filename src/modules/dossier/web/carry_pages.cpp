// Taking the loopbaandossier along: the student downloads it (a zip with a readable page and
// the JSON document, or the document alone) and reads that zip (with the files of the bewijzen)
// or the document from a previous school into their dossier here. Only the student themselves: a
// mentor or decaan never downloads a student's dossier.
#include <algorithm>
#include <string>
#include <utility>
#include <variant>

#include "modules/dossier/web/dossier_export.hpp"
#include "modules/dossier/web/dossier_parts.hpp"
#include "modules/dossier/web/dossier_view.hpp"
#include "modules/dossier/web/paths.hpp"
#include "modules/dossier/web/routes.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/file_type.hpp"
#include "platform/storage/db/unit_of_work.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/records/author.hpp"

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
    v.set("open", !scope.left());  // a leaver's dossier takes nothing in
    return v;
}

Response CarryPage(Ctx& ctx) {
    return RenderPage(ctx, "dossier/carry", CarryView(LoadOwnStudent(ctx, Use::kAsIs)),
                      "Je dossier meenemen");
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
    const StudentScope scope = LoadOwnStudent(ctx, Use::kAsIs);
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
    const StudentScope scope = LoadOwnStudent(ctx, Use::kAsIs);
    return FileResponse(
        "application/json", "loopbaandossier.json",
        WithExport(ctx, scope, [](const DossierExport& d) { return ExportJson(d); }), false);
}

// Carries a read dossier into the student's, with the files of its bewijzen that came along,
// in one transaction. Returns the entries added and the named files that did not come along
// (not in the upload, not a kind of file a bewijs takes, or past the dossier's limits).
std::pair<int, int> CarryInto(Ctx& ctx, const storage::StudentRecord& s,
                              const CarriedDossier& carried) {
    int added = 0, left = 0;
    const int64_t now = ctx.app.clock.Now();
    storage::InTransaction(ctx.app.db, [&](storage::Database& tx) {
        added = left = 0;
        const auto ids = storage::DossierRepo(tx).Carry(s.id, carried.entries, AuthorOf(ctx), now,
                                                        "meegenomen uit " + carried.school_name);
        added = static_cast<int>(
            std::count_if(ids.begin(), ids.end(), [](const auto& id) { return id.has_value(); }));
        storage::EvidenceRepo evidence(tx);
        for (const auto& f : carried.files) {
            const auto& entry = ids.at(f.entry);
            if (!entry) continue;  // there already, with its files
            const auto data = carried.data.find(f.path);
            const auto type =
                data == carried.data.end() ? std::nullopt : core::DetectFileType(data->second);
            if (!type ||
                !std::holds_alternative<int64_t>(evidence.Add(
                    s.id, *entry, core::SafeFileName(f.name, type->extension),
                    std::string(type->media_type), data->second, now, storage::EvidenceLimits{})))
                ++left;
        }
    });
    return {added, left};
}

Response CarryIn(Ctx& ctx) {
    const StudentScope scope = LoadOwnStudent(ctx, Use::kChange);
    const auto& s = scope.student;
    core::Validation v;
    int status = 400;
    const bool zip = ctx.files.size() == 1 && LooksLikeZip(ctx.files[0].data);
    if (ctx.files.size() != 1 || ctx.files[0].data.empty()) {
        v.Add("bestand",
              "Kies het bestand loopbaandossier.zip (of loopbaandossier.json) uit de download "
              "van je dossier.");
    } else if (!zip && ctx.files[0].data.size() > kMaxCarriedBytes) {
        v.Add("bestand",
              "Dit bestand is groter dan 5 MB. Een loopbaandossier uit Koers is veel "
              "kleiner; kies het bestand loopbaandossier.json.");
        status = 413;
    } else {
        try {
            const auto& data = ctx.files[0].data;
            const CarriedDossier carried = zip ? ReadCarriedZip(data) : ReadCarried(data);
            const auto [added, left] = CarryInto(ctx, s, carried);
            SetFlash(ctx, left > 0     ? "dossier-meegenomen-zonder-bestanden"
                          : added == 0 ? "dossier-al-meegenomen"
                                       : "dossier-meegenomen");
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
