#include "modules/content/web/editor_form.hpp"

#include "modules/content/core/item_form.hpp"
#include "modules/content/web/content_parts.hpp"
#include "platform/core/common/file_type.hpp"
#include "platform/web/records/record_views.hpp"

#include "modules/content/core/content.hpp"
#include "modules/content/storage/taxonomy_repo.hpp"
#include "modules/content/web/content_view.hpp"
#include "modules/content/web/paths.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/render/shapes.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace content_paths;
namespace {

std::string WithoutCarriageReturns(std::string s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i)
        if (!(s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n')) out.push_back(s[i]);
    return out;
}

}  // namespace

core::Validation ReadForm(Ctx& ctx, storage::ContentRecord& rec,
                          const std::vector<storage::AttachmentInfo>& attachments) {
    core::ContentInput in;
    in.kind = rec.kind;
    in.title = ctx.Field("title");
    in.slug = ctx.Field("slug");
    in.summary = ctx.Field("summary");
    in.body = WithoutCarriageReturns(ctx.Field("body"));
    in.status = ctx.Field("status");
    in.publish_at = core::Trim(ctx.Field("publish_at"));
    core::Validation extra;
    for (const auto& t : ctx.FieldValues("term")) {
        if (auto id = ParsePositiveId(t))
            in.term_ids.push_back(*id);
        else
            extra.Add("terms", "Een gekozen sector, thema of soort bestaat niet (meer).");
    }
    if (auto soort = ParsePositiveId(ctx.Field("soort"))) in.term_ids.push_back(*soort);
    in.school_name = ctx.Field("school_name");
    if (!ctx.Field("region").empty()) {
        in.region_id = ParsePositiveId(ctx.Field("region"));
        if (!in.region_id || !ctx.app.orgs.Region(*in.region_id)) {
            extra.Add("region", "Kies een bestaande regio of 'geen regio'.");
            in.region_id.reset();
        }
    }
    if (!ctx.Field("cover").empty()) {
        in.cover_id = ParsePositiveId(ctx.Field("cover"));
        bool ok = false;
        for (const auto& a : attachments)
            ok = ok || (in.cover_id == a.id && a.media_type.rfind("image/", 0) == 0);
        if (!ok) {
            extra.Add("cover", "Kies als omslag een afbeelding die bij dit item hoort.");
            in.cover_id.reset();
        }
    }
    in.cover_alt = ctx.Field("cover_alt");
    in.highlighted = ctx.Field("highlighted") == "1";

    std::optional<int64_t> publish_at;
    core::Validation v =
        core::ValidateContent(in, ContentOf(ctx).taxonomy.All(), ctx.app.clock.Now(), publish_at);
    for (const auto& e : extra.errors()) v.Add(e.field, e.message);
    rec.title = in.title;
    rec.slug = in.slug;
    rec.summary = in.summary;
    rec.body = in.body;
    rec.status = core::IsStatus(in.status) ? in.status : std::string(core::kConcept);
    rec.publish_at = publish_at;
    rec.term_ids = in.term_ids;
    rec.school_name = in.kind == "praktijkvoorbeeld" ? in.school_name : "";
    rec.region_id = in.region_id;
    rec.cover_id = in.cover_id;
    rec.cover_alt = in.cover_alt;
    rec.highlighted = in.highlighted;
    rec.author_id = ctx.user->user_id;
    return v;
}

storage::ContentRecord LoadItem(Ctx& ctx) {
    auto rec = ContentOf(ctx).content.Get(ctx.Id("item"));
    if (!rec) throw core::NotFound();
    return std::move(*rec);
}

ViewList StatusOptions(std::string_view selected) {
    ViewList out;
    for (auto s : {core::kConcept, core::kPublished, core::kArchived})
        out.push_back(ChoiceView(std::string(s), std::string(core::StatusLabel(s)), selected == s));
    return out;
}

ViewList DiffView(const std::vector<core::DiffLine>& lines) {
    ViewList out;
    for (const auto& l : lines) {
        View item = Object();
        item.set("text", l.text.empty() ? std::string(" ") : l.text);
        item.set("added", l.op == core::DiffLine::Op::kAdded);
        item.set("removed", l.op == core::DiffLine::Op::kRemoved);
        out.push_back(std::move(item));
    }
    return out;
}

Response EditorForm(Ctx& ctx, const storage::ContentRecord& rec, const core::Validation& v,
                    int status, const Conflict* conflict) {
    const core::ContentKind& kind = *core::FindKind(rec.kind);
    const bool is_new = rec.id == 0;
    View view = Object();
    view.set("is_new", is_new);
    view.set("id", std::to_string(rec.id));
    view.set("action", is_new ? kRedactie.With() : kItem.With(rec.id));
    view.set("kind", std::string(rec.kind));
    view.set("kind_label", std::string(kind.singular));
    view.set("version", std::to_string(rec.version));
    view.set("title", rec.title);
    view.set("attachment_title", ctx.Field("titel"));  // kept when the form comes back
    view.set("slug", rec.slug);
    view.set("summary", rec.summary);
    view.set("body", rec.body);
    std::string publish_text = rec.publish_at ? core::FormatLocalInput(*rec.publish_at) : "";
    if (ctx.Posted("publish_at") && !v.ok()) publish_text = ctx.Field("publish_at");
    view.set("publish_at", publish_text);
    view.set("school_name", rec.school_name);
    view.set("cover_alt", rec.cover_alt);
    view.set("highlighted", rec.highlighted);
    view.set("is_kennisbank", rec.kind == "kennisbank");
    view.set("is_praktijk", rec.kind == "praktijkvoorbeeld");
    view.set("has_terms", rec.kind != "pagina");
    view.set("public_href", core::ContentPath(rec.kind, rec.slug));

    view.set("statuses", StatusOptions(rec.status));

    TermLabels labels(ContentOf(ctx).taxonomy.All());
    view.set("sectors", labels.Options("sector", rec.term_ids));
    view.set("themes", labels.Options("thema", rec.term_ids));
    view.set("soorten", labels.Options("soort", rec.term_ids));
    ViewList regions;
    for (const auto& r : ctx.app.orgs.Regions())
        regions.push_back(ChoiceView(std::to_string(r.id), r.name, rec.region_id == r.id));
    view.set("regions", std::move(regions));

    if (!is_new) {
        ViewList attachments, covers;
        for (const auto& a : ContentOf(ctx).content.Attachments(rec.id)) {
            View item = Object();
            item.set("id", std::to_string(a.id));
            item.set("name", a.title.empty() ? a.filename : a.title);
            item.set("file", a.title.empty() ? std::string() : a.filename);
            item.set("href", AttachmentUrl(a.id, a.filename));
            item.set("size", HumanSize(a.size));
            item.set("type", std::string(core::FileKindLabel(a.media_type)));
            item.set("remove_action", kRemoveAttachment.With(rec.id, a.id));
            attachments.push_back(std::move(item));
            if (a.media_type.rfind("image/", 0) == 0) {
                covers.push_back(ChoiceView(std::to_string(a.id),
                                            a.title.empty() ? a.filename : a.title,
                                            rec.cover_id == a.id));
            }
        }
        view.set("attachments", std::move(attachments));
        view.set("covers", std::move(covers));
        view.set("upload_action", kAttachments.With(rec.id));
        view.set("revisions_href", kRevisions.With(rec.id));
    }
    if (conflict) {
        const std::string author = conflict->current.author_name.empty()
                                       ? std::string("een andere redacteur")
                                       : conflict->current.author_name;
        View c = ConflictView(
            "Niet opgeslagen: " + author + " heeft dit item op " +
                core::FormatDateTime(conflict->current.updated_at) + " opgeslagen (versie " +
                std::to_string(conflict->current.version) +
                ") terwijl u het bewerkte. Uw tekst staat hieronder nog in het formulier. Neem "
                "over wat u van hun versie wilt houden en sla dan opnieuw op; dan vervangt uw "
                "versie die van hen (hun versie blijft bij de versies bewaard).",
            core::Changes(core::ItemForm(), ItemFields(conflict->current), ItemFields(rec)));
        bool body_changed = false;
        for (const auto& l : conflict->body_diff) body_changed |= l.op != core::DiffLine::Op::kSame;
        c.set("body_changed", body_changed);
        c.set("diff", DiffView(conflict->body_diff));
        view.set("conflict", std::move(c));
    }
    AddErrors(view, v);
    return RenderPage(ctx, "editor/form", std::move(view),
                      is_new ? "Nieuw: " + std::string(kind.singular) : "Bewerken: " + rec.title,
                      status);
}

core::Fields ItemFields(const storage::ContentRecord& rec) {
    core::Fields f = {{"title", rec.title},
                      {"slug", rec.slug},
                      {"summary", rec.summary},
                      {"status", rec.status},
                      {"school_name", rec.school_name},
                      {"cover_alt", rec.cover_alt}};
    if (rec.publish_at) f["publish_at"] = core::FormatDateTime(*rec.publish_at);
    if (rec.highlighted) f["highlighted"] = "ja";
    return f;
}

}  // namespace koers::web
