// The public home page and the operational endpoints /healthz and /metrics.
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include "storage/migrations.hpp"
#include "storage/repos/taxonomy_repo.hpp"
#include "web/content/catalog.hpp"
#include "web/http/metrics.hpp"
#include "web/http/router.hpp"
#include "web/pages/content_view.hpp"
#include "web/pages/page.hpp"
#include "web/pages/routes.hpp"
#include "web/services.hpp"

namespace koers::web {
namespace {

// The home page: what Koers is, the latest news and highlighted content.
Response Home(Ctx& ctx) {
    View v = Base(ctx);
    TermLabels labels(ctx.app.taxonomy.All());
    core::SearchRequest req;
    req.sort = core::SearchSort::kNewest;
    req.now = ctx.app.clock.Now();
    req.limit = 3;
    req.filter.kind = "nieuws";
    ViewList news, highlighted;
    for (const auto& h : ctx.app.catalog.Search(req).hits) news.push_back(HitView(h, labels));
    req.filter.kind.clear();
    req.filter.highlighted_only = true;
    req.limit = 4;
    for (const auto& h : ctx.app.catalog.Search(req).hits)
        highlighted.push_back(HitView(h, labels));
    v.set("news", std::move(news));
    v.set("highlighted", std::move(highlighted));
    PageMeta meta;
    meta.description =
        "Koers helpt scholen en regio's loopbaanoriëntatie en -begeleiding (LOB) te plannen, "
        "uit te voeren en te verbeteren.";
    meta.canonical_path = "/";
    meta.feed_path = "/nieuws/feed.xml";
    return RenderPage(ctx, "home", std::move(v), "Home", 200, &meta);
}

Response Health(Ctx& ctx) {
    boost::json::object o;
    o["status"] = "ok";
    o["database"] = std::string(ctx.app.db.Kind());
    auto versions = [](const std::vector<storage::SchemaVersion>& schema) {
        boost::json::object out;
        for (const auto& v : schema) out[v.module] = v.version;
        return out;
    };
    o["schema"] = versions(storage::CurrentSchema(ctx.app.db));
    o["schema_latest"] = versions(storage::LatestSchema());
    Response r = Json(200, boost::json::serialize(o));
    r.SetHeader("Cache-Control", "no-store");
    return r;
}

Response MetricsPage(Ctx& ctx) {
    Response r = Text(200, ctx.app.metrics.Render(ctx.app.db.Stats()));
    r.content_type = "text/plain; version=0.0.4; charset=utf-8";
    return r;
}

}  // namespace

void AddPublicRoutes(Router& r) {
    r.Get("/", Access::Public(), Home);
    r.Get("/healthz", Access::Public(), Health);
    r.Get("/metrics", Access::PlatformOrLoopback(core::Permission::kManagePlatform), MetricsPage);
}

std::span<const RouteGroup> RouteGroups() {
    static constexpr RouteGroup kGroups[] = {
        AddPublicRoutes,          AddAuthRoutes,
        AddDashboardRoutes,       AddSchoolRoutes,
        AddAdminOrgRoutes,        AddAdminUserRoutes,
        AddAdminLogRoutes,        AddFeedRoutes,
        AddContentRoutes,         AddEditorRoutes,
        AddRevisionRoutes,        AddTaxonomyRoutes,
        AddScanRoundRoutes,       AddScanRespondRoutes,
        AddScanResultRoutes,      AddScanInstrumentRoutes,
        AddQualityOverviewRoutes, AddQualityDocumentRoutes,
        AddQualityWerkplanRoutes, AddQualityTaskRoutes,
        AddQualityHistoryRoutes,
    };
    return kGroups;
}

void RegisterRoutes(Router& r) {
    for (RouteGroup add : RouteGroups()) add(r);
    r.SetErrorRenderer(ErrorPage);
}

}  // namespace koers::web
