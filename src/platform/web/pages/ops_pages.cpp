// The operational endpoints: /healthz for load balancers and /metrics for Prometheus.
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include "platform/storage/migrations.hpp"
#include "platform/web/http/metrics.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/module.hpp"
#include "platform/web/pages/paths.hpp"
#include "platform/web/pages/routes.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace platform_paths;
namespace {

Response Health(Ctx& ctx) {
    boost::json::object o;
    o["status"] = "ok";
    o["database"] = std::string(ctx.app.db.Kind());
    auto versions = [](const std::vector<storage::SchemaVersion>& schema) {
        boost::json::object out;
        for (const auto& v : schema) out[v.module] = v.version;
        return out;
    };
    const auto modules = SchemaOf(ctx.app.modules);
    o["schema"] = versions(storage::CurrentSchema(ctx.app.db, modules));
    o["schema_latest"] = versions(storage::LatestSchema(modules));
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

void AddOpsRoutes(Router& r) {
    r.Get(kHealth, Access::Public(), Health);
    r.Get(kMetrics, Access::PlatformOrToken(core::Permission::kManagePlatform), MetricsPage);
}

}  // namespace koers::web
