// Redactie: redacteur and beheerder write content in the browser. The item form with a live
// Markdown preview, optimistic saving (a stale save shows the other editor's change and keeps
// the user's text), attachments and cover image. Revisions live in revision_pages.cpp.
#include "modules/content/core/content.hpp"
#include "modules/content/core/diff.hpp"
#include "modules/content/web/attachment_text.hpp"
#include "modules/content/web/catalog.hpp"
#include "modules/content/web/content_parts.hpp"
#include "modules/content/web/content_view.hpp"
#include "modules/content/web/editor_form.hpp"
#include "modules/content/web/paths.hpp"
#include "modules/content/web/routes.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/file_type.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/render/markdown.hpp"
#include "platform/web/render/shapes.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace content_paths;
namespace {

const Access kEditor = Access::Platform(core::Permission::kEditContent);

// The file of an attachment form ("bestand", titled by "titel") checked, for the upload of an
// item and for the first save of a new one: what to store, or the reason in `v` and the status
// that says it (CheckUploadedFile).
std::optional<storage::NewAttachment> CheckAttachment(const Ctx& ctx, core::Validation& v,
                                                      int& status) {
    const auto file = CheckTitledFile(ctx, v, status);
    if (!file) return std::nullopt;
    return storage::NewAttachment{file->name, file->title, file->media_type};
}

void StoreAttachment(Ctx& ctx, const storage::ContentRecord& rec,
                     storage::NewAttachment attachment) {
    attachment.text = AttachmentText(ctx.files[0].data, attachment.media_type);  // for search
    ContentOf(ctx).content.AddAttachment(rec.id, attachment, ctx.files[0].data, ctx.user->user_id,
                                         ctx.app.clock.Now());
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {"content.attachment_added", "Bijlage toegevoegd"}, rec.title,
                         attachment.filename, ctx.req.remote_address);
}

Response EditorList(Ctx& ctx) {
    storage::EditorFilter filter{ctx.QueryParam("type").value_or(""),
                                 ctx.QueryParam("status").value_or("")};
    if (!filter.kind.empty() && !core::FindKind(filter.kind)) filter.kind.clear();
    if (!filter.status.empty() && !core::IsStatus(filter.status)) filter.status.clear();
    View v = Object();
    ViewList items;
    const int64_t now = ctx.app.clock.Now();
    for (const auto& rec : ContentOf(ctx).content.ForEditor(filter)) {
        View item = Object();
        item.set("path", kItem.With(rec.id));
        item.set("title", rec.title);
        item.set("kind", std::string(core::FindKind(rec.kind)->singular));
        item.set("status", std::string(core::StatusLabel(rec.status)));
        item.set("scheduled",
                 rec.status == core::kPublished && rec.publish_at && *rec.publish_at > now);
        item.set("publish_at", rec.publish_at ? core::FormatDateTime(*rec.publish_at) : "");
        item.set("updated_at", core::FormatDateTime(rec.updated_at));
        item.set("author", rec.author_name);
        items.push_back(std::move(item));
    }
    v.set("items", std::move(items));
    v.set("empty", v.Find("items")->items().empty());
    ViewList kinds;
    for (const auto& k : core::ContentKinds()) {
        View item = ChoiceView(std::string(k.code), std::string(k.singular), filter.kind == k.code);
        item.set("new_path", kNewItem.With() + "?type=" + std::string(k.code));
        kinds.push_back(std::move(item));
    }
    v.set("kinds", std::move(kinds));
    v.set("statuses", StatusOptions(filter.status));
    return RenderPage(ctx, "editor/list", std::move(v), "Redactie");
}

Response NewItem(Ctx& ctx) {
    const std::string type = ctx.QueryParam("type").value_or("nieuws");
    if (!core::FindKind(type)) throw core::NotFound();
    storage::ContentRecord rec;
    rec.kind = type;
    rec.status = std::string(core::kConcept);
    return EditorForm(ctx, rec, {}, 200);
}

