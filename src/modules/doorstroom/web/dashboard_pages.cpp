// The doorstroom dashboards. A school's staff see where the school's leavers went, beside its
// region and the country (kViewQuality: the figures serve the school's evaluation of its LOB); a
// regiocoördinator sees the region's schools added up, beside the country. Only published
// aggregate figures, so nothing here is about one student, and no "<5" cell can be derived.
#include <algorithm>

#include "modules/doorstroom/web/dashboard_view.hpp"
#include "modules/doorstroom/web/doorstroom_parts.hpp"
#include "modules/doorstroom/web/paths.hpp"
#include "modules/doorstroom/web/routes.hpp"
#include "modules/networks/storage/network_repo.hpp"
#include "modules/quality/web/paths.hpp"
#include "modules/quality/web/quality_parts.hpp"
#include "modules/scan/web/alumni_view.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/pages/paths.hpp"
#include "platform/web/pages/table_download.hpp"

namespace koers::web {

using namespace doorstroom_paths;
using core::Permission;
namespace {

// The BRIN codes of a region's schools.
std::vector<std::string> RegionBrins(Ctx& ctx, int64_t region) {
    std::vector<std::string> out;
    for (const auto& s : ctx.app.orgs.Schools())
        if (s.region_id == region) out.push_back(s.brin);
    return out;
}

// The school's figures, or with ?vestiging= one of its vestigingen's beside the whole school's.
Dashboard OfSchool(Ctx& ctx, const storage::SchoolRecord& school) {
    const auto figures = DoorstroomOf(ctx).figures.Current();
    Dashboard d{school.name, figures->OfSchool(school.brin), {}};
    d.attrition = figures->AttritionOfSchool(school.brin);
    d.inflow = figures->InflowOfSchool(school.brin);
    if (!d.inflow.empty())
        for (const auto& s : ctx.app.orgs.Schools()) d.origin_names.emplace_back(s.brin, s.name);
    const auto& parts = figures->VestigingenOf(school.brin);
    if (!parts.empty()) {
        d.group_param = "vestiging";
        d.group_label = "Vestiging";
        d.groups.emplace_back("", "De hele school");
        for (const auto& v : parts)
            d.groups.emplace_back(v.vestiging.code, core::VestigingLabel(v.vestiging));
    }
    if (const auto chosen = ctx.QueryParam("vestiging"); chosen && !chosen->empty()) {
        const auto part = std::find_if(parts.begin(), parts.end(),
                                       [&](const auto& v) { return v.vestiging.code == *chosen; });
        if (part == parts.end())
            throw core::NotFound("Van deze vestiging zijn er geen doorstroomcijfers.");
        d.compared.push_back({school.name, std::move(d.sums), std::move(d.attrition)});
        d.inflow = {};
        d.sums = part->sums;
        d.attrition = {};  // of whole schools only
        d.place = school.name + ", " + core::VestigingLabel(part->vestiging);
        d.group = part->vestiging.code;
    }
    if (school.region_id) {
        const auto brins = RegionBrins(ctx, *school.region_id);
        d.compared.push_back(
            {school.region_name, figures->Added(brins), figures->AttritionAdded(brins)});
    }
    d.compared.push_back({"Nederland", figures->national, figures->attrition_national});
    return d;
}

storage::RegionRecord RegionParam(const Ctx& ctx) {
    auto region = ctx.app.orgs.Region(ctx.Id("region"));
    if (!region) throw core::NotFound();
    return *region;
}

// The region's schools added up, or with ?netwerk= one of its networks' member schools beside
// the whole region.
Dashboard OfRegion(Ctx& ctx, const storage::RegionRecord& region) {
    const auto figures = DoorstroomOf(ctx).figures.Current();
    const auto region_brins = RegionBrins(ctx, region.id);
    auto region_sums = figures->Added(region_brins);
    auto region_attrition = figures->AttritionAdded(region_brins);
    storage::NetworkRepo networks(ctx.app.db);
    Dashboard d{region.name, {}, {}};
    d.group_param = "netwerk";
    d.group_label = "Scholen";
    d.groups.emplace_back("", "Alle scholen in de regio");
    for (const auto& n : networks.InRegion(region.id))
        d.groups.emplace_back(std::to_string(n.id), "Netwerk: " + n.name);
    const auto chosen = ctx.QueryParam("netwerk");
    if (!chosen || chosen->empty()) {
        d.sums = std::move(region_sums);
        d.attrition = std::move(region_attrition);
        d.compared.push_back({"Nederland", figures->national, figures->attrition_national});
        return d;
    }
    const auto id = core::ParseInt(*chosen, 1);
    const auto network = id ? networks.Find(*id) : std::nullopt;
    if (!network || network->region_id != region.id)
        throw core::NotFound("Dit netwerk hoort niet bij deze regio.");
    std::vector<std::string> brins;
    for (const auto& m : networks.Members(network->id))
        if (m.school_id)
            if (const auto school = ctx.app.orgs.School(*m.school_id))
                brins.push_back(school->brin);
    d.place = network->name;
    d.group = std::to_string(network->id);
    d.sums = figures->Added(brins);
    d.attrition = figures->AttritionAdded(brins);
    d.compared.push_back({region.name, std::move(region_sums), std::move(region_attrition)});
    d.compared.push_back({"Nederland", figures->national, figures->attrition_national});
    return d;
}

// What the page is about: a school's figures or one vestiging's, a region's or one network's.
std::string IntroOf(const Dashboard& d, bool school) {
    if (school && d.group.empty())
        return "Waar gingen uw leerlingen heen toen ze van school gingen, en zaten ze daar een "
               "jaar "
               "later nog? Naast de cijfers van de school staan die van de regio en van heel "
               "Nederland.";
    if (school)
        return "Waar gingen de leerlingen van deze vestiging heen toen ze van school gingen, en "
               "zaten ze daar een jaar later nog? Naast de cijfers van de vestiging staan die van "
               "de hele school, de regio en heel Nederland.";
    if (d.group.empty())
        return "Waar gingen de leerlingen van de scholen in de regio heen, opgeteld, en zaten ze "
               "daar een jaar later nog? Naast de cijfers van de regio staan die van heel "
               "Nederland.";
    return "Waar gingen de leerlingen van de scholen in dit netwerk heen, opgeteld, en zaten ze "
           "daar een jaar later nog? Naast de cijfers van het netwerk staan die van de hele regio "
           "en van heel Nederland.";
}

// `alumni`: what the school's former leerlingen said in the LOB-scan (alumni_view.hpp).
Response Page(Ctx& ctx, const Dashboard& d, const std::string& back, int64_t id, bool school,
              const RoutePath& page, const RoutePath& csv, const RoutePath& xlsx,
              View alumni = View()) {
    const auto selection = SelectionOf(ctx, d);
    View v = DashboardView(d, selection, id, page, csv, xlsx);
    v.set("alumni", std::move(alumni));
    v.set("is_school", school);
    v.set("has_compared", !d.compared.empty());
    v.set("back_label", back);
    v.set("back_path",
          school ? platform_paths::kSchool.With(id) : platform_paths::kRegion.With(id));
    v.set("intro",
          IntroOf(d, school) + (d.attrition.empty()
                                    ? ""
                                    : " Daaronder staat hoeveel leerlingen en studenten "
                                      "uitvielen of naar een andere opleiding overstapten."));
    return RenderPage(ctx, "doorstroom/dashboard", std::move(v), "Doorstroom · " + d.place);
}

Response Download(Ctx& ctx, const Dashboard& d, bool xlsx) {
    const auto selection = SelectionOf(ctx, d);
    if (selection.year == 0) throw core::NotFound("Er zijn nog geen doorstroomcijfers.");
    return TableDownload(DashboardSheets(d, selection), DownloadName(selection), xlsx);
}

// Where a figure becomes part of the beleid of the school's open schooljaar (a new goal, a note
// in its evaluation), for who may write the beleid.
void AddBeleidLinks(Ctx& ctx, int64_t school, Dashboard& d) {
    if (!core::Allowed(ctx.user, Permission::kEditQuality, core::Target::School(school))) return;
    const auto years = QualityOf(ctx).quality.Years(school);
    if (years.empty() || !years.front().open()) return;
    d.new_goal_path = quality_paths::kNewGoal.With(school, years.front().start_year);
    d.evaluation_path = quality_paths::kEvaluation.With(school, years.front().start_year);
}

Response SchoolPage(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    Dashboard d = OfSchool(ctx, school);
    AddBeleidLinks(ctx, school.id, d);
    return Page(ctx, d, school.name, school.id, true, kSchool, kSchoolCsv, kSchoolXlsx,
                AlumniSaid(ctx, school));
}
Response SchoolCsv(Ctx& ctx) { return Download(ctx, OfSchool(ctx, SchoolParam(ctx)), false); }
Response SchoolXlsx(Ctx& ctx) { return Download(ctx, OfSchool(ctx, SchoolParam(ctx)), true); }

Response RegionPage(Ctx& ctx) {
    const auto region = RegionParam(ctx);
    return Page(ctx, OfRegion(ctx, region), region.name, region.id, false, kRegion, kRegionCsv,
                kRegionXlsx);
}
Response RegionCsv(Ctx& ctx) { return Download(ctx, OfRegion(ctx, RegionParam(ctx)), false); }
Response RegionXlsx(Ctx& ctx) { return Download(ctx, OfRegion(ctx, RegionParam(ctx)), true); }

}  // namespace

void AddDoorstroomDashboardRoutes(Router& r) {
    const auto school = Access::School(Permission::kViewQuality, "school");
    r.Get(kSchool, school, SchoolPage);
    r.Get(kSchoolCsv, school, SchoolCsv);
    r.Get(kSchoolXlsx, school, SchoolXlsx);
    const auto region = Access::Region(Permission::kViewRegion, "region");
    r.Get(kRegion, region, RegionPage);
    r.Get(kRegionCsv, region, RegionCsv);
    r.Get(kRegionXlsx, region, RegionXlsx);
}

}  // namespace koers::web
