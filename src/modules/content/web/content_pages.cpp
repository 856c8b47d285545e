// Public content: lists per kind with facets, detail pages, pagina's, the search page and
// attachment downloads. Anyone may read what is published and due; editors also see the rest
// (marked as not public).
#include "modules/content/core/content.hpp"
#include "modules/content/core/search/query.hpp"
#include "modules/content/storage/taxonomy_repo.hpp"
#include "modules/content/web/catalog.hpp"
#include "modules/content/web/content_parts.hpp"
#include "modules/content/web/content_view.hpp"
#include "modules/content/web/paths.hpp"
#include "modules/content/web/routes.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/file_type.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/render/pagination.hpp"
#include "platform/web/render/shapes.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace content_paths;
namespace {

const core::ContentKind& Kind(std::string_view code) { return *core::FindKind(code); }

std::string_view Intro(std::string_view kind) {
    if (kind == "nieuws")
        return "Berichten over bijeenkomsten, regelingen, onderzoek en wat er verder speelt rond "
               "loopbaanoriëntatie en -begeleiding.";
    if (kind == "kennisbank")
        return "Handreikingen, wegwijzers, onderzoek en instrumenten om LOB op school te "
               "ontwikkelen en te verbeteren.";
    if (kind == "praktijkvoorbeeld")
        return "Hoe scholen in het vo, mbo en hbo LOB vormgeven: wat zij deden, wat het opleverde "
               "en wat zij anderen aanraden.";
    return "Functies in het onderwijs en bij LOB-organisaties.";
}

bool CanEdit(const Ctx& ctx) {
    return core::Allowed(ctx.user, core::Permission::kEditContent, core::Target::Platform());
}

int ParseYear(const std::string& s) {
    if (s.size() != 4) return -1;
    int y = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return -1;
        y = y * 10 + (c - '0');
    }
    return y;
}

// Applies the facet parameters to a request; false when one of them is malformed.
bool ApplyFilters(const ListParams& p, core::SearchRequest& req) {
    req.filter.subtype = p.soort;
    req.filter.sector = p.sector;
    req.filter.thema = p.thema;
    if (!p.jaar.empty()) {
        req.filter.year = ParseYear(p.jaar);
        if (req.filter.year < 0) return false;
    }
    req.offset = (p.pagina - 1) * kPageSize;
    req.limit = kPageSize;
    return true;
}

View ResultsView(const core::SearchResult& res, const ListParams& p, std::string_view path,
                 bool with_kind, const TermLabels& labels) {
    View v = Object();
    ViewList hits;
    for (const auto& h : res.hits) hits.push_back(HitView(h, labels));
    v.set("hits", std::move(hits));
    v.set("total", std::to_string(res.total));
    v.set("total_is_one", res.total == 1);
    v.set("facets", FacetViews(res.facets, p, path, labels, with_kind));
    v.set("pagination", PaginationView(res.total, kPageSize, p.pagina,
                                       [&](size_t n) { return p.Page(path, n); }));
    v.set("page", std::to_string(p.pagina));
    return v;
}

Response ListPage(Ctx& ctx, std::string_view code) {
    const core::ContentKind& kind = Kind(code);
    const ListParams p = ListParams::From(ctx.target);
    core::SearchRequest req;
    req.filter.kind = std::string(kind.code);
    req.sort = core::SearchSort::kNewest;
    req.now = ctx.app.clock.Now();
    if (!ApplyFilters(p, req)) throw core::InvalidInput("Dit jaartal kent Koers niet.");
    const auto found = ContentOf(ctx).catalog.Search(req);
    const core::SearchResult& res = *found;
    if (p.pagina > 1 && res.hits.empty()) throw core::NotFound();
    TermLabels labels(ContentOf(ctx).terms.All());
    View v = ResultsView(res, p, kind.path, false, labels);
    v.set("heading", std::string(kind.plural));
    v.set("intro", std::string(Intro(code)));
    v.set("is_news", code == "nieuws");
    v.set("can_edit", CanEdit(ctx));
    v.set("new_href", kNewItem.With() + "?type=" + std::string(code));
    v.set("filtered", !p.soort.empty() || !p.sector.empty() || !p.thema.empty() || !p.jaar.empty());
    v.set("clear_href", std::string(kind.path));
    PageMeta meta;
    meta.description = std::string(Intro(code));
    meta.canonical_path = p.Page(kind.path, p.pagina);
    if (code == "nieuws") meta.feed_path = kNewsFeed.With();
    return RenderPage(ctx, "content/list", std::move(v), kind.plural, 200, &meta);
}

