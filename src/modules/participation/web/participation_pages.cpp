// Participation in the school's LOB activities: the schooljaar's activities from the werkplannen
// with how many took part, one activity's figures per cohort ("27 van 30 (90%)") and per group,
// and the form on which the group's mentor or the decaan ticks who took part. The overview and
// the figures are counts (every member of staff who reads the kwaliteitscyclus sees them); names
// are only on the group's form, and on the page of one student's activities (the student, their
// mentor and the decaan; linked from the loopbaandossier).
#include <map>
#include <string>

#include "modules/dossier/web/dossier_view.hpp"
#include "modules/dossier/web/paths.hpp"
#include "modules/participation/core/participation.hpp"
#include "modules/participation/web/participation_parts.hpp"
#include "modules/participation/web/paths.hpp"
#include "modules/participation/web/routes.hpp"
#include "modules/quality/core/cycle.hpp"
#include "modules/quality/web/paths.hpp"
#include "modules/quality/web/quality_parts.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {

using namespace participation_paths;
using core::Permission;
namespace {

struct ActivityOfSchool {
    storage::StoredRecord stored;
    storage::YearRecord year;
    std::string team;
};

std::string TeamName(Ctx& ctx, int64_t school, std::optional<int64_t> team_id) {
    for (const auto& t : ctx.app.orgs.Teams(school))
        if (team_id && t.id == *team_id) return t.name;
    return {};
}

// The {activiteit} of the route: an activity of a werkplan of {school}, of any schooljaar.
ActivityOfSchool LoadActivity(Ctx& ctx) {
    const int64_t school = ctx.Id("school");
    const int64_t id = ctx.Id("activiteit");
    auto& quality = QualityOf(ctx).quality;
    for (const auto& year : quality.Years(school)) {
        auto found = quality.Find(year.id, id);
        if (!found) continue;
        if (found->record.kind != core::Kind::kActiviteit) break;
        std::string team = TeamName(ctx, school, found->record.team_id);
        return {std::move(*found), year, std::move(team)};
    }
    throw core::NotFound();
}

View ActivityView(const ActivityOfSchool& a) {
    const auto& f = a.stored.record.fields;
    View v = Object();
    v.set("what", std::string(core::FieldOf(f, "wat")));
    v.set("audience", std::string(core::FieldOf(f, "doelgroep")));
    v.set("team", a.team);
    v.set("month", a.stored.record.due.empty() ? std::string()
                                               : core::FormatIsoDateLong(a.stored.record.due));
    v.set("done", a.stored.record.status == core::kUitgevoerd);
    return v;
}

Response Overview(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    auto& quality = QualityOf(ctx).quality;
    const auto years = quality.Years(school.id);
    View v = Object();
    v.set("school", school.name);
    v.set("quality_path", quality_paths::kStart.With(school.id));
    v.set("has_year", !years.empty());
    if (!years.empty()) {
        const auto& year = years.front();  // where the school works (QualityRepo::Years)
        v.set("year", core::SchoolYearLabel(year.start_year));
        const auto counts = ParticipationOf(ctx).participation.CountsAt(school.id);
        ViewList activities;
        for (const auto& a : quality.Records(year.id, core::Kind::kActiviteit)) {
            if (a.record.status == core::kVervallen) continue;
            View item = ActivityView({a, year, TeamName(ctx, school.id, a.record.team_id)});
            item.set("href", kActivity.With(school.id, a.record.id));
            const auto n = counts.find(a.record.id);
            item.set("took_part", n == counts.end() ? std::string("–") : std::to_string(n->second));
            activities.push_back(std::move(item));
        }
        v.set("has_activities", !activities.empty());
        v.set("activities", std::move(activities));
    }
    return RenderPage(ctx, "participation/overview", std::move(v), "Deelname aan LOB-activiteiten");
}

Response Activity(Ctx& ctx) {
    const int64_t school = ctx.Id("school");
    const auto activity = LoadActivity(ctx);
    const auto took = ParticipationOf(ctx).participation.StudentsOf(activity.stored.record.id);
    View v = ActivityView(activity);
    v.set("school", SchoolParam(ctx).name);
    v.set("overview_path", kOverview.With(school));
    v.set("year", core::SchoolYearLabel(activity.year.start_year));
    // The school's current students once, for the cohorts and the groups alike.
    std::vector<core::Enrolled> current;
    std::map<int64_t, std::pair<int, int>> per_group;  // group -> took part, students
    for (const auto& s : ctx.app.students.OfSchool(school)) {
        if (s.left_at) continue;
        current.push_back({s.id, s.onderwijstype, s.leerjaar});
        if (!s.group_id) continue;
        auto& [in, all] = per_group[*s.group_id];
        in += took.count(s.id) > 0 ? 1 : 0;
        ++all;
    }
    ViewList cohorts;
    for (const auto& share : core::CohortShares(current, took)) {
        View row = Object();
        row.set("cohort", share.cohort);
        row.set("share", core::ShareText(share));
        row.set("percent", std::to_string(share.percent));
        cohorts.push_back(std::move(row));
    }
    v.set("has_cohorts", !cohorts.empty());
    v.set("cohorts", std::move(cohorts));
    ViewList groups;
    for (const auto& g : ctx.app.students.Groups(school)) {
        const auto counts = per_group.find(g.id);
        if (counts == per_group.end()) continue;
        View row = Object();
        row.set("name", g.name);
        row.set("took_part", std::to_string(counts->second.first) + " van " +
                                 std::to_string(counts->second.second));
        const bool may = activity.year.open() && core::Allowed(ctx.user, Permission::kCoachStudent,
                                                               core::Target::Group(school, g.id));
        row.set("record_path",
                may ? kGroup.With(school, activity.stored.record.id, g.id) : std::string());
        groups.push_back(std::move(row));
    }
    v.set("groups", std::move(groups));
    v.set("closed", !activity.year.open());
    return RenderPage(
        ctx, "participation/activity", std::move(v),
        "Deelname: " + std::string(core::FieldOf(activity.stored.record.fields, "wat")));
}

Response GroupForm(Ctx& ctx) {
    const int64_t school = ctx.Id("school");
    const auto activity = LoadActivity(ctx);
    const auto group = GroupOf(ctx);
    const auto took = ParticipationOf(ctx).participation.StudentsOf(activity.stored.record.id);
    View v = ActivityView(activity);
    v.set("group", group.name);
    v.set("activity_path", kActivity.With(school, activity.stored.record.id));
    v.set("action", kGroup.With(school, activity.stored.record.id, group.id));
    v.set("closed", !activity.year.open());
    ViewList students;
    for (const auto& s : ctx.app.students.InGroup(group.id)) {
        View row = Object();
        row.set("id", std::to_string(s.id));
        row.set("name", s.name);
        row.set("checked", took.count(s.id) > 0);
        row.set("disabled", !activity.year.open());
        students.push_back(std::move(row));
    }
    v.set("has_students", !students.empty());
    v.set("students", std::move(students));
    return RenderPage(ctx, "participation/group", std::move(v),
                      "Deelname " + group.name + ": " +
                          std::string(core::FieldOf(activity.stored.record.fields, "wat")));
}

Response SaveGroup(Ctx& ctx) {
    const int64_t school = ctx.Id("school");
    const auto activity = LoadActivity(ctx);
    const auto group = GroupOf(ctx);
    if (!activity.year.open())
        throw core::Conflict(
            "Dit schooljaar is afgesloten; wie er meedeed ligt vast. Kies een activiteit van dit "
            "schooljaar.");
    std::vector<int64_t> chosen;
    const auto values = ctx.FieldValues("leerling");
    chosen.reserve(values.size());
    for (const auto& value : values)
        if (const auto id = core::ParseInt(value, 1)) chosen.push_back(*id);
    const int took = ParticipationOf(ctx).participation.SetForGroup(
        activity.stored.record.id, group.id, chosen, ctx.user->user_id, ctx.app.clock.Now());
    ctx.app.audit.Record(
        ctx.app.clock.Now(), ctx.user->user_id, {"participation.recorded", "Deelname vastgelegd"},
        std::string(core::FieldOf(activity.stored.record.fields, "wat")),
        "groep " + group.name + ": " + std::to_string(took) + " deden mee", ctx.req.remote_address);
    SetFlash(ctx, "deelname-opgeslagen");
    return Redirect(kActivity.With(school, activity.stored.record.id));
}

// The activities of the school's werkplannen the student took part in, per schooljaar, the
// latest first; in the student's own words, or the staff's.
Response StudentActivities(Ctx& ctx) {
    const StudentScope scope = LoadStudent(ctx, Use::kAsIs);
    const auto& s = scope.student;
    LogLook(ctx, scope, "de LOB-activiteiten");
    const auto took = ParticipationOf(ctx).participation.ActivitiesOf(s.id);
    auto& quality = QualityOf(ctx).quality;
    ViewList years;
    for (const auto& year : quality.Years(s.school_id)) {
        ViewList activities;
        for (const auto& a : quality.Records(year.id, core::Kind::kActiviteit)) {
            if (!took.count(a.record.id)) continue;
            View item = ActivityView({a, year, TeamName(ctx, s.school_id, a.record.team_id)});
            item.set("recorded", core::FormatDateLong(took.at(a.record.id)));
            activities.push_back(std::move(item));
        }
        if (activities.empty()) continue;
        View y = Object();
        y.set("year", core::SchoolYearLabel(year.start_year));
        y.set("activities", std::move(activities));
        years.push_back(std::move(y));
    }
    View v = Object();
    v.set("own", scope.own);
    v.set("name", s.name);
    v.set("dossier_path", dossier_paths::kDossier.With(s.school_id, s.id));
    v.set("has_years", !years.empty());
    v.set("years", std::move(years));
    return RenderPage(ctx, "participation/student", std::move(v),
                      scope.own ? "Mijn LOB-activiteiten" : "LOB-activiteiten van " + s.name);
}

}  // namespace

void AddParticipationRoutes(Router& r) {
    const auto read = Access::School(Permission::kViewQuality, "school");
    const auto coach = Access::School(Permission::kCoachStudent, "school").Within(GroupParam);
    r.Get(kOverview, read, Overview);
    r.Get(kActivity, read, Activity);
    r.Get(kGroup, coach, GroupForm);
    r.Post(kGroup, coach, SaveGroup);
    r.Get(kStudent, Access::School(Permission::kViewDossier, "school").Within(StudentParam),
          StudentActivities);
}

}  // namespace koers::web
