// The student's own entries of a loopbaandossier: writing a new ervaring, reflectie or keuze,
// reading any entry (the mentor and the decaan too, and the student sees that they did),
// changing and removing their own. Gesprekken are written on talk_pages.
#include <string>

#include "modules/dossier/core/entries.hpp"
#include "modules/dossier/web/dossier_parts.hpp"
#include "modules/dossier/web/dossier_view.hpp"
#include "modules/dossier/web/entry_editor.hpp"
#include "modules/dossier/web/paths.hpp"
#include "modules/dossier/web/routes.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/records/author.hpp"
#include "platform/web/records/record_views.hpp"
#include "platform/web/render/shapes.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace dossier_paths;
using core::Permission;
namespace {

// A kind the student writes, from {soort}; a gesprek is not one (core::NotFound).
core::EntryKind KindParam(const Ctx& ctx) {
    const auto kind = core::EntryKindFromCode(Find(ctx.params, "soort").value_or(""));
    if (!kind || !core::InfoOf(*kind).by_student) throw core::NotFound();
    return *kind;
}

// A reflectie's choice of competency, as links that reload the form with its questions.
View ReflectieChoice(const StudentScope& scope, std::string_view chosen) {
    ViewList links;
    const auto& s = scope.student;
    for (const auto& c : core::Competencies()) {
        View link = LinkView(
            kNewEntry.With(s.school_id, s.id, "reflectie") + "?competentie=" + c.code, c.label);
        link.set("chosen", c.code == chosen);
        links.push_back(std::move(link));
    }
    View more = Object();
    more.set("competencies", std::move(links));
    return more;
}

// The student's own entry of the {entry}; a gesprek is the mentor's (403).
storage::DossierEntry OwnEntry(Ctx& ctx, const StudentScope& scope) {
    auto entry = LoadEntry(ctx, scope);
    if (!core::InfoOf(entry.kind).by_student)
        throw core::Forbidden(
            "Een loopbaangesprek legt je mentor vast. Klopt er iets niet? Zeg het je mentor.");
    return entry;
}

Response NewEntry(Ctx& ctx) {
    const StudentScope scope = LoadStudent(ctx, Use::kChange);
    const auto kind = KindParam(ctx);
    core::Fields fields;
    if (const auto c = ctx.QueryParam("competentie"); c && kind == core::EntryKind::kReflectie)
        for (const auto& option : core::Competencies())
            if (option.code == *c) fields["competentie"] = option.code;
    if (kind == core::EntryKind::kZelfbeeld)
        fields["datum"] = core::FormatLocalInput(ctx.app.clock.Now()).substr(0, 10);
    View more = kind == core::EntryKind::kReflectie
                    ? ReflectieChoice(scope, core::FieldOf(fields, "competentie"))
                    : Object();
    if (kind == core::EntryKind::kBewijs) more.set("upload_new", true);
    return ShowEntryForm(ctx, {scope, kind}, FormFor(kind, fields), fields, {}, 200,
                         std::move(more));
}

Response Create(Ctx& ctx) {
    const StudentScope scope = LoadStudent(ctx, Use::kChange);
    const auto kind = KindParam(ctx);
    View more = kind == core::EntryKind::kReflectie
                    ? ReflectieChoice(scope, ctx.Field("competentie"))
                    : View();
    return CreateEntry(ctx, scope, kind, std::move(more));
}

Response Show(Ctx& ctx) {
    const StudentScope scope = LoadStudent(ctx, Use::kAsIs);
    const auto entry = LoadEntry(ctx, scope);
    LogLook(ctx, scope,
            std::string(core::InfoOf(entry.kind).label) + ": " +
                core::EntryTitle(entry.kind, entry.fields));
    return ShowEntryForm(ctx, {scope, entry.kind, &entry}, FormFor(entry.kind, entry.fields),
                         entry.fields, {}, 200);
}

Response Save(Ctx& ctx) {
    const StudentScope scope = LoadStudent(ctx, Use::kChange);
    return SaveEntry(ctx, scope, OwnEntry(ctx, scope));
}

Response Delete(Ctx& ctx) {
    const StudentScope scope = LoadStudent(ctx, Use::kChange);
    const auto entry = OwnEntry(ctx, scope);
    if (!DossierOf(ctx).dossiers.Delete(scope.student.id, entry.id, PostedVersion(ctx),
                                        AuthorOf(ctx), ctx.app.clock.Now()))
        throw core::Conflict(
            "Dit stuk is intussen veranderd. Open het opnieuw en kijk of je het nog steeds wilt "
            "verwijderen.");
    SetFlash(ctx, "dossier-verwijderd");
    return Redirect(kDossier.With(scope.student.school_id, scope.student.id));
}

Response ShareWithParents(Ctx& ctx) {
    const StudentScope scope = LoadOwnStudent(ctx, Use::kChange);
    const auto entry = OwnEntry(ctx, scope);
    const auto choice = ctx.Field("delen");
    if (choice != "ja" && choice != "nee") throw core::InvalidInput("Kies delen of niet delen.");
    DossierOf(ctx).dossiers.ShareWithParents(scope.student.id, entry.id, choice == "ja",
                                             ctx.app.clock.Now());
    SetFlash(ctx, choice == "ja" ? "gedeeld-met-ouders" : "niet-gedeeld-met-ouders");
    return Redirect(kEntry.With(scope.student.school_id, scope.student.id, entry.id));
}

}  // namespace

void AddDossierEntryRoutes(Router& r) {
    const auto read = Access::School(Permission::kViewDossier, "school").Within(StudentParam);
    const auto write = Access::School(Permission::kWriteDossier, "school").Within(StudentParam);
    r.Get(kNewEntry, write, NewEntry);
    r.Post(kNewEntry, write, Create);
    r.Get(kEntry, read, Show);
    r.Post(kEntry, write, Save);
    r.Post(kDeleteEntry, write, Delete);
    r.Post(kShareParents, write, ShareWithParents);
}

}  // namespace koers::web