Response CreateItem(Ctx& ctx) {
    const std::string type = ctx.Field("kind");
    if (!core::FindKind(type)) throw core::InvalidInput("Kies een soort inhoud.");
    storage::ContentRecord rec;
    rec.kind = type;
    core::Validation v = ReadForm(ctx, rec, {});
    // A file may come with the first save; it is checked before anything is stored, so a refused
    // file leaves no item behind, and a refused item no file.
    int status = 400;
    std::optional<storage::NewAttachment> attachment;
    if (!ctx.files.empty() || !ctx.Field("titel").empty())
        attachment = CheckAttachment(ctx, v, status);
    if (v.ok()) {
        try {
            ContentOf(ctx).content.Create(rec, ctx.app.clock.Now());
        } catch (const storage::ConstraintError&) {
            v.Add("slug", "Dit webadres is al in gebruik; kies een ander.");
        }
    }
    if (!v.ok()) {
        if (attachment)
            v.Add("bestand", "Het item is nog niet opgeslagen: kies het bestand opnieuw.");
        return EditorForm(ctx, rec, v, status);
    }
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {"content.created", "Item aangemaakt"}, rec.title, rec.kind,
                         ctx.req.remote_address);
    if (attachment) StoreAttachment(ctx, rec, *attachment);
    ItemChanged(ctx, rec.id);
    SetFlash(ctx, "opgeslagen");
    return Redirect(kItem.With(rec.id));
}

Response EditItem(Ctx& ctx) { return EditorForm(ctx, LoadItem(ctx), {}, 200); }

Response SaveItem(Ctx& ctx) {
    const storage::ContentRecord stored = LoadItem(ctx);
    storage::ContentRecord rec = stored;
    core::Validation v = ReadForm(ctx, rec, ContentOf(ctx).content.Attachments(stored.id));
    const auto expected = ParsePositiveId(ctx.Field("version"));
    if (!expected)
        throw core::InvalidInput("Het formulier mist de versie; laad de pagina opnieuw.");
    if (!v.ok()) return EditorForm(ctx, rec, v, 400);
    bool saved = false;
    try {
        saved = ContentOf(ctx).content.Update(rec, *expected, ctx.app.clock.Now());
    } catch (const storage::ConstraintError&) {
        v.Add("slug", "Dit webadres is al in gebruik; kies een ander.");
        return EditorForm(ctx, rec, v, 400);
    }
    if (!saved) {
        // Somebody saved in between: show their version and keep this user's text in the form.
        const storage::ContentRecord current = LoadItem(ctx);
        Conflict conflict{current, core::DiffLines(current.body, rec.body)};
        rec.version = current.version;  // saving again now deliberately replaces theirs
        return EditorForm(ctx, rec, {}, 409, &conflict);
    }
    ItemChanged(ctx, rec.id);
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {"content.saved", "Item opgeslagen"}, rec.title,
                         "versie " + std::to_string(rec.version), ctx.req.remote_address);
    SetFlash(ctx, "opgeslagen");
    return Redirect(kItem.With(rec.id));
}

// The live preview: the Markdown of the form's body as HTML (a fragment, no layout).
Response Preview(Ctx& ctx) {
    const std::string body = ctx.Field("body");
    if (body.size() > core::kMaxBody) return Text(413, "De tekst is te lang voor een voorbeeld.");
    Response r;
    r.body = MarkdownToHtml(body);
    return r;
}

Response UploadAttachment(Ctx& ctx) {
    storage::ContentRecord rec = LoadItem(ctx);
    core::Validation v;
    int status = 400;
    const auto attachment = CheckAttachment(ctx, v, status);
    if (!attachment) return EditorForm(ctx, rec, v, status);
    StoreAttachment(ctx, rec, *attachment);
    ItemChanged(ctx, rec.id);  // the item's page lists its attachments
    SetFlash(ctx, "bijlage-toegevoegd");
    return Redirect(kItem.With(rec.id) + "#bijlagen");
}

Response RemoveAttachment(Ctx& ctx) {
    storage::ContentRecord rec = LoadItem(ctx);
    auto info = ContentOf(ctx).content.AttachmentInfoOf(ctx.Id("attachment"));
    if (!info || info->item_id != rec.id) throw core::NotFound();
    ContentOf(ctx).content.RemoveAttachment(info->id, ctx.app.clock.Now());
    ItemChanged(ctx, rec.id);
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {"content.attachment_removed", "Bijlage verwijderd"}, rec.title,
                         info->filename, ctx.req.remote_address);
    SetFlash(ctx, "bijlage-verwijderd");
    return Redirect(kItem.With(rec.id) + "#bijlagen");
}

}  // namespace

void AddEditorRoutes(Router& r) {
    r.Get(kRedactie, kEditor, EditorList);
    r.Get(kNewItem, kEditor, NewItem);
    r.Upload(kRedactie, kEditor, CreateItem);  // a new item may bring its first attachment
    r.Post(kPreview, kEditor, Preview);
    r.Get(kItem, kEditor, EditItem);
    r.Post(kItem, kEditor, SaveItem);
    r.Upload(kAttachments, kEditor, UploadAttachment);
    r.Post(kRemoveAttachment, kEditor, RemoveAttachment);
}

}  // namespace koers::web
