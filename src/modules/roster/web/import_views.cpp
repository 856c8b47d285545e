#include "modules/roster/web/import_views.hpp"

#include "modules/roster/web/roster_parts.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/auth/accounts.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {
namespace {

constexpr size_t kMaxFileBytes = size_t{2} * 1024 * 1024;

}  // namespace

void SetImportHistory(View& v, const Ctx& ctx, int64_t school, storage::ImportKind kind,
                      const RoutePath& preview, const RoutePath& undo) {
    const auto last = RosterOf(ctx).imports.LastApplied(school);
    ViewList history;
    for (const auto& i : RosterOf(ctx).imports.OfSchool(school, kind, 20)) {
        View item = LinkView(preview.With(school, i.id), i.file_name);
        item.set("when", core::FormatDateTime(i.created_at));
        item.set("by", i.by_name);
        item.set("state", i.undone_at    ? std::string("teruggedraaid")
                          : i.applied_at ? "verwerkt: " + i.summary
                                         : std::string("niet verwerkt"));
        item.set("undo_path", last == i.id ? undo.With(school, i.id) : std::string());
        history.push_back(std::move(item));
    }
    v.set("has_history", !history.empty());
    v.set("history", std::move(history));
}

std::optional<std::string_view> UploadedList(const Ctx& ctx, core::Validation& v, int& status,
                                             std::string_view missing) {
    status = 400;
    if (ctx.files.size() != 1 || ctx.files[0].data.empty()) {
        v.Add("bestand", std::string(missing));
        return std::nullopt;
    }
    if (ctx.files[0].data.size() > kMaxFileBytes) {
        v.Add("bestand",
              "Dit bestand is groter dan 2 MB. Een lijst van 5.000 leerlingen past ruim; staat "
              "er iets anders in?");
        status = 413;
        return std::nullopt;
    }
    return ctx.files[0].data;
}

std::string UploadName(const Ctx& ctx, std::string_view fallback) {
    std::string name = ctx.files.empty() ? std::string() : ctx.files[0].filename;
    if (name.empty() || name.size() > 120 || !core::IsCleanText(name, false))
        name = std::string(fallback);
    return name;
}

storage::RosterImport LoadImport(const Ctx& ctx, storage::ImportKind kind) {
    auto found = RosterOf(ctx).imports.Find(ctx.Id("school"), kind, ctx.Id("import"));
    if (!found) throw core::NotFound();
    return *found;
}

Response UndoImport(Ctx& ctx, storage::ImportKind kind, const core::AuditAction& audit_action,
                    const RoutePath& back) {
    const int64_t school = ctx.Id("school");
    const auto stored = LoadImport(ctx, kind);
    for (int64_t user : RosterOf(ctx).service.Undo(school, stored.id))
        ctx.app.accounts.RolesChanged(user);
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id, audit_action, stored.file_name,
                         stored.summary, ctx.req.remote_address);
    SetFlash(ctx, "import-teruggedraaid");
    return Redirect(back.With(school));
}

ViewList Texts(const std::vector<std::string>& texts) {
    ViewList out;
    for (const auto& t : texts) out.emplace_back(t);
    return out;
}

}  // namespace koers::web
