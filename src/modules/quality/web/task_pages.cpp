// The LOB-taken matrix of a school (or of one team) in a schooljaar: tasks in four categories
// against eleven actors, who carries each (uitvoerend, verantwoordelijk, betrokken), tasks
// nobody carries flagged; printable, and downloadable as CSV and XLSX.
#include "modules/quality/core/tasks.hpp"
#include "modules/quality/web/paths.hpp"
#include "modules/quality/web/quality_parts.hpp"
#include "modules/quality/web/record_editor.hpp"
#include "modules/quality/web/routes.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/table_download.hpp"
#include "platform/web/render/table_export.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace quality_paths;
namespace {

using core::Kind;
using core::Permission;

// The matrix a request is about: the school's, or a team's with "?team=".
struct Matrix {
    std::optional<storage::TeamRecord> team;
    std::string title;  // "LOB-taken Veldzicht College" or "LOB-taken team Havo"
    std::string query;  // "" or "?team=4"
    bool may_edit = false;
};

Matrix MatrixOf(Ctx& ctx, const YearScope& scope, const std::string& team_value) {
    Matrix m;
    if (!team_value.empty()) {
        const auto id = ParsePositiveId(team_value);
        m.team = id ? ctx.app.orgs.Team(*id) : std::nullopt;
        if (!m.team || m.team->school_id != scope.school.id) throw core::NotFound();
        m.title = "LOB-taken team " + m.team->name;
        m.query = "?team=" + std::to_string(m.team->id);
        m.may_edit = core::Allowed(ctx.user, Permission::kEditWerkplan,
                                   core::Target::Team(scope.school.id, m.team->id));
    } else {
        m.title = "LOB-taken " + scope.school.name;
        m.may_edit = Can(ctx, Permission::kEditQuality, scope);
    }
    return m;
}

Matrix MatrixFromQuery(Ctx& ctx, const YearScope& scope) {
    return MatrixOf(ctx, scope, ctx.QueryParam("team").value_or(""));
}

std::optional<int64_t> TeamId(const Matrix& m) {
    return m.team ? std::optional(m.team->id) : std::nullopt;
}

std::vector<storage::StoredRecord> TasksOf(Ctx& ctx, const YearScope& scope, const Matrix& m) {
    return QualityOf(ctx).quality.Records(scope.year.id, Kind::kTaak, TeamId(m));
}

std::string CategoryLabel(std::string_view code) {
    for (const auto& c : core::TaskCategories())
        if (c.code == code) return std::string(c.label);
    return std::string(code);
}

Response ShowMatrix(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    const Matrix m = MatrixFromQuery(ctx, scope);
    const auto tasks = TasksOf(ctx, scope, m);
    View v = Object();
    v.set("school", scope.school.name);
    v.set("year", scope.label());
    v.set("year_path", scope.Link(kYear));
    v.set("title", m.title);
    ViewList actors;
    for (const auto& a : core::TaskActors()) actors.emplace_back(std::string(a.label));
    v.set("actors", std::move(actors));
    ViewList categories;
    int unassigned = 0;
    for (const auto& c : core::TaskCategories()) {
        View cat = Object();
        cat.set("label", std::string(c.label));
        ViewList rows;
        for (const auto& t : tasks) {
            const auto& f = t.record.fields;
            if (core::FieldOf(f, "categorie") != c.code) continue;
            View row = Object();
            row.set("task", std::string(core::FieldOf(f, "taak")));
            row.set("path", scope.Link(kTask, t.record.id) + m.query);
            const bool flag = core::Unassigned(f);
            unassigned += flag;
            row.set("unassigned", flag);
            ViewList cells;
            for (const auto& a : core::TaskActors()) {
                const auto carry = core::FieldOf(f, core::CarryField(a.code));
                View cell = Object();
                cell.set("letter", std::string(core::CarryLetter(carry)));
                cell.set("carry", std::string(carry));
                cell.set("actor", std::string(a.label));
                cell.set("note", std::string(core::FieldOf(f, core::NoteField(a.code))));
                cells.push_back(std::move(cell));
            }
            row.set("cells", std::move(cells));
            rows.push_back(std::move(row));
        }
        cat.set("rows", std::move(rows));
        categories.push_back(std::move(cat));
    }
    v.set("categories", std::move(categories));
    v.set("empty", tasks.empty());
    v.set("unassigned", std::to_string(unassigned));
    v.set("has_unassigned", unassigned > 0);
    v.set("csv_path", scope.Link(kTasksCsv) + m.query);
    v.set("xlsx_path", scope.Link(kTasksXlsx) + m.query);
    if (m.may_edit && scope.year.open()) {
        v.set("new_path", scope.Link(kNewTask) + m.query);
        if (tasks.empty() && m.team) {
            v.set("starter_path", scope.Link(kStarterSet));
            v.set("team_id", std::to_string(m.team->id));
        }
    }
    ViewList teams;
    for (const auto& t : ctx.app.orgs.Teams(scope.school.id)) {
        View item = Object();
        item.set("name", t.name);
        item.set("path", scope.Link(kTasks) + "?team=" + std::to_string(t.id));
        item.set("current", m.team && m.team->id == t.id);
        teams.push_back(std::move(item));
    }
    v.set("teams", std::move(teams));
    v.set("school_matrix_path", scope.Link(kTasks));
    v.set("is_school", !m.team);
    return RenderPage(ctx, "quality/tasks", std::move(v), m.title + " · " + scope.label());
}

std::vector<Sheet> MatrixSheets(Ctx& ctx, const YearScope& scope, const Matrix& m) {
    Sheet s{"LOB-taken", {}};
    TableRow header = {std::string("Categorie"), std::string("Taak")};
    for (const auto& a : core::TaskActors()) header.emplace_back(std::string(a.label));
    header.emplace_back(std::string("Niemand draagt deze taak"));
    header.emplace_back(std::string("Notities"));
    s.rows.push_back(std::move(header));
    for (const auto& t : TasksOf(ctx, scope, m)) {
        const auto& f = t.record.fields;
        TableRow row = {CategoryLabel(core::FieldOf(f, "categorie")),
                        std::string(core::FieldOf(f, "taak"))};
        std::string notes;
        for (const auto& a : core::TaskActors()) {
            row.emplace_back(std::string(core::FieldOf(f, core::CarryField(a.code))));
            const auto note = core::FieldOf(f, core::NoteField(a.code));
            if (!note.empty())
                notes +=
                    (notes.empty() ? "" : "; ") + std::string(a.label) + ": " + std::string(note);
        }
        row.emplace_back(std::string(core::Unassigned(f) ? "ja" : ""));
        row.emplace_back(notes);
        s.rows.push_back(std::move(row));
    }
    return {std::move(s)};
}

Response Download(Ctx& ctx, bool xlsx) {
    const YearScope scope = LoadYear(ctx);
    const Matrix m = MatrixFromQuery(ctx, scope);
    const auto sheets = MatrixSheets(ctx, scope, m);
    std::string name = "lob-taken-" + std::to_string(scope.year.start_year);
    if (m.team) name += "-team-" + std::to_string(m.team->id);
    return TableDownload(sheets, name, xlsx);
}

Response DownloadCsv(Ctx& ctx) { return Download(ctx, false); }
Response DownloadXlsx(Ctx& ctx) { return Download(ctx, true); }

RecordPage TaskPage(Ctx& ctx, const YearScope& scope, bool existing) {
    const Matrix m = MatrixFromQuery(ctx, scope);
    RecordPage page;
    page.kind = Kind::kTaak;
    page.team_id = TeamId(m);
    page.back_path = scope.Link(kTasks) + m.query;
    page.back_label = m.title;
    page.done_path = page.back_path;
    page.may_edit = m.may_edit;
    page.may_delete = true;
    page.intro =
        "Kies per betrokkene of die de taak uitvoert, ervoor verantwoordelijk is of "
        "erbij betrokken is. Een taak zonder uitvoerende of verantwoordelijke wordt "
        "gemarkeerd.";
    OpenListed(ctx, scope, page, existing, kTaskPaths, m.query);
    page.heading = page.stored ? std::string(core::FieldOf(page.stored->record.fields, "taak"))
                               : "Nieuwe taak · " + m.title;
    return page;
}

RecordPage NewTaskPage(Ctx& ctx, const YearScope& scope) { return TaskPage(ctx, scope, false); }
RecordPage ExistingTaskPage(Ctx& ctx, const YearScope& scope) { return TaskPage(ctx, scope, true); }

// A team starts its own matrix from the starter set.
Response StartTeamMatrix(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    RequireOpen(scope);
    const Matrix m = MatrixOf(ctx, scope, ctx.Field("team"));
    if (!m.team) throw core::InvalidInput("Kies het team waarvoor u de LOB-taken begint.");
    if (!m.may_edit) throw core::Forbidden();
    if (TasksOf(ctx, scope, m).empty()) {
        for (const auto& task : core::StarterMatrix(m.team->id))
            ThrowIfClosed(QualityOf(ctx).quality.Create(scope.year.id, task, AuthorOf(ctx),
                                                        ctx.app.clock.Now()),
                          scope);
    }
    SetFlash(ctx, "opgeslagen");
    return Redirect(scope.Link(kTasks) + m.query);
}

}  // namespace

void AddQualityTaskRoutes(Router& r) {
    const auto view = Access::School(Permission::kViewQuality, "school");
    // A team's matrix is edited by that team's roles and the school-wide ones.
    const auto edit = Access::School(Permission::kEditWerkplan, "school").Within(TeamOfTaskMatrix);
    r.Get(kTasks, view, ShowMatrix);
    r.Get(kTasksCsv, view, DownloadCsv);
    r.Get(kTasksXlsx, view, DownloadXlsx);
    r.Post(kStarterSet, Access::School(Permission::kEditWerkplan, "school").Within(TeamField),
           StartTeamMatrix);
    r.Get(kNewTask, edit, RecordRoute(RecordAction::kNew, NewTaskPage));
    r.Post(kTasks, edit, RecordRoute(RecordAction::kSave, NewTaskPage));
    r.Get(kTask, view, RecordRoute(RecordAction::kShow, ExistingTaskPage));
    r.Post(kTask, edit, RecordRoute(RecordAction::kSave, ExistingTaskPage));
    r.Post(kDeleteTask, edit, RecordRoute(RecordAction::kDelete, ExistingTaskPage));
}

}  // namespace koers::web
