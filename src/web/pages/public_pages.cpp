// The public home page and the operational endpoints /healthz and /metrics.
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include "core/common/errors.hpp"
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

bool IsLoopback(std::string_view address) {
    return address.rfind("127.", 0) == 0 || address == "::1" || address.rfind("::ffff:127.", 0) == 0;
}

// Metrics are for the operator's Prometheus on the same host (or a beheerder), not the world.
Response MetricsPage(Ctx& ctx) {
    if (!IsLoopback(ctx.req.remote_address) &&
        !core::Allowed(ctx.user, core::Permission::kManagePlatform, core::Target::Platform()))
        throw core::Forbidden();
    Response r = Text(200, ctx.app.metrics.Render(ctx.app.db.Stats()));
    r.content_type = "text/plain; version=0.0.4; charset=utf-8";
    return r;
}

}  // namespace

void AddPublicRoutes(Router& r) {
    r.Get("/", Access::Public(), Home);
    r.Get("/healthz", Access::Public(), Health);
    r.Get("/metrics", Access::Public(), MetricsPage);
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
