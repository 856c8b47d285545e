// A network's shared documents: the regiocoördinator adds (one file, checked by its content) and
// removes them on the network's page; the regiocoördinator and the staff of a member school
// download them. A document is found through its network and the network through the region or
// the member school, so any other id is 404.
#include <variant>

#include "modules/networks/web/network_view.hpp"
#include "modules/networks/web/networks_parts.hpp"
#include "modules/networks/web/paths.hpp"
#include "modules/networks/web/routes.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/outbox_repo.hpp"  // AuditRepo
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/uploaded_file.hpp"

namespace koers::web {

using namespace networks_paths;
using core::Permission;
namespace {

constexpr storage::FileLimits kLimits;

// The {netwerk} of the {region}.
core::Network RegionNetwork(const Ctx& ctx) {
    auto n = NetworksOf(ctx).networks.Find(ctx.Id("netwerk"));
    if (!n || n->region_id != ctx.Id("region")) throw core::NotFound();
    return std::move(*n);
}

Response Add(Ctx& ctx) {
    const auto n = RegionNetwork(ctx);
    core::Validation v;
    int status = 400;
    if (const auto file = CheckTitledFile(ctx, v, status)) {
        const storage::StoredFile doc{
            0, n.id, file->title, file->name, file->media_type, 0, ctx.app.clock.Now()};
        const auto added =
            NetworksOf(ctx).documents.Add(doc, *file->data, ctx.user->user_id, kLimits);
        if (std::holds_alternative<int64_t>(added)) {
            ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                                 {"network.document_added", "Document bij een netwerk gezet"},
                                 n.name, doc.name, ctx.req.remote_address);
            SetFlash(ctx, "document-toegevoegd");
            return Redirect(kRegionNetwork.With(n.region_id, n.id) + "#documenten");
        }
        v.Add("bestand",
              RefusedFile(std::get<storage::FileRefusal>(added), kLimits, "dit netwerk"));
        status = 409;
    }
    if (!ctx.files.empty())
        v.Add("bestand", "Kies het bestand opnieuw: een browser onthoudt het niet.");
    return RegionNetworkPage(ctx, v, status);
}

Response Remove(Ctx& ctx) {
    const auto n = RegionNetwork(ctx);
    const auto doc = NetworksOf(ctx).documents.Find(n.id, ctx.Id("document"));
    if (!doc || !NetworksOf(ctx).documents.Remove(n.id, doc->id)) throw core::NotFound();
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id,
                         {"network.document_removed", "Document van een netwerk verwijderd"},
                         n.name, doc->name, ctx.req.remote_address);
    SetFlash(ctx, "document-verwijderd");
    return Redirect(kRegionNetwork.With(n.region_id, n.id) + "#documenten");
}

Response Send(Ctx& ctx, int64_t network_id) {
    const auto doc = NetworksOf(ctx).documents.Find(network_id, ctx.Id("document"));
    auto data = doc ? NetworksOf(ctx).documents.Data(network_id, doc->id) : std::nullopt;
    if (!data) throw core::NotFound();
    return FileResponse(doc->media_type, doc->name, std::move(*data), false);
}

Response RegionDownload(Ctx& ctx) { return Send(ctx, RegionNetwork(ctx).id); }

Response SchoolDownload(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto n = MemberNetwork(ctx, school.id);
    return Send(ctx, n.id);
}

}  // namespace

void AddDocumentRoutes(Router& r) {
    const auto manage = Access::Region(Permission::kManageNetworks, "region");
    r.Upload(kDocuments, manage, Add);
    r.Get(kDocument, manage, RegionDownload);
    r.Post(kRemoveDocument, manage, Remove);
    r.Get(kSchoolDocument, Access::School(Permission::kViewSchool, "school"), SchoolDownload);
}

}  // namespace koers::web
