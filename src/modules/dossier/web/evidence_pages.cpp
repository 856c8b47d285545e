// Bewijzen with their files: the handlers behind evidence.hpp.
#include <algorithm>
#include <string>
#include <variant>

#include "modules/dossier/core/entries.hpp"
#include "modules/dossier/web/dossier_parts.hpp"
#include "modules/dossier/web/entry_editor.hpp"
#include "modules/dossier/web/evidence.hpp"
#include "modules/dossier/web/paths.hpp"
#include "modules/dossier/web/routes.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/db/unit_of_work.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/uploaded_file.hpp"
#include "platform/web/records/author.hpp"

namespace koers::web {

using namespace dossier_paths;
using core::Permission;
namespace {

constexpr storage::EvidenceLimits kLimits;

std::string Refused(storage::EvidenceRefusal why) {
    switch (why) {
        case storage::EvidenceRefusal::kTooManyFiles:
            return "Bij dit bewijs staan al 10 bestanden. Maak een nieuw bewijs, of haal er "
                   "eerst een weg.";
        case storage::EvidenceRefusal::kQuotaFull:
            return "Je dossier zit vol: samen mogen je bestanden 100 MB zijn. Haal eerst iets "
                   "weg wat je niet meer nodig hebt.";
        case storage::EvidenceRefusal::kNoEntry:
            break;
    }
    return "Dit bewijs is er niet meer.";
}

// The {entry} of the dossier when it is a bewijs; core::NotFound otherwise.
storage::DossierEntry EvidenceEntry(Ctx& ctx, const StudentScope& scope) {
    auto entry = LoadEntry(ctx, scope);
    if (entry.kind != core::EntryKind::kBewijs) throw core::NotFound();
    return entry;
}

// A new bewijs with (optionally) its first file, in one transaction: all or nothing.
Response CreateEvidence(Ctx& ctx) {
    const StudentScope scope = LoadOwnStudent(ctx, Use::kChange);
    const auto kind = core::EntryKind::kBewijs;
    const core::Form form = FormFor(kind, {});
    const core::Fields fields = core::Normalise(form, ctx.form);
    auto errors = core::CheckEntry(kind, form, fields);
    int status = 400;
    const auto file = CheckUploadedFile(ctx, errors, status, false);
    View more = Object();
    more.set("upload_new", true);
    if (!errors.ok()) {
        if (!ctx.files.empty())
            errors.Add("bestand", "Kies je bestand opnieuw: een browser onthoudt het niet.");
        return ShowEntryForm(ctx, {scope, kind}, form, fields, errors,
                             errors.For("titel").empty() ? status : 400, std::move(more));
    }
    const auto& s = scope.student;
    storage::InTransaction(ctx.app.db, [&](storage::Database& tx) {
        const int64_t id =
            storage::DossierRepo(tx).Add(s.id, kind, fields, AuthorOf(ctx), ctx.app.clock.Now());
        if (!file) return;
        const auto added = storage::EvidenceRepo(tx).Add(s.id, id, file->name, file->media_type,
                                                         *file->data, ctx.app.clock.Now(), kLimits);
        if (const auto* why = std::get_if<storage::EvidenceRefusal>(&added))
            throw core::Conflict(Refused(*why));  // undoes the entry too
    });
    SetFlash(ctx, "dossier-opgeslagen");
    return Redirect(kDossier.With(s.school_id, s.id));
}

Response AddFile(Ctx& ctx) {
    const StudentScope scope = LoadOwnStudent(ctx, Use::kChange);
    const auto entry = EvidenceEntry(ctx, scope);
    const auto& s = scope.student;
    core::Validation errors;
    int status = 400;
    const auto file = CheckUploadedFile(ctx, errors, status, true);
    if (file) {
        const auto added = DossierOf(ctx).evidence.Add(s.id, entry.id, file->name, file->media_type,
                                                       *file->data, ctx.app.clock.Now(), kLimits);
        if (std::holds_alternative<int64_t>(added)) {
            SetFlash(ctx, "bestand-toegevoegd");
            return Redirect(kEntry.With(s.school_id, s.id, entry.id) + "#bestanden");
        }
        errors.Add("bestand", Refused(std::get<storage::EvidenceRefusal>(added)));
        status = 409;
    }
    View more = Object();
    more.set("file_error", errors.For("bestand"));
    return ShowEntryForm(ctx, {scope, entry.kind, &entry}, FormFor(entry.kind, entry.fields),
                         entry.fields, {}, status, std::move(more));
}

Response Download(Ctx& ctx) {
    const StudentScope scope = LoadStudent(ctx, Use::kAsIs);
    const auto entry = LoadEntry(ctx, scope);
    const int64_t file_id = ctx.Id("bestand");
    const auto files = DossierOf(ctx).evidence.Files(scope.student.id, entry.id);
    const auto info =
        std::find_if(files.begin(), files.end(), [&](const auto& f) { return f.id == file_id; });
    if (info == files.end()) throw core::NotFound();
    auto data = DossierOf(ctx).evidence.Data(scope.student.id, file_id);
    if (!data) throw core::NotFound();
    LogLook(ctx, scope, "bestand: " + info->name);
    return FileResponse(info->media_type, info->name, std::move(*data), false);
}

Response RemoveFile(Ctx& ctx) {
    const StudentScope scope = LoadOwnStudent(ctx, Use::kChange);
    const auto entry = EvidenceEntry(ctx, scope);
    const auto& s = scope.student;
    if (!DossierOf(ctx).evidence.Remove(s.id, entry.id, ctx.Id("bestand"))) throw core::NotFound();
    SetFlash(ctx, "bestand-verwijderd");
    return Redirect(kEntry.With(s.school_id, s.id, entry.id) + "#bestanden");
}

}  // namespace

void AddEvidenceFiles(Ctx& ctx, const StudentScope& scope, int64_t entry_id, View& v) {
    const auto& s = scope.student;
    ViewList files;
    for (const auto& f : DossierOf(ctx).evidence.Files(s.id, entry_id)) {
        View item = Object();
        item.set("href", kEvidenceFile.With(s.school_id, s.id, entry_id, f.id));
        item.set("label", f.name);
        constexpr int64_t kMb = int64_t{1024} * 1024;
        item.set("size", f.size < kMb ? std::to_string((f.size + 1023) / 1024) + " kB"
                                      : std::to_string(f.size / kMb) + " MB");
        item.set("remove_path", scope.own_open()
                                    ? kRemoveEvidenceFile.With(s.school_id, s.id, entry_id, f.id)
                                    : std::string());
        files.push_back(std::move(item));
    }
    v.set("evidence", true);
    v.set("has_files", !files.empty());
    v.set("files", std::move(files));
    if (scope.own_open()) v.set("files_path", kEvidenceFiles.With(s.school_id, s.id, entry_id));
}

void AddDossierEvidenceRoutes(Router& r) {
    const auto read = Access::School(Permission::kViewDossier, "school").Within(StudentParam);
    const auto write = Access::School(Permission::kWriteDossier, "school").Within(StudentParam);
    r.Upload(kNewEvidence, write, CreateEvidence);
    r.Upload(kEvidenceFiles, write, AddFile);
    r.Get(kEvidenceFile, read, Download);
    r.Post(kRemoveEvidenceFile, write, RemoveFile);
}

}  // namespace koers::web
