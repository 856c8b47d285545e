// Machine-readable views of the content: the Atom feed of news (also per thema), sitemap.xml
// and robots.txt.
#include "modules/content/core/content.hpp"
#include "modules/content/storage/taxonomy_repo.hpp"
#include "modules/content/web/catalog.hpp"
#include "modules/content/web/content_parts.hpp"
#include "modules/content/web/paths.hpp"
#include "modules/content/web/routes.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace content_paths;
namespace {

std::string XmlEscape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out.push_back(c);
        }
    }
    return out;
}

constexpr size_t kFeedEntries = 20;

Response NewsFeed(Ctx& ctx) {
    const std::string thema = ctx.QueryParam("thema").value_or("");
    core::SearchRequest req;
    req.filter.kind = "nieuws";
    req.filter.thema = thema;
    req.sort = core::SearchSort::kNewest;
    req.limit = kFeedEntries;
    req.now = ctx.app.clock.Now();
    const auto found = ContentOf(ctx).catalog.Search(req);
    const core::SearchResult& res = *found;
    std::string title = "Nieuws van Koers";
    if (!thema.empty()) {
        bool known = false;
        for (const auto& t : *ContentOf(ctx).terms.All())
            if (t.vocabulary == "thema" && t.slug == thema)
                title += " over " + t.label, known = true;
        if (!known) throw core::NotFound();
    }
    const std::string self = AbsoluteUrl(
        ctx, kNewsFeed.With() + (thema.empty() ? std::string() : "?thema=" + UrlEncode(thema)));
    const int64_t updated = res.hits.empty() ? 0 : res.hits.front().doc.publish_at;
    std::string x =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nl\">\n";
    x += "<title>" + XmlEscape(title) + "</title>\n";
    x += "<id>" + XmlEscape(self) + "</id>\n";
    x += "<link rel=\"self\" href=\"" + XmlEscape(self) + "\"/>\n";
    x += "<link rel=\"alternate\" type=\"text/html\" href=\"" +
         XmlEscape(AbsoluteUrl(ctx, std::string(core::FindKind("nieuws")->path))) + "\"/>\n";
    x += "<updated>" + core::FormatRfc3339(updated) + "</updated>\n";
    x += "<author><name>Koers</name></author>\n";
    for (const auto& h : res.hits) {
        const std::string url = AbsoluteUrl(ctx, core::ContentPath(h.doc.kind, h.doc.slug));
        x += "<entry>\n<title>" + XmlEscape(h.doc.title) + "</title>\n";
        x += "<id>" + XmlEscape(url) + "</id>\n";
        x += "<link rel=\"alternate\" type=\"text/html\" href=\"" + XmlEscape(url) + "\"/>\n";
        x += "<published>" + core::FormatRfc3339(h.doc.publish_at) + "</published>\n";
        x += "<updated>" + core::FormatRfc3339(h.doc.publish_at) + "</updated>\n";
        x += "<summary>" + XmlEscape(h.doc.summary) + "</summary>\n</entry>\n";
    }
    x += "</feed>\n";
    Response r;
    r.content_type = "application/atom+xml; charset=utf-8";
    r.body = std::move(x);
    r.SetHeader("Cache-Control", "public, max-age=60");
    return r;
}

Response Sitemap(Ctx& ctx) {
    std::string x =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    auto add = [&](const std::string& path, int64_t modified) {
        x += "<url><loc>" + XmlEscape(AbsoluteUrl(ctx, path)) + "</loc>";
        if (modified > 0) x += "<lastmod>" + core::FormatRfc3339(modified) + "</lastmod>";
        x += "</url>\n";
    };
    add(kHome.With(), 0);
    for (const auto& kind : core::ContentKinds())
        if (!kind.path.empty()) add(std::string(kind.path), 0);
    for (const auto& h : ContentOf(ctx).catalog.All())
        add(core::ContentPath(h.doc.kind, h.doc.slug), h.doc.publish_at);
    x += "</urlset>\n";
    Response r;
    r.content_type = "application/xml; charset=utf-8";
    r.body = std::move(x);
    r.SetHeader("Cache-Control", "public, max-age=300");
    return r;
}

Response Robots(Ctx& ctx) {
    Response r = Text(200,
                      "User-agent: *\nDisallow: /beheer\nDisallow: /redactie\n"
                      "Disallow: /zoeken\nSitemap: " +
                          AbsoluteUrl(ctx, kSitemap.With()) + "\n");
    r.SetHeader("Cache-Control", "public, max-age=3600");
    return r;
}

}  // namespace

void AddFeedRoutes(Router& r) {
    r.Get(kNewsFeed, Access::Public(), NewsFeed);
    r.Get(kSitemap, Access::Public(), Sitemap);
    r.Get(kRobots, Access::Public(), Robots);
}

}  // namespace koers::web