Response MovedPermanently(const std::string& path) {
    Response r = Redirect(path);
    r.status = 301;
    return r;
}

// Finds the item for a URL slug: the item, or a redirect from an old slug or another kind's
// path, or NotFound. Items that are not public are only shown to editors.
Response Detail(Ctx& ctx, std::string_view code) {
    const std::string slug = Find(ctx.params, "slug").value_or("");
    auto rec = ContentOf(ctx).content.BySlug(slug);
    if (!rec) {
        auto moved = ContentOf(ctx).content.ItemForOldSlug(slug);
        auto now = moved ? ContentOf(ctx).content.Get(*moved) : std::nullopt;
        if (!now) throw core::NotFound();
        return MovedPermanently(core::ContentPath(now->kind, now->slug));
    }
    if (rec->kind != code) return MovedPermanently(core::ContentPath(rec->kind, rec->slug));
    const bool is_public = core::IsPublic(rec->status, rec->publish_at, ctx.app.clock.Now());
    const bool editor = CanEdit(ctx);
    if (!is_public && !editor) throw core::NotFound();

    TermLabels labels(ContentOf(ctx).terms.All());
    View v = Object();
    v.set("title", rec->title);
    v.set("summary", rec->summary);
    v.set("body_html", ContentOf(ctx).bodies.Html(rec->id, rec->body));
    v.set("kind", std::string(Kind(rec->kind).singular));
    v.set("kind_plural", std::string(Kind(rec->kind).plural));
    v.set("kind_href", std::string(Kind(rec->kind).path));
    v.set("is_page", rec->kind == "pagina");
    if (rec->publish_at) {
        v.set("date", core::FormatDateLong(*rec->publish_at));
        v.set("date_iso", core::FormatRfc3339(*rec->publish_at));
    }
    v.set("school", rec->school_name);
    ViewList sectors, themes;
    for (int64_t id : rec->term_ids) {
        for (const auto& t : labels.terms()) {
            if (t.id != id) continue;
            View tag =
                LinkView(std::string(Kind(rec->kind).path) + "?" +
                             (t.vocabulary == "sector" ? "sector=" : "thema=") + UrlEncode(t.slug),
                         t.label);
            if (t.vocabulary == "sector")
                sectors.push_back(std::move(tag));
            else if (t.vocabulary == "thema")
                themes.push_back(std::move(tag));
            if (t.vocabulary == "soort") v.set("soort", t.label);
        }
    }
    const bool linkable = rec->kind != "pagina";
    v.set("sectors", std::move(sectors));
    v.set("themes", std::move(themes));
    v.set("linkable", linkable);
    PageMeta meta;
    ViewList attachments;
    for (const auto& a : ContentOf(ctx).content.Attachments(rec->id)) {
        const std::string url = AttachmentUrl(a.id, a.filename);
        if (rec->cover_id == a.id) {
            v.set("cover_src", url);
            v.set("cover_alt", rec->cover_alt);
            meta.image_path = url;
            continue;
        }
        View item = Object();
        item.set("href", url);
        item.set("name", a.title.empty() ? a.filename : a.title);
        item.set("size", HumanSize(a.size));
        item.set("type", std::string(core::FileKindLabel(a.media_type)));
        attachments.push_back(std::move(item));
    }
    v.set("attachments", std::move(attachments));
    if (linkable) {
        ViewList related;
        for (const auto& h : ContentOf(ctx).catalog.Related(rec->id, 3))
            related.push_back(HitView(h, labels));
        v.set("related", std::move(related));
    }
    v.set("not_public", !is_public);
    v.set("status_label", std::string(core::StatusLabel(rec->status)));
    v.set("can_edit", editor);
    v.set("edit_href", kItem.With(rec->id));
    meta.description = rec->summary;
    meta.canonical_path = core::ContentPath(rec->kind, rec->slug);
    meta.og_type = rec->kind == "pagina" ? "website" : "article";
    Response r = RenderPage(ctx, "content/detail", std::move(v), rec->title, 200, &meta);
    if (!is_public) r.SetHeader("X-Robots-Tag", "noindex");
    return r;
}

