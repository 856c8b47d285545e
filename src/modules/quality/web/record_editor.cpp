#include "modules/quality/web/record_editor.hpp"
#include "modules/quality/web/quality_parts.hpp"

#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/records/record_views.hpp"
#include "platform/web/services.hpp"

namespace koers::web {
namespace {

struct ConflictInfo {
    std::string message;
    std::vector<core::FieldChange> changes;  // before = stored now, after = the user's input
};

std::string HistoryPath(const YearScope& scope, int64_t record_id) {
    return scope.Link(quality_paths::kHistory) + "?record=" + std::to_string(record_id);
}

// Whether the page shows the record's form: who may edit it, in a year it can still be written
// in, and not on its printable version.
bool ShowsForm(const YearScope& scope, const RecordPage& page) {
    return page.may_edit && scope.year.Writable(page.kind) && !page.print;
}

Response Render(Ctx& ctx, const YearScope& scope, RecordPage page, const core::Form& form,
                const core::Fields& values, const core::Validation& errors, int status,
                const ConflictInfo* conflict) {
    View v = std::move(page.view);
    v.set("school", scope.school.name);
    v.set("year", scope.label());
    v.set("year_path", scope.Link(quality_paths::kYear));
    v.set("heading", page.heading);
    v.set("intro", page.intro);
    v.set("back_path", page.back_path);
    v.set("back_label", page.back_label);
    const bool writable = scope.year.Writable(page.kind);
    v.set("closed", !scope.year.open());
    v.set("finishing", !scope.year.open() && writable);  // an evaluation of the year just closed
    v.set("next_year", core::SchoolYearLabel(scope.year.start_year + 1));
    const bool editing = ShowsForm(scope, page);
    v.set("editing", editing);
    v.set("print", page.print);
    v.set("adopted_warning", editing ? page.adopted_warning : std::string());
    v.set("action", page.action);
    v.set("form_heading", page.form_heading.empty() ? "Bewerken" : page.form_heading);
    v.set("fields", FieldViews(form, values, errors));
    v.set("read", ReadViews(form, values));
    AddFieldErrors(v, form, errors);
    if (page.stored) {
        const auto& s = *page.stored;
        v.set("version", std::to_string(s.version));
        v.set("document", s.record.kind == core::Kind::kVisie ||
                              s.record.kind == core::Kind::kBeleid ||
                              s.record.kind == core::Kind::kWerkplan);
        v.set("adopted", s.record.status == core::kVastgesteld);
        v.set("status", StatusText(s.record));
        v.set("updated", core::FormatDateTime(s.updated_at) +
                             (s.updated_by.empty() ? "" : " door " + s.updated_by));
        v.set("history_path", HistoryPath(scope, s.record.id));
        const bool printable =
            s.record.kind == core::Kind::kVisie || s.record.kind == core::Kind::kBeleid ||
            s.record.kind == core::Kind::kWerkplan || s.record.kind == core::Kind::kEvaluatie;
        if (printable && !page.print) v.set("print_path", page.action + "?afdrukken");
        if (page.print) v.set("page_path", page.action);
        if (page.may_adopt && !page.print && scope.year.open() &&
            s.record.status != core::kVastgesteld) {
            ViewList blockers;
            for (auto& b : core::AdoptionBlockers(s.record.kind, s.record.fields, page.children))
                blockers.emplace_back(std::move(b));
            v.set("can_adopt", blockers.empty());
            v.set("blockers", std::move(blockers));
            v.set("adopt_path", page.adopt_path);
        }
        if (page.may_delete && editing) v.set("delete_path", page.delete_path);
        if (editing && s.record.status == core::kVastgesteld &&
            (s.record.kind == core::Kind::kVisie || s.record.kind == core::Kind::kBeleid ||
             s.record.kind == core::Kind::kWerkplan))
            v.set("adopted_warning",
                  "Dit is de vastgestelde versie. Slaat u een wijziging op, dan wordt het weer "
                  "een concept dat opnieuw moet worden vastgesteld.");
    } else {
        v.set("version", "0");
    }
    if (conflict) v.set("conflict", ConflictView(conflict->message, conflict->changes));
    return RenderPage(ctx, "quality/record", std::move(v), page.heading + " · " + scope.school.name,
                      status);
}

Response ShowRecord(Ctx& ctx, const YearScope& scope, RecordPage page) {
    const core::Form form = FormFor(ctx, scope, page.kind, page.team_level);
    // A link may propose fields in the query, of the record's own form only and normalised as a
    // post is: a finding elsewhere turned into a goal ("Maak er een doel van" on the doorstroom
    // dashboard) starts a record not made yet; one noted in the evaluation ("Noteer in de
    // evaluatie") goes below what a stored record says. Nothing is saved until the form is.
    // Only into a form that is shown: who reads the record sees what is stored.
    const core::Fields proposed =
        ShowsForm(scope, page) ? core::Normalise(form, ctx.target.query) : core::Fields();
    const core::Fields values =
        page.stored ? core::WithAdditions(form, page.stored->record.fields, proposed) : proposed;
    if (!proposed.empty())
        page.view.set("proposed", std::string("Het formulier hieronder bevat een voorstel dat nog "
                                              "niet is opgeslagen. Kijk het na, vul het aan en "
                                              "sla het op."));
    return Render(ctx, scope, std::move(page), form, values, {}, 200, nullptr);
}

Response SaveRecord(Ctx& ctx, const YearScope& scope, RecordPage page) {
    if (!page.may_edit) throw core::Forbidden();
    RequireWritable(scope, page.kind);
    const core::Form form = FormFor(ctx, scope, page.kind, page.team_level);
    core::Fields fields = core::Normalise(form, ctx.form);
    const auto errors = core::Validate(form, fields);
    if (!errors.ok())
        return Render(ctx, scope, std::move(page), form, fields, errors, 400, nullptr);

    if (!page.stored) {
        core::Record r{.kind = page.kind, .team_id = page.team_id, .parent_id = page.parent_id};
        core::ApplyEdit(r, fields);
        const auto result =
            QualityOf(ctx).quality.Create(scope.year.id, r, AuthorOf(ctx), ctx.app.clock.Now());
        ThrowIfClosed(result, scope);
        if (result == storage::SaveResult::kStale) {
            ConflictInfo conflict{
                "Iemand anders heeft dit intussen al aangemaakt. Open de "
                "pagina opnieuw en voeg uw tekst daar toe; uw tekst staat "
                "hieronder nog.",
                {}};
            return Render(ctx, scope, std::move(page), form, fields, {}, 409, &conflict);
        }
        SetFlash(ctx, "opgeslagen");
        return Redirect(page.done_path);
    }

    const int version = PostedVersion(ctx);
    const storage::StoredRecord& stored = *page.stored;
    // Fields this form does not show (such as the LOB-scan action an activity came from) stay.
    for (const auto& [name, value] : stored.record.fields)
        if (form.Find(name) == nullptr) fields[name] = value;
    core::Record r = stored.record;
    // Input equal to what is stored is saved already, whichever version the form started from.
    if (core::ApplyEdit(r, fields)) {
        const auto result = QualityOf(ctx).quality.Update(scope.year.id, r, version, AuthorOf(ctx),
                                                          ctx.app.clock.Now());
        ThrowIfClosed(result, scope);
        if (result == storage::SaveResult::kStale) {
            auto now_stored = QualityOf(ctx).quality.Find(scope.year.id, stored.record.id);
            if (!now_stored) throw core::Conflict("Iemand anders heeft dit intussen verwijderd.");
            ConflictInfo conflict{
                "Iemand anders (" + now_stored->updated_by + ", " +
                    core::FormatDateTime(now_stored->updated_at) +
                    ") heeft dit opgeslagen terwijl u bezig was. Uw tekst is niet opgeslagen en "
                    "staat hieronder nog. Vergelijk en sla opnieuw op om uw versie te bewaren.",
                core::Changes(form, now_stored->record.fields, fields)};
            page.stored = std::move(now_stored);
            return Render(ctx, scope, std::move(page), form, fields, {}, 409, &conflict);
        }
    }
    SetFlash(ctx, "opgeslagen");
    return Redirect(page.done_path);
}

Response AdoptRecord(Ctx& ctx, const YearScope& scope, const RecordPage& page) {
    if (!page.stored || !page.may_adopt) throw core::Forbidden();
    RequireOpen(scope);
    core::Record r = page.stored->record;
    const auto blockers = core::AdoptionBlockers(r.kind, r.fields, page.children);
    if (!blockers.empty()) {
        std::string message = "Dit kan nog niet worden vastgesteld:";
        for (const auto& b : blockers) message += " " + b;
        throw core::Conflict(message);
    }
    r.status = std::string(core::kVastgesteld);
    r.status_at = ctx.app.clock.Now();
    r.status_by = AuthorOf(ctx).name;
    const auto result = QualityOf(ctx).quality.Update(
        scope.year.id, r, PostedVersion(ctx), AuthorOf(ctx), ctx.app.clock.Now(), "vastgesteld");
    ThrowIfClosed(result, scope);
    if (result == storage::SaveResult::kStale)
        throw core::Conflict(
            "Iemand heeft dit intussen gewijzigd. Bekijk de nieuwe versie en stel daarna vast.");
    SetFlash(ctx, "vastgesteld");
    return Redirect(page.done_path);
}

Response DeleteRecord(Ctx& ctx, const YearScope& scope, const RecordPage& page) {
    if (!page.stored || !page.may_delete || !page.may_edit) throw core::Forbidden();
    RequireOpen(scope);
    const auto result =
        QualityOf(ctx).quality.Delete(scope.year.id, page.stored->record.id, PostedVersion(ctx),
                                      AuthorOf(ctx), ctx.app.clock.Now());
    ThrowIfClosed(result, scope);
    if (result == storage::SaveResult::kStale)
        throw core::Conflict("Iemand heeft dit intussen gewijzigd. Bekijk het opnieuw.");
    SetFlash(ctx, "verwijderd");
    return Redirect(page.done_path);
}

}  // namespace

void OpenListed(Ctx& ctx, const YearScope& scope, RecordPage& page, bool existing,
                const quality_paths::ListedPaths& paths, const std::string& query,
                std::optional<int64_t> team_segment) {
    auto link = [&](const RoutePath& route, auto... record) {
        return (team_segment ? scope.Link(route, *team_segment, record...)
                             : scope.Link(route, record...)) +
               query;
    };
    if (!existing) {
        page.form_heading = "Invullen";
        page.action = link(paths.list);
        return;
    }
    page.stored = QualityOf(ctx).quality.Find(scope.year.id, ctx.Id("record"));
    if (!page.stored || page.stored->record.kind != page.kind ||
        page.stored->record.team_id != page.team_id)
        throw core::NotFound();
    page.action = link(paths.item, page.stored->record.id);
    page.delete_path = link(paths.remove, page.stored->record.id);
}

Handler RecordRoute(RecordAction action, PageBuilder build) {
    return [action, build = std::move(build)](Ctx& ctx) -> Response {
        const YearScope scope = LoadYear(ctx);
        RecordPage page = build(ctx, scope);
        switch (action) {
            case RecordAction::kShow:
                page.print = page.stored && ctx.QueryParam("afdrukken").has_value();
                return ShowRecord(ctx, scope, std::move(page));
            case RecordAction::kNew:
                if (!page.may_edit) throw core::Forbidden();
                RequireWritable(scope, page.kind);
                return ShowRecord(ctx, scope, std::move(page));
            case RecordAction::kSave:
                return SaveRecord(ctx, scope, std::move(page));
            case RecordAction::kAdopt:
                return AdoptRecord(ctx, scope, page);
            case RecordAction::kDelete:
                return DeleteRecord(ctx, scope, page);
        }
        throw core::NotFound();
    };
}

}  // namespace koers::web
