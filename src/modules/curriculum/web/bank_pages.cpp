// The opdrachtenbank's lists: a school's staff see their school's own assignments and every
// shared one, anyone sees the shared ones. Both search with the kennisbank's Dutch search and
// filter by facets; the words and choices travel in the URL, so a list can be bookmarked.
#include "modules/curriculum/web/bank_view.hpp"
#include "modules/curriculum/web/curriculum_parts.hpp"
#include "modules/curriculum/web/paths.hpp"
#include "modules/curriculum/web/routes.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/paths.hpp"

namespace koers::web {

using namespace curriculum_paths;
using core::Permission;
namespace {

BankPage Find(Ctx& ctx, const BankParams& p, std::optional<int64_t> school) {
    BankQuery q;
    q.words = p.q;
    q.filter = p.filter;
    q.school = school;
    q.own_only = school && p.own_only;
    q.offset = (p.page - 1) * kBankPageSize;
    q.limit = kBankPageSize;
    return CurriculumOf(ctx).bank.Search(q);
}

Response SchoolBank(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const BankParams p = BankParams::From(ctx.target);
    const std::string path = kBank.With(school.id);
    View v = BankListView(Find(ctx, p, school.id), p, path, school.id);
    v.set("school", school.name);
    v.set("school_path", platform_paths::kSchool.With(school.id));
    v.set("action", path);
    v.set("own_only", p.own_only);
    BankParams all = p, own = p;
    all.own_only = false;
    own.own_only = true;
    v.set("all_href", all.Url(path));
    v.set("own_href", own.Url(path));
    v.set("new_path", kNew.With(school.id));
    return RenderPage(ctx, "curriculum/bank", std::move(v), "Opdrachtenbank · " + school.name);
}

Response PublicBank(Ctx& ctx) {
    const BankParams p = BankParams::From(ctx.target);
    View v = BankListView(Find(ctx, p, std::nullopt), p, kPublicBank.With(), std::nullopt);
    v.set("action", kPublicBank.With());
    v.set("public", true);
    PageMeta meta;
    meta.description =
        "LOB-opdrachten die scholen met elkaar delen: zoek op sector, leerjaar, "
        "loopbaancompetentie en werkvorm, en gebruik ze in uw eigen lessen.";
    meta.canonical_path = kPublicBank.With();
    Response res = RenderPage(ctx, "curriculum/bank", std::move(v), "Opdrachtenbank", 200, &meta);
    res.current_as_of_ms = CurriculumOf(ctx).bank.SyncedMillis();
    return res;
}

}  // namespace

void AddBankRoutes(Router& r) {
    r.Get(kBank, Access::School(Permission::kUseAssignments, "school"), SchoolBank);
    r.Published(kPublicBank, PublicBank);
}

}  // namespace koers::web
