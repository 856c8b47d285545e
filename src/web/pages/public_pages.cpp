// The public home page and the operational endpoints /healthz and /metrics.
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include "storage/migrations.hpp"
#include "web/http/router.hpp"
#include "web/pages/page.hpp"
#include "web/pages/routes.hpp"
#include "web/services.hpp"

namespace koers::web {
namespace {

Response Home(Ctx& ctx) { return RenderPage(ctx, "home", Base(ctx), "Home"); }

Response Health(Ctx& ctx) {
    boost::json::object o;
    o["status"] = "ok";
    o["database"] = std::string(ctx.app.db.Kind());
    o["schema_version"] = storage::CurrentSchemaVersion(ctx.app.db);
    o["schema_version_latest"] = storage::LatestSchemaVersion();
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

void RegisterRoutes(Router& r) {
    AddPublicRoutes(r);
    AddAuthRoutes(r);
    AddDashboardRoutes(r);
    AddSchoolRoutes(r);
    AddAdminOrgRoutes(r);
    AddAdminUserRoutes(r);
    AddAdminLogRoutes(r);
    r.SetErrorRenderer(ErrorPage);
}

}  // namespace koers::web
