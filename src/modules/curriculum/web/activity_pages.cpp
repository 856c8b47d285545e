// The curriculumplanner's activities: reading one (staff), and writing, moving, evaluating and
// deleting them (kPlanCurriculum), with the record kernel's optimistic save. A new activity can
// start from an assignment of the opdrachtenbank the school may see: its title, text,
// competencies and elements are filled in, and the activity keeps a link to it.
#include <algorithm>

#include "modules/curriculum/core/activity.hpp"
#include "modules/curriculum/web/curriculum_parts.hpp"
#include "modules/curriculum/web/group_links.hpp"
#include "modules/curriculum/web/paths.hpp"
#include "modules/curriculum/web/routes.hpp"
#include "modules/curriculum/web/werkplan_link.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/records/author.hpp"
#include "platform/web/records/record_views.hpp"

namespace koers::web {

using namespace curriculum_paths;
using core::Permission;
namespace {

// A school plans at most this many activities: some thousand times what a real leerlijn holds.
constexpr int64_t kMaxPerSchool = 5000;
// and names at most this many leerlijnen: each is a link above its planner.
constexpr size_t kMaxLeerlijnen = 40;

// CheckActivity, and a new leerlijn only while the school has fewer than kMaxLeerlijnen. A
// leerlijn the school has already, written with other capitals ("Havo" for "havo"), takes the
// spelling the school has, so one line never becomes two.
core::Validation Check(Ctx& ctx, int64_t school, core::Fields& fields) {
    core::Validation v = core::CheckActivity(fields);
    const std::string line(core::FieldOf(fields, "leerlijn"));
    if (line.empty()) return v;
    const auto names = CurriculumOf(ctx).activities.Leerlijnen(school);
    const auto known = std::find_if(names.begin(), names.end(), [&](const std::string& n) {
        return core::AsciiLower(n) == core::AsciiLower(line);
    });
    if (known != names.end()) {
        fields["leerlijn"] = *known;
        return v;
    }
    if (names.size() >= kMaxLeerlijnen)
        v.Add("leerlijn",
              "Uw school heeft al 40 leerlijnen. Kies een leerlijn die er al is, of laat het veld "
              "leeg voor de hele school.");
    return v;
}

storage::StoredActivity Own(Ctx& ctx, int64_t school) {
    auto a = CurriculumOf(ctx).activities.Find(school, ctx.Id("activiteit"));
    if (!a) throw core::NotFound();
    return std::move(*a);
}

// The bank's assignment an activity starts from, when the school may see it.
std::optional<storage::StoredAssignment> Source(Ctx& ctx, int64_t school, const std::string& id) {
    if (id.empty() || id.size() > 18 ||
        !std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return CurriculumOf(ctx).assignments.Visible(school, std::stoll(id));
}

// A new activity's first values: the place chosen in the planner, and what an assignment of the
// bank brings (its first leerjaar, when the planner named none).
core::Fields Start(Ctx& ctx, const storage::StoredAssignment* from) {
    core::Fields f;
    for (const char* name : {"leerjaar", "periode", "fase", "leerlijn"})
        if (auto value = ctx.QueryParam(name)) f[name] = *value;
    if (from) {
        f["titel"] = from->title();
        f["wat"] = std::string(core::FieldOf(from->fields, "wat"));
        f["competenties"] = std::string(core::FieldOf(from->fields, "competenties"));
        f["elementen"] = std::string(core::FieldOf(from->fields, "elementen"));
        const auto years = core::SplitChoices(core::FieldOf(from->fields, "leerjaren"));
        if (!f.contains("leerjaar") && !years.empty()) f["leerjaar"] = years.front();
        if (!f.contains("fase")) f["fase"] = std::string(core::kPlanned);
    }
    // Only what the form offers stays: a tampered query cannot prefill anything else.
    const auto errors = core::Validate(core::ActivityForm(), f);
    for (const auto& e : errors.errors()) f.erase(e.field);
    return f;
}

Response FormPage(Ctx& ctx, const storage::SchoolRecord& school,
                  const storage::StoredActivity* stored, const core::Fields& fields,
                  const core::Validation& errors, int status, const std::string& from_id = {},
                  View conflict = {}) {
    View v = Object();
    v.set("planner_path", kPlanner.With(school.id));
    v.set("school", school.name);
    v.set("heading", stored ? "Activiteit bewerken" : "Nieuwe activiteit");
    v.set("action",
          stored ? kEditActivity.With(school.id, stored->id) : kNewActivity.With(school.id));
    v.set("version", std::to_string(stored ? stored->version : 0));
    v.set("from", from_id);
    v.set("back_path", stored ? kActivity.With(school.id, stored->id) : kPlanner.With(school.id));
    v.set("fields", FieldViews(core::ActivityForm(), fields, errors));
    if (conflict.kind() == View::Kind::kObject) v.set("conflict", std::move(conflict));
    AddFieldErrors(v, core::ActivityForm(), errors);
    const std::string title = v.Find("heading")->string() + " · " + school.name;
    return RenderPage(ctx, "curriculum/activity_form", std::move(v), title, status);
}

Response NewForm(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const std::string from_id = ctx.QueryParam("opdracht").value_or("");
    const auto from = Source(ctx, school.id, from_id);
    if (!from_id.empty() && !from) throw core::NotFound();
    return FormPage(ctx, school, nullptr, Start(ctx, from ? &*from : nullptr), {}, 200,
                    from ? std::to_string(from->id) : std::string());
}

Response Create(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    core::Fields fields = core::Normalise(core::ActivityForm(), ctx.form);
    const std::string from_id = ctx.Field("opdracht");
    const auto from = Source(ctx, school.id, from_id);
    const auto errors = Check(ctx, school.id, fields);
    if (!errors.ok()) return FormPage(ctx, school, nullptr, fields, errors, 400, from_id);
    if (CurriculumOf(ctx).activities.CountOf(school.id) >= kMaxPerSchool)
        throw core::Conflict(
            "Uw planner heeft al 5.000 activiteiten. Verwijder eerst activiteiten die de school "
            "niet meer doet.");
    const int64_t id = CurriculumOf(ctx).activities.Create(
        school.id, fields, from ? std::optional(from->id) : std::nullopt, AuthorOf(ctx),
        ctx.app.clock.Now());
    SetFlash(ctx, "activiteit-opgeslagen");
    return Redirect(kActivity.With(school.id, id));
}

Response Show(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto a = Own(ctx, school.id);
    View v = Object();
    v.set("planner_path", kPlanner.With(school.id));
    v.set("school", school.name);
    v.set("title", std::string(core::FieldOf(a.fields, "titel")));
    core::Fields facts = a.fields;
    facts.erase("titel");  // the heading
    v.set("facts", ReadViews(core::ActivityForm(), facts));
    v.set("updated", core::FormatDateLong(a.updated_at));
    v.set("updated_by", a.updated_by);
    if (a.assignment_id)
        if (auto from = CurriculumOf(ctx).assignments.Visible(school.id, *a.assignment_id)) {
            v.set("from_title", from->title());
            v.set("from_href", kAssignment.With(school.id, from->id));
        }
    const bool can_plan = MayPlan(ctx, school.id);
    AddWerkplanLinks(ctx, school, a, can_plan, v);
    AddGroupLinks(ctx, school.id, a, can_plan, v);
    if (can_plan) {
        v.set("edit_path", kEditActivity.With(school.id, a.id));
        v.set("delete_path", kDeleteActivity.With(school.id, a.id));
        v.set("version", std::to_string(a.version));
    }
    return RenderPage(ctx, "curriculum/activity", std::move(v),
                      std::string(core::FieldOf(a.fields, "titel")) + " · Curriculumplanner");
}

Response EditForm(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto a = Own(ctx, school.id);
    return FormPage(ctx, school, &a, a.fields, {}, 200);
}

Response Save(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto a = Own(ctx, school.id);
    const int version = PostedVersion(ctx);
    core::Fields fields = core::Normalise(core::ActivityForm(), ctx.form);
    const auto errors = Check(ctx, school.id, fields);
    if (!errors.ok()) return FormPage(ctx, school, &a, fields, errors, 400);
    if (version == a.version &&
        CurriculumOf(ctx).activities.Update(school.id, a.id, version, fields, AuthorOf(ctx),
                                            ctx.app.clock.Now())) {
        SetFlash(ctx, "activiteit-opgeslagen");
        return Redirect(kActivity.With(school.id, a.id));
    }
    const auto now = CurriculumOf(ctx).activities.Find(school.id, a.id);
    if (!now) throw core::Gone("Deze activiteit is intussen verwijderd.");
    View conflict = ConflictView(
        "Iemand heeft deze activiteit intussen ook veranderd. Hieronder staat wat nu is "
        "opgeslagen naast uw versie, die nog in het formulier staat: kijk hem na en sla "
        "opnieuw op.",
        core::Changes(core::ActivityForm(), now->fields, fields));
    return FormPage(ctx, school, &*now, fields, {}, 409, {}, std::move(conflict));
}

Response Delete(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto a = Own(ctx, school.id);
    if (!CurriculumOf(ctx).activities.Delete(school.id, a.id, PostedVersion(ctx), AuthorOf(ctx),
                                             ctx.app.clock.Now()))
        throw core::Conflict(
            "Iemand heeft deze activiteit intussen veranderd. Bekijk hem opnieuw voordat u hem "
            "verwijdert.");
    SetFlash(ctx, "activiteit-verwijderd");
    return Redirect(kPlanner.With(school.id));
}

}  // namespace

void AddActivityRoutes(Router& r) {
    const auto plan = Access::School(Permission::kPlanCurriculum, "school");
    r.Get(kNewActivity, plan, NewForm);
    r.Post(kNewActivity, plan, Create);
    r.Get(kActivity, Access::School(Permission::kUseAssignments, "school"), Show);
    r.Get(kEditActivity, plan, EditForm);
    r.Post(kEditActivity, plan, Save);
    r.Post(kDeleteActivity, plan, Delete);
}

}  // namespace koers::web
