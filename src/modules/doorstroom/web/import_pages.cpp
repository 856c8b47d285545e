// The import of doorstroomgegevens by the beheerder: a CSV file (docs/doorstroom-formats.md) of
// where leavers went, of uitval en overstap or of instroom (told apart by their columns), is read
// whole first;
// a file with a problem is refused with the line and column of the first one, and nothing of it
// is kept. A good file replaces the years it holds of its kind, in one transaction.
#include "modules/doorstroom/web/doorstroom_parts.hpp"
#include "modules/doorstroom/web/paths.hpp"
#include "modules/doorstroom/web/routes.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/file_type.hpp"
#include "platform/core/common/validation.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/pages/page.hpp"

namespace koers::web {

using namespace doorstroom_paths;
using core::Permission;
namespace {

// Five years of every school in the country in the Koers format are about 9 MB.
constexpr size_t kMaxFileBytes = size_t{11} * 1024 * 1024;

View ImportView(Ctx& ctx) {
    View v = Object();
    v.set("action", kImport.With());
    ViewList years;
    auto& repo = DoorstroomOf(ctx).flows;
    for (const auto& [kind, label] :
         {std::pair(storage::FigureKind::kFlows, "Bestemmingen"),
          std::pair(storage::FigureKind::kAttrition, "Uitval en overstap"),
          std::pair(storage::FigureKind::kInflow, "Instroom")})
        for (const auto& y : repo.Years(kind)) {
            View item = Object();
            item.set("kind", std::string(label));
            item.set("year", std::to_string(y.year));
            item.set("file", y.file_name);
            item.set("rows", std::to_string(y.rows));
            item.set("schools", std::to_string(y.schools));
            item.set("when", core::FormatDateTime(y.imported_at));
            item.set("by", y.by_name.empty() ? std::string("–") : y.by_name);
            years.push_back(std::move(item));
        }
    v.set("has_years", !years.empty());
    v.set("years", std::move(years));
    return v;
}

Response ImportPage(Ctx& ctx) {
    return RenderPage(ctx, "doorstroom/import", ImportView(ctx), "Doorstroomcijfers importeren");
}

Response Refuse(Ctx& ctx, std::string message, int status) {
    View v = ImportView(ctx);
    core::Validation errors;
    errors.Add("bestand", std::move(message));
    AddErrors(v, errors);
    return RenderPage(ctx, "doorstroom/import", std::move(v), "Doorstroomcijfers importeren",
                      status);
}

Response Refused(Ctx& ctx, const core::CsvProblem& problem) {
    return Refuse(ctx,
                  "Dit bestand is niet geïmporteerd. " + core::CsvProblemText(problem) +
                      " Verbeter het bestand en probeer het opnieuw; er is niets veranderd.",
                  422);
}

// "2024, 2025".
std::string YearsText(const std::vector<int>& years) {
    std::string out;
    for (int y : years) out += (out.empty() ? "" : ", ") + std::to_string(y);
    return out;
}

Response Upload(Ctx& ctx) {
    if (ctx.files.size() != 1 || ctx.files[0].data.empty())
        return Refuse(ctx, "Kies het CSV-bestand met de doorstroomcijfers.", 400);
    if (ctx.files[0].data.size() > kMaxFileBytes)
        return Refuse(ctx,
                      "Dit bestand is groter dan 11 MB. Vijf jaar cijfers van alle scholen in "
                      "Nederland passen ruim; splits het bestand anders per jaar.",
                      413);
    const auto& bytes = ctx.files[0].data;
    const std::string name = core::SafeFileName(ctx.files[0].filename, "csv");
    auto& parts = DoorstroomOf(ctx);
    std::string what;  // for the audit log
    if (core::IsInflowFile(bytes)) {
        auto read = core::ReadInflowFile(bytes);
        if (auto* p = std::get_if<core::CsvProblem>(&read)) return Refused(ctx, *p);
        const auto& file = std::get<core::InflowFile>(read);
        parts.flows.ReplaceInflow(file, name, ctx.user->user_id, ctx.app.clock.Now(),
                                  ctx.app.clock.NowMillis());
        what = "Instroom: " + std::to_string(file.cells.size()) + " regels, " +
               std::to_string(file.schools) + " instellingen, jaren " + YearsText(file.years);
    } else if (core::IsAttritionFile(bytes)) {
        auto read = core::ReadAttritionFile(bytes);
        if (auto* p = std::get_if<core::CsvProblem>(&read)) return Refused(ctx, *p);
        const auto& file = std::get<core::AttritionFile>(read);
        parts.flows.ReplaceAttrition(file, name, ctx.user->user_id, ctx.app.clock.Now(),
                                     ctx.app.clock.NowMillis());
        what = "Uitval en overstap: " + std::to_string(file.cells.size()) + " regels, " +
               std::to_string(file.schools) + " scholen, jaren " + YearsText(file.years);
    } else {
        auto read = core::ReadFlowFile(bytes);
        if (auto* p = std::get_if<core::CsvProblem>(&read)) return Refused(ctx, *p);
        const auto& file = std::get<core::FlowFile>(read);
        parts.flows.Replace(file, name, ctx.user->user_id, ctx.app.clock.Now(),
                            ctx.app.clock.NowMillis());
        what = "Bestemmingen: " + std::to_string(file.flows.size()) + " regels, " +
               std::to_string(file.schools) + " scholen, jaren " + YearsText(file.years);
    }
    parts.figures.LoadAll();
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {"doorstroom.imported", "Doorstroomcijfers geïmporteerd"}, name, what,
                         ctx.req.remote_address);
    SetFlash(ctx, "doorstroom-geimporteerd");
    return Redirect(kImport.With());
}

}  // namespace

void AddDoorstroomImportRoutes(Router& r) {
    const auto manage = Access::Platform(Permission::kManagePlatform);
    r.Get(kImport, manage, ImportPage);
    r.Upload(kImport, manage, Upload);
}

}  // namespace koers::web
