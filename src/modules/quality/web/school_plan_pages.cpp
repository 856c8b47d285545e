// The school's own activities, in the LOB-beleid: what the school as a whole does (a new LOB-visie
// written with the teams, a training for all mentors), school-wide action points of the LOB-scan
// among them. The same activity records as a team's werkplan, without a team and with the beleid
// as their plan; the schoolleider and the decaan edit them.
#include "modules/quality/web/activity_views.hpp"
#include "modules/quality/web/paths.hpp"
#include "modules/quality/web/quality_parts.hpp"
#include "modules/quality/web/record_editor.hpp"
#include "modules/quality/web/routes.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace quality_paths;
namespace {

using core::Kind;
using core::Permission;

storage::StoredRecord StoredBeleid(Ctx& ctx, const YearScope& scope) {
    auto beleid = QualityOf(ctx).quality.Single(scope.year.id, Kind::kBeleid, std::nullopt);
    if (!beleid)
        throw core::NotFound("De school heeft nog geen LOB-beleid. Begin eerst het beleid.");
    return *beleid;
}

RecordPage SchoolActivityPage(Ctx& ctx, const YearScope& scope, bool existing) {
    const auto beleid = StoredBeleid(ctx, scope);
    RecordPage page;
    page.kind = Kind::kActiviteit;
    page.parent_id = beleid.record.id;
    page.back_path = scope.Link(kBeleid);
    page.back_label = "LOB-beleid";
    page.done_path = page.back_path + "#activiteiten";
    page.may_edit = Can(ctx, Permission::kEditQuality, scope);
    page.may_delete = true;
    OpenListed(ctx, scope, page, existing, kSchoolActivityPaths);
    if (beleid.record.status == core::kVastgesteld)
        page.adopted_warning =
            "Deze activiteit hoort bij het vastgestelde LOB-beleid. Voegt u een activiteit toe of "
            "verandert u de planning (de status en de toelichting niet meegerekend), dan wordt "
            "het beleid weer een concept dat opnieuw moet worden vastgesteld.";
    page.heading = page.stored ? std::string(core::FieldOf(page.stored->record.fields, "wat")) +
                                     " · schoolbreed"
                               : "Nieuwe schoolbrede activiteit";
    return page;
}

RecordPage NewSchoolActivityPage(Ctx& ctx, const YearScope& scope) {
    return SchoolActivityPage(ctx, scope, false);
}
RecordPage ExistingSchoolActivityPage(Ctx& ctx, const YearScope& scope) {
    return SchoolActivityPage(ctx, scope, true);
}

// Action points of the school-wide LOB-scan rounds become activities of the school itself.
Response ImportSchoolScanActions(Ctx& ctx) {
    const YearScope scope = LoadYear(ctx);
    RequireOpen(scope);
    TakeScanActions(ctx, scope, StoredBeleid(ctx, scope));
    return Redirect(scope.Link(kBeleid) + "#activiteiten");
}

}  // namespace

void AddQualitySchoolPlanRoutes(Router& r) {
    using enum RecordAction;
    const auto view = Access::School(Permission::kViewQuality, "school");
    const auto edit = Access::School(Permission::kEditQuality, "school");
    r.Get(kNewSchoolActivity, edit, RecordRoute(kNew, NewSchoolActivityPage));
    r.Post(kSchoolActivities, edit, RecordRoute(kSave, NewSchoolActivityPage));
    r.Get(kSchoolActivity, view, RecordRoute(kShow, ExistingSchoolActivityPage));
    r.Post(kSchoolActivity, edit, RecordRoute(kSave, ExistingSchoolActivityPage));
    r.Post(kDeleteSchoolActivity, edit, RecordRoute(kDelete, ExistingSchoolActivityPage));
    r.Post(kSchoolScanActions, edit, ImportSchoolScanActions);
}

}  // namespace koers::web
