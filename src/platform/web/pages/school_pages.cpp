// A school's overview for its staff (with adding teams for the school's leadership) and a
// region's overview for its coordinator: schools and aggregate counts, nothing per person.
#include "platform/core/access/roles.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/org/school.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/user_repo.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/paths.hpp"
#include "platform/web/pages/routes.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

using namespace platform_paths;
namespace {

Response SchoolOverview(Ctx& ctx, const core::Validation& team_errors, int status) {
    const int64_t id = ctx.Id("school");
    auto school = ctx.app.orgs.School(id);
    if (!school) throw core::NotFound();
    View v = SchoolView(*school);
    v.set("teams", TeamsView(ctx.app.orgs.Teams(id)));
    ViewList roles;
    for (const auto& [role, count] : ctx.app.users.RoleCountsAtSchool(id)) {
        View item = Object();
        item.set("role", std::string(core::RoleLabel(role)));
        item.set("count", std::to_string(count));
        roles.push_back(std::move(item));
    }
    v.set("role_counts", std::move(roles));
    v.set("can_add_team",
          core::Allowed(ctx.user, core::Permission::kManageSchoolTeams, core::Target::School(id)));
    v.set("team_action", kSchoolTeams.With(id));
    v.set("module_links", SchoolLinks(ctx, id));
    v.set("team_name", ctx.Field("name"));
    AddErrors(v, team_errors);
    return RenderPage(ctx, "school/overview", std::move(v), school->name, status);
}

Response ShowSchool(Ctx& ctx) { return SchoolOverview(ctx, {}, 200); }

Response AddTeam(Ctx& ctx) {
    const int64_t id = ctx.Id("school");
    if (!ctx.app.orgs.School(id)) throw core::NotFound();
    auto v = AddTeamTo(ctx, id);
    if (!v.ok()) return SchoolOverview(ctx, v, 400);
    SetFlash(ctx, "opgeslagen");
    return Redirect(kSchool.With(id));
}

Response ShowRegion(Ctx& ctx) {
    const int64_t id = ctx.Id("region");
    auto region = ctx.app.orgs.Region(id);
    if (!region) throw core::NotFound();
    View v = Object();
    v.set("name", region->name);
    v.set("school_count", std::to_string(region->school_count));
    v.set("module_links", RegionLinks(ctx, id));
    ViewList schools;
    for (const auto& s : ctx.app.orgs.SchoolsInRegion(id)) schools.push_back(SchoolView(s));
    v.set("schools", std::move(schools));
    return RenderPage(ctx, "school/region", std::move(v), region->name);
}

}  // namespace

void AddSchoolRoutes(Router& r) {
    using core::Permission;
    r.Get(kSchool, Access::School(Permission::kViewSchool, "school"), ShowSchool);
    r.Post(kSchoolTeams, Access::School(Permission::kManageSchoolTeams, "school"), AddTeam);
    r.Get(kRegion, Access::Region(Permission::kViewRegion, "region"), ShowRegion);
}

}  // namespace koers::web
