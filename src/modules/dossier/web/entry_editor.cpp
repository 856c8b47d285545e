#include "modules/dossier/web/entry_editor.hpp"

#include <string>
#include <utility>

#include "modules/dossier/web/conversation.hpp"
#include "modules/dossier/web/dossier_parts.hpp"
#include "modules/dossier/web/evidence.hpp"
#include "modules/dossier/web/paths.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/records/author.hpp"
#include "platform/web/records/record_views.hpp"

namespace koers::web {

using namespace dossier_paths;
namespace {

// Where the form of an entry posts: a student's own kinds and a gesprek have routes of their
// own (each with its permission).
std::string ActionOf(const EntryPage& page) {
    const auto& s = page.scope.student;
    const bool talk = page.kind == core::EntryKind::kGesprek;
    if (page.stored)
        return talk ? kSaveTalk.With(s.school_id, s.id, page.stored->id)
                    : kEntry.With(s.school_id, s.id, page.stored->id);
    if (page.kind == core::EntryKind::kBewijs) return kNewEvidence.With(s.school_id, s.id);
    return talk ? kNewTalk.With(s.school_id, s.id)
                : kNewEntry.With(s.school_id, s.id, core::InfoOf(page.kind).code);
}

Response Saved(Ctx& ctx, const StudentScope& scope) {
    SetFlash(ctx, scope.own ? "dossier-opgeslagen" : "gesprek-opgeslagen");
    return Redirect(kDossier.With(scope.student.school_id, scope.student.id));
}

}  // namespace

bool MayWrite(const Ctx& ctx, const StudentScope& scope, core::EntryKind kind) {
    if (scope.left()) return false;
    if (core::InfoOf(kind).by_student) return scope.own;
    const auto& s = scope.student;
    return core::Allowed(ctx.user, core::Permission::kCoachStudent,
                         core::Target::Student(s.school_id, s.group_id.value_or(0), s.user_id));
}

core::Form FormFor(core::EntryKind kind, const core::Fields& fields) {
    return core::EntryForm(kind, core::FieldOf(fields, "competentie"));
}

storage::DossierEntry LoadEntry(Ctx& ctx, const StudentScope& scope) {
    auto entry = DossierOf(ctx).dossiers.Entry(scope.student.id, ctx.Id("entry"));
    if (!entry) throw core::NotFound();
    return *entry;
}

Response ShowEntryForm(Ctx& ctx, const EntryPage& page, const core::Form& form,
                       const core::Fields& fields, const core::Validation& errors, int status,
                       View more) {
    const auto& s = page.scope.student;
    const auto& info = core::InfoOf(page.kind);
    View v = more.kind() == View::Kind::kObject ? std::move(more) : Object();
    v.set("dossier_path", kDossier.With(s.school_id, s.id));
    v.set("own", page.scope.own);
    v.set("editable", MayWrite(ctx, page.scope, page.kind));
    v.set("left", page.scope.left());
    v.set("name", s.name);
    v.set("kind", std::string(info.label));
    v.set("element", std::string(info.element));
    v.set("action", ActionOf(page));
    if (page.stored) {
        v.set("heading", core::EntryTitle(page.kind, page.stored->fields));
        if (info.by_student && !page.scope.left())
            v.set("delete_path", kDeleteEntry.With(s.school_id, s.id, page.stored->id));
        v.set("version", std::to_string(page.stored->version));
        v.set("written", core::FormatDateLong(page.stored->created_at));
        v.set("updated", core::FormatDateTime(page.stored->updated_at));
        AddComments(ctx, page.scope, page.stored->id, v);
        if (page.kind == core::EntryKind::kBewijs)
            AddEvidenceFiles(ctx, page.scope, page.stored->id, v);
        if (page.scope.own_open() && info.by_student &&
            DossierOf(ctx).dossiers.HasParents(s.user_id)) {
            v.set("parents_path", kShareParents.With(s.school_id, s.id, page.stored->id));
            v.set("shared_with_parents",
                  DossierOf(ctx).dossiers.SharedWithParents(s.id).count(page.stored->id) > 0);
        }
    } else {
        v.set("heading", info.by_student ? "Nieuw: " + std::string(info.label)
                                         : std::string(info.label) + " met " + s.name);
        v.set("version", std::string("0"));
    }
    v.set("read", ReadViews(form, fields));
    v.set("fields", FieldViews(form, fields, errors));
    AddFieldErrors(v, form, errors);
    const std::string title = v.Find("heading")->string();
    return RenderPage(ctx, "dossier/entry", std::move(v), title, status);
}

Response CreateEntry(Ctx& ctx, const StudentScope& scope, core::EntryKind kind, View more) {
    const core::Fields posted = {{"competentie", ctx.Field("competentie")}};
    const core::Form form = FormFor(kind, posted);
    const core::Fields fields = core::Normalise(form, ctx.form);
    const auto errors = core::CheckEntry(kind, form, fields);
    if (!errors.ok())
        return ShowEntryForm(ctx, {scope, kind}, form, fields, errors, 400, std::move(more));
    DossierOf(ctx).dossiers.Add(scope.student.id, kind, fields, AuthorOf(ctx), ctx.app.clock.Now());
    return Saved(ctx, scope);
}

Response SaveEntry(Ctx& ctx, const StudentScope& scope, const storage::DossierEntry& entry,
                   View more) {
    const int version = PostedVersion(ctx);
    const core::Form form = FormFor(entry.kind, entry.fields);
    core::Fields fields = core::Normalise(form, ctx.form);
    const auto errors = core::CheckEntry(entry.kind, form, fields);
    if (!errors.ok())
        return ShowEntryForm(ctx, {scope, entry.kind, &entry}, form, fields, errors, 400,
                             std::move(more));
    const bool saved = version == entry.version &&
                       DossierOf(ctx).dossiers.Save(scope.student.id, entry.id, version, fields,
                                                    AuthorOf(ctx), ctx.app.clock.Now());
    if (saved) return Saved(ctx, scope);
    const auto now = DossierOf(ctx).dossiers.Entry(scope.student.id, entry.id);
    if (!now)
        throw core::Gone(scope.own ? "Dit stuk is intussen verwijderd."
                                   : "Dit stuk is intussen verwijderd door de leerling.");
    const auto changes = core::Changes(form, now->fields, fields);
    View conflict =
        scope.own ? ConflictView(
                        "Je hebt dit intussen ergens anders ook veranderd. Hieronder staat wat "
                        "nu is opgeslagen naast wat je net schreef. Je tekst staat nog in het "
                        "formulier: kijk hem na en sla opnieuw op.",
                        changes, "Jouw versie")
                  : ConflictView(
                        "Iemand heeft dit intussen ook veranderd. Hieronder staat wat nu is "
                        "opgeslagen naast uw versie, die nog in het formulier staat: kijk "
                        "hem na en sla opnieuw op.",
                        changes);
    if (more.kind() != View::Kind::kObject) more = Object();
    more.set("conflict", std::move(conflict));
    return ShowEntryForm(ctx, {scope, entry.kind, &*now}, form, fields, {}, 409, std::move(more));
}

}  // namespace koers::web
