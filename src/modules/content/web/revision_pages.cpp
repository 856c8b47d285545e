// Revisions of a content item: the list, the differences between two, and restoring an old
// one (as a new version, so nothing is ever lost).
#include "modules/content/core/content.hpp"
#include "modules/content/core/diff.hpp"
#include "modules/content/core/item_form.hpp"
#include "modules/content/web/catalog.hpp"
#include "modules/content/web/content_parts.hpp"
#include "modules/content/web/editor_form.hpp"
#include "modules/content/web/paths.hpp"
#include "modules/content/web/routes.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/records/record_views.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace content_paths;
namespace {

const Access kRevisionsAccess = Access::Platform(core::Permission::kEditContent);

Response RevisionList(Ctx& ctx) {
    const storage::ContentRecord rec = LoadItem(ctx);
    View v = Object();
    v.set("title", rec.title);
    v.set("edit_href", kItem.With(rec.id));
    v.set("compare_action", kCompare.With(rec.id));
    ViewList list;
    const auto revisions = ContentOf(ctx).content.Revisions(rec.id);
    for (const auto& r : revisions) {
        View item = Object();
        item.set("version", std::to_string(r.version));
        item.set("at", core::FormatDateTime(r.created_at));
        item.set("author", r.author_name);
        item.set("status", std::string(core::StatusLabel(r.status)));
        item.set("title", r.title);
        item.set("current", r.version == rec.version);
        item.set("restore_action", kRestore.With(rec.id, r.version));
        item.set("from_selected", revisions.size() > 1 && r.version == revisions[1].version);
        item.set("to_selected", r.version == rec.version);
        list.push_back(std::move(item));
    }
    v.set("revisions", std::move(list));
    v.set("can_compare", revisions.size() > 1);
    return RenderPage(ctx, "editor/revisions", std::move(v), "Versies: " + rec.title);
}

Response Compare(Ctx& ctx) {
    const storage::ContentRecord rec = LoadItem(ctx);
    const auto from_v = ParsePositiveId(ctx.QueryParam("van").value_or(""));
    const auto to_v = ParsePositiveId(ctx.QueryParam("naar").value_or(""));
    if (!from_v || !to_v) throw core::InvalidInput("Kies twee versies om te vergelijken.");
    auto from = ContentOf(ctx).content.Revision(rec.id, *from_v);
    auto to = ContentOf(ctx).content.Revision(rec.id, *to_v);
    if (!from || !to) throw core::NotFound();
    View v = Object();
    v.set("title", rec.title);
    v.set("from", std::to_string(from->version));
    v.set("to", std::to_string(to->version));
    v.set("revisions_href", kRevisions.With(rec.id));
    v.set("fields",
          ChangeViews(core::Changes(core::ItemForm(), ItemFields(*from), ItemFields(*to))));
    auto diff = core::DiffLines(from->body, to->body);
    bool body_changed = false;
    for (const auto& l : diff) body_changed |= l.op != core::DiffLine::Op::kSame;
    v.set("body_changed", body_changed);
    v.set("diff", DiffView(diff));
    return RenderPage(ctx, "editor/compare", std::move(v), "Versies vergelijken: " + rec.title);
}

Response Restore(Ctx& ctx) {
    storage::ContentRecord current = LoadItem(ctx);
    auto old = ContentOf(ctx).content.Revision(current.id, ctx.Id("version"));
    if (!old) throw core::NotFound();
    storage::ContentRecord rec = *old;
    rec.id = current.id;
    rec.author_id = ctx.user->user_id;
    // A cover that has since been removed cannot come back.
    bool cover_exists = false;
    for (const auto& a : ContentOf(ctx).content.Attachments(rec.id))
        cover_exists |= rec.cover_id == a.id;
    if (!cover_exists) rec.cover_id.reset();
    bool saved = false;
    try {
        saved = ContentOf(ctx).content.Update(rec, current.version, ctx.app.clock.Now());
    } catch (const storage::ConstraintError&) {
        rec.slug = current.slug;  // the old address now belongs to another item
        saved = ContentOf(ctx).content.Update(rec, current.version, ctx.app.clock.Now());
    }
    if (!saved)
        throw core::Conflict(
            "Iemand anders heeft dit item net opgeslagen. Bekijk de versies opnieuw en kies "
            "dan welke u terugzet.");
    ItemChanged(ctx, rec.id);
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {"content.restored", "Eerdere versie van een item teruggezet"}, rec.title,
                         "versie " + std::to_string(old->version), ctx.req.remote_address);
    SetFlash(ctx, "hersteld");
    return Redirect(kItem.With(rec.id));
}

}  // namespace

void AddRevisionRoutes(Router& r) {
    r.Get(kRevisions, kRevisionsAccess, RevisionList);
    r.Get(kCompare, kRevisionsAccess, Compare);
    r.Post(kRestore, kRevisionsAccess, Restore);
}

}  // namespace koers::web
