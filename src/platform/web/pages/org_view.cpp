#include "platform/web/pages/org_view.hpp"

#include "platform/core/common/errors.hpp"

#include "platform/core/org/school.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/web/module.hpp"
#include "platform/web/render/shapes.hpp"
#include "platform/web/services.hpp"

namespace koers::web {
namespace {

ViewList PlaceLinks(const Ctx& ctx, std::span<const PlaceLink> Module::*links,
                    const core::Target& place, int64_t id) {
    ViewList out;
    for (const Module& m : ctx.app.modules)
        for (const PlaceLink& link : m.*links) {
            if (!core::Allowed(ctx.user, link.permission, place)) continue;
            View item = Object();
            item.set("href", link.route.With(id));
            item.set("label", std::string(link.label));
            item.set("about", std::string(link.about));
            out.push_back(std::move(item));
        }
    return out;
}

}  // namespace

ViewList SchoolLinks(const Ctx& ctx, int64_t school_id) {
    return PlaceLinks(ctx, &Module::school_links, core::Target::School(school_id), school_id);
}

ViewList RegionLinks(const Ctx& ctx, int64_t region_id) {
    return PlaceLinks(ctx, &Module::region_links, core::Target::Region(region_id), region_id);
}

ViewList StudentLinks(const Ctx& ctx, const core::Target& student, int64_t school_id,
                      int64_t enrolment, bool own) {
    ViewList out;
    for (const Module& m : ctx.app.modules)
        for (const StudentLink& link : m.student_links) {
            if (!core::Allowed(ctx.user, link.permission, student)) continue;
            View item = LinkView(link.route.With(school_id, enrolment),
                                 std::string(own ? link.label : link.staff_label));
            item.set("about", std::string(link.about));
            out.push_back(std::move(item));
        }
    return out;
}

storage::SchoolRecord SchoolParam(const Ctx& ctx) {
    auto school = ctx.app.orgs.School(ctx.Id("school"));
    if (!school) throw core::NotFound();
    return *school;
}

namespace {

// The {groep} of the route when it is a group of {school}.
std::optional<storage::GroupRecord> GroupInRoute(const Ctx& ctx) {
    const auto school = ctx.FindId("school");
    const auto id = ctx.FindId("groep");
    if (!school || !id) return std::nullopt;
    auto group = ctx.app.students.Group(*id);
    if (!group || group->school_id != *school) return std::nullopt;
    return group;
}

}  // namespace

std::optional<core::Target> GroupParam(const Ctx& ctx) {
    const auto group = GroupInRoute(ctx);
    if (!group) return std::nullopt;
    return core::Target::Group(group->school_id, group->id);
}

storage::GroupRecord GroupOf(const Ctx& ctx) {
    auto group = GroupInRoute(ctx);
    if (!group) throw core::NotFound();
    return std::move(*group);
}

std::string OnderwijstypesText(const storage::SchoolRecord& s) {
    std::string types;
    for (const auto& t : s.onderwijstypes) {
        if (!types.empty()) types += ", ";
        types += t;
    }
    return types;
}

View SchoolView(const storage::SchoolRecord& s) {
    View v = Object();
    v.set("id", std::to_string(s.id));
    auto sector = core::SectorFromCode(s.sector);
    v.set("sector_label", sector ? std::string(core::SectorLabel(*sector)) : s.sector);
    v.set("onderwijstypes", OnderwijstypesText(s));
    v.set("name", s.name);
    v.set("brin", s.brin);
    v.set("sector", s.sector);
    v.set("region", s.region_name);
    return v;
}

ViewList TeamsView(const std::vector<storage::TeamRecord>& teams) {
    ViewList list;
    for (const auto& t : teams) {
        View item = Object();
        item.set("name", t.name);
        list.push_back(std::move(item));
    }
    return list;
}

core::Validation AddTeamTo(Ctx& ctx, int64_t school_id) {
    core::Validation v;
    std::string name = core::Trim(ctx.Field("name"));
    if (auto e = core::CheckName(name, "naam van het team")) {
        v.Add("name", *e);
        return v;
    }
    try {
        ctx.app.orgs.AddTeam(school_id, name, ctx.app.clock.Now());
    } catch (const storage::ConstraintError&) {
        v.Add("name", "Deze school heeft al een team of opleiding met deze naam.");
        return v;
    }
    ctx.app.audit.Record(ctx.app.clock.Now(), ctx.user->user_id, {"team.added", "Team toegevoegd"},
                         "school:" + std::to_string(school_id), name, ctx.req.remote_address);
    return v;
}

}  // namespace koers::web
