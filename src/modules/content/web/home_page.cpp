// The public home page: what Koers is, the latest news and highlighted content.
#include <algorithm>
#include <vector>

#include "modules/content/web/content_parts.hpp"
#include "modules/content/web/content_view.hpp"
#include "modules/content/web/paths.hpp"
#include "modules/content/web/routes.hpp"
#include "platform/web/pages/page.hpp"

namespace koers::web {

using namespace content_paths;
namespace {

Response Home(Ctx& ctx) {
    View v = Base(ctx);
    TermLabels labels(ContentOf(ctx).terms.All());
    core::SearchRequest req;
    req.sort = core::SearchSort::kNewest;
    req.now = ctx.app.clock.Now();
    req.limit = 3;
    req.filter.kind = "nieuws";
    ViewList news, highlighted;
    std::vector<int64_t> shown;
    const auto newest = ContentOf(ctx).catalog.Search(req);
    for (const auto& h : newest->hits) {
        news.push_back(HitView(h, labels));
        shown.push_back(h.doc.id);
    }
    // Uitgelicht shows what the news above does not (it repeated the two latest news items).
    constexpr size_t kHighlighted = 4;
    req.filter.kind.clear();
    req.filter.highlighted_only = true;
    req.limit = kHighlighted + shown.size();
    const auto marked = ContentOf(ctx).catalog.Search(req);
    for (const auto& h : marked->hits) {
        if (highlighted.size() == kHighlighted) break;
        if (std::find(shown.begin(), shown.end(), h.doc.id) == shown.end())
            highlighted.push_back(HitView(h, labels));
    }
    v.set("news", std::move(news));
    v.set("highlighted", std::move(highlighted));
    PageMeta meta;
    meta.description =
        "Koers helpt scholen en regio's loopbaanoriëntatie en -begeleiding (LOB) te plannen, "
        "uit te voeren en te verbeteren.";
    meta.canonical_path = kHome.With();
    meta.feed_path = kNewsFeed.With();
    return RenderPage(ctx, "home", std::move(v), "Home", 200, &meta);
}

}  // namespace

void AddHomeRoutes(Router& r) { r.Published(kHome, AsOfCatalogue(Home)); }

}  // namespace koers::web
