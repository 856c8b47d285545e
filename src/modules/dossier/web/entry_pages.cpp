// One entry of a loopbaandossier: the student writes a new one, reads and changes it (saved
// optimistically: a save from an older page shows both versions and overwrites nothing) or
// removes it; the mentor and the decaan read it, and the student sees that they did.
#include <string>

#include "modules/dossier/core/entries.hpp"
#include "modules/dossier/web/dossier_parts.hpp"
#include "modules/dossier/web/dossier_view.hpp"
#include "modules/dossier/web/paths.hpp"
#include "modules/dossier/web/routes.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/records/record_views.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {

using namespace dossier_paths;
using core::Permission;
namespace {

core::EntryKind KindParam(const Ctx& ctx) {
    const auto kind = core::EntryKindFromCode(Find(ctx.params, "soort").value_or(""));
    if (!kind) throw core::NotFound();
    return *kind;
}

storage::Author AuthorOf(const Ctx& ctx) { return {ctx.user->user_id, ctx.user->display_name}; }

// What an entry's page shows besides its fields.
struct EntryPage {
    const StudentScope& scope;
    core::EntryKind kind;
    const storage::DossierEntry* stored = nullptr;  // nullptr: a new entry
};

// The reflectie's choice of competency, as links that reload the form with its questions.
ViewList CompetencyLinks(const EntryPage& page, std::string_view chosen) {
    ViewList out;
    const auto& s = page.scope.student;
    for (const auto& c : core::Competencies()) {
        View link = LinkView(
            kNewEntry.With(s.school_id, s.id, "reflectie") + "?competentie=" + c.code, c.label);
        link.set("chosen", c.code == chosen);
        out.push_back(std::move(link));
    }
    return out;
}

View PageView(const EntryPage& page, const core::Form& form, const core::Fields& fields) {
    const auto& s = page.scope.student;
    const auto& info = core::InfoOf(page.kind);
    View v = Object();
    v.set("dossier_path", kDossier.With(s.school_id, s.id));
    v.set("own", page.scope.own);
    v.set("name", s.name);
    v.set("kind", std::string(info.label));
    v.set("element", std::string(info.element));
    if (page.stored) {
        v.set("heading", core::EntryTitle(page.kind, page.stored->fields));
        v.set("action", kEntry.With(s.school_id, s.id, page.stored->id));
        v.set("delete_path", kDeleteEntry.With(s.school_id, s.id, page.stored->id));
        v.set("version", std::to_string(page.stored->version));
        v.set("written", core::FormatDateLong(page.stored->created_at));
        v.set("updated", core::FormatDateTime(page.stored->updated_at));
    } else {
        v.set("heading", "Nieuw: " + std::string(info.label));
        v.set("action", kNewEntry.With(s.school_id, s.id, info.code));
        v.set("version", std::string("0"));
        if (page.kind == core::EntryKind::kReflectie)
            v.set("competencies", CompetencyLinks(page, core::FieldOf(fields, "competentie")));
    }
    v.set("read", ReadViews(form, fields));
    return v;
}

Response ShowForm(Ctx& ctx, const EntryPage& page, const core::Form& form,
                  const core::Fields& fields, const core::Validation& errors, int status,
                  View conflict = {}) {
    View v = PageView(page, form, fields);
    v.set("fields", FieldViews(form, fields, errors));
    AddErrors(v, errors);
    if (conflict.kind() == View::Kind::kObject) v.set("conflict", std::move(conflict));
    const std::string title = v.Find("heading")->string();
    return RenderPage(ctx, "dossier/entry", std::move(v), title, status);
}

// The form of a kind, with the questions of the reflectie's competency.
core::Form FormOf(core::EntryKind kind, std::string_view competency) {
    return core::EntryForm(kind, competency);
}

Response NewEntry(Ctx& ctx) {
    const StudentScope scope = LoadStudent(ctx);
    const auto kind = KindParam(ctx);
    core::Fields fields;
    if (const auto c = ctx.QueryParam("competentie"); c && kind == core::EntryKind::kReflectie)
        for (const auto& option : core::Competencies())
            if (option.code == *c) fields["competentie"] = option.code;
    return ShowForm(ctx, {scope, kind}, FormOf(kind, core::FieldOf(fields, "competentie")), fields,
                    {}, 200);
}

Response CreateEntry(Ctx& ctx) {
    const StudentScope scope = LoadStudent(ctx);
    const auto kind = KindParam(ctx);
    const core::Form form = FormOf(kind, ctx.Field("competentie"));
    const core::Fields fields = core::Normalise(form, ctx.form);
    const auto errors = core::Validate(form, fields);
    if (!errors.ok()) return ShowForm(ctx, {scope, kind}, form, fields, errors, 400);
    DossierOf(ctx).dossiers.Add(scope.student.id, kind, fields, AuthorOf(ctx), ctx.app.clock.Now());
    SetFlash(ctx, "dossier-opgeslagen");
    return Redirect(kDossier.With(scope.student.school_id, scope.student.id));
}

storage::DossierEntry LoadEntry(Ctx& ctx, const StudentScope& scope) {
    auto entry = DossierOf(ctx).dossiers.Entry(scope.student.id, ctx.Id("entry"));
    if (!entry) throw core::NotFound();
    return *entry;
}

Response ShowEntry(Ctx& ctx) {
    const StudentScope scope = LoadStudent(ctx);
    const auto entry = LoadEntry(ctx, scope);
    const core::Form form = FormOf(entry.kind, core::FieldOf(entry.fields, "competentie"));
    LogLook(ctx, scope,
            std::string(core::InfoOf(entry.kind).label) + ": " +
                core::EntryTitle(entry.kind, entry.fields));
    return ShowForm(ctx, {scope, entry.kind, &entry}, form, entry.fields, {}, 200);
}

Response SaveEntry(Ctx& ctx) {
    const StudentScope scope = LoadStudent(ctx);
    const auto entry = LoadEntry(ctx, scope);
    const int version = PostedVersion(ctx);
    const core::Form form = FormOf(entry.kind, core::FieldOf(entry.fields, "competentie"));
    core::Fields fields = core::Normalise(form, ctx.form);
    const auto errors = core::Validate(form, fields);
    const EntryPage page{scope, entry.kind, &entry};
    if (!errors.ok()) return ShowForm(ctx, page, form, fields, errors, 400);
    const bool saved = version == entry.version &&
                       DossierOf(ctx).dossiers.Save(scope.student.id, entry.id, version, fields,
                                                    AuthorOf(ctx), ctx.app.clock.Now());
    if (!saved) {
        const auto now = DossierOf(ctx).dossiers.Entry(scope.student.id, entry.id);
        if (!now) throw core::Gone("Dit stuk is intussen verwijderd.");
        const EntryPage fresh{scope, entry.kind, &*now};
        return ShowForm(ctx, fresh, form, fields, {}, 409,
                        ConflictView("Je hebt dit intussen ergens anders ook veranderd. Hieronder "
                                     "staat wat nu is opgeslagen naast wat je net schreef. Je "
                                     "tekst staat nog in het formulier: kijk hem na en sla "
                                     "opnieuw op.",
                                     core::Changes(form, now->fields, fields), "Jouw versie"));
    }
    SetFlash(ctx, "dossier-opgeslagen");
    return Redirect(kDossier.With(scope.student.school_id, scope.student.id));
}

Response DeleteEntry(Ctx& ctx) {
    const StudentScope scope = LoadStudent(ctx);
    const auto entry = LoadEntry(ctx, scope);
    if (!DossierOf(ctx).dossiers.Delete(scope.student.id, entry.id, PostedVersion(ctx),
                                        AuthorOf(ctx), ctx.app.clock.Now()))
        throw core::Conflict(
            "Dit stuk is intussen veranderd. Open het opnieuw en kijk of je het nog steeds wilt "
            "verwijderen.");
    SetFlash(ctx, "dossier-verwijderd");
    return Redirect(kDossier.With(scope.student.school_id, scope.student.id));
}

}  // namespace

void AddDossierEntryRoutes(Router& r) {
    const auto read = Access::School(Permission::kViewDossier, "school").Within(StudentParam);
    const auto write = Access::School(Permission::kWriteDossier, "school").Within(StudentParam);
    r.Get(kNewEntry, write, NewEntry);
    r.Post(kNewEntry, write, CreateEntry);
    r.Get(kEntry, read, ShowEntry);
    r.Post(kEntry, write, SaveEntry);
    r.Post(kDeleteEntry, write, DeleteEntry);
}

}  // namespace koers::web