Response SearchPage(Ctx& ctx) {
    const ListParams p = ListParams::From(ctx.target);
    const core::ParsedQuery query = core::ParseQuery(p.q);
    View v = Object();
    v.set("q", p.q);
    v.set("notice", query.notice);
    v.set("newest", p.sorteer == "nieuwste");
    v.set("relevance_href", p.With(kSearch, "sorteer", ""));
    v.set("newest_href", p.With(kSearch, "sorteer", "nieuwste"));
    if (query.HasPositive()) {
        core::SearchRequest req;
        req.query = query;
        req.filter.kind = p.type;
        req.sort =
            p.sorteer == "nieuwste" ? core::SearchSort::kNewest : core::SearchSort::kRelevance;
        req.now = ctx.app.clock.Now();
        if (!ApplyFilters(p, req)) throw core::InvalidInput("Dit jaartal kent Koers niet.");
        const auto found = ContentOf(ctx).catalog.Search(req);
        const core::SearchResult& res = *found;
        TermLabels labels(ContentOf(ctx).terms.All());
        View r = ResultsView(res, p, kSearch, true, labels);
        r.set("searched", true);
        r.set("none", res.total == 0);
        if (!res.suggestion.empty()) {
            r.set("suggestion", res.suggestion);
            r.set("suggestion_href", p.With(kSearch, "q", res.suggestion));
        }
        v.set("result", std::move(r));
    }
    PageMeta meta;
    meta.description = "Zoek in het nieuws, de kennisbank en de praktijkvoorbeelden van Koers.";
    Response res = RenderPage(ctx, "content/search", std::move(v),
                              p.q.empty() ? std::string("Zoeken") : "Zoeken: " + p.q.substr(0, 80),
                              200, &meta);
    res.SetHeader("X-Robots-Tag", "noindex");
    return res;
}

Response Download(Ctx& ctx) {
    auto info = ContentOf(ctx).content.AttachmentInfoOf(ctx.Id("attachment"));
    if (!info) throw core::NotFound();
    auto item = ContentOf(ctx).content.Get(info->item_id);
    if (!item) throw core::NotFound();
    const bool is_public = core::IsPublic(item->status, item->publish_at, ctx.app.clock.Now());
    if (!is_public && !CanEdit(ctx)) throw core::NotFound();
    if (Find(ctx.params, "name").value_or("") != info->filename)
        return MovedPermanently(AttachmentUrl(info->id, info->filename));
    auto data = ContentOf(ctx).content.AttachmentData(info->id);
    if (!data) throw core::NotFound();
    return FileResponse(info->media_type, info->filename, std::move(*data), is_public);
}

}  // namespace

void AddContentRoutes(Router& r) {
    for (const auto& kind : core::ContentKinds()) {
        if (kind.code == "pagina") continue;
        const std::string code(kind.code);
        r.Published(std::string(kind.path),
                    AsOfCatalogue([code](Ctx& ctx) { return ListPage(ctx, code); }));
        r.Published(std::string(kind.path) + "/{slug}",
                    AsOfCatalogue([code](Ctx& ctx) { return Detail(ctx, code); }));
    }
    r.Published(kSearch, AsOfCatalogue(SearchPage));
    r.Get(kAttachment, Access::Public(), Download);
    // Pagina's live at the top level; every literal path wins over this one (see Router::Add).
    r.Published(kPage, AsOfCatalogue([](Ctx& ctx) { return Detail(ctx, "pagina"); }));
}

}  // namespace koers::web
