#include "modules/curriculum/web/group_links.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "modules/curriculum/web/curriculum_parts.hpp"
#include "modules/curriculum/web/paths.hpp"
#include "platform/core/access/policy.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/render/shapes.hpp"

namespace koers::web {

using core::Permission;
namespace {

Response SetGroups(Ctx& ctx) {
    const int64_t school = ctx.Id("school");
    const int64_t activity = ctx.Id("activiteit");
    const auto known = ctx.app.students.Groups(school);
    const auto posted = ctx.FieldValues("groep");
    if (posted.size() > known.size())
        throw core::InvalidInput("Kies alleen groepen van uw school, elk één keer.");
    std::vector<int64_t> chosen;
    for (const auto& value : posted) {
        const auto id = core::ParseInt(value, 1);
        if (!id ||
            std::none_of(known.begin(), known.end(), [&](const auto& g) { return g.id == *id; }))
            throw core::InvalidInput(
                "Die groep hoort niet bij deze school. Laad de pagina "
                "opnieuw en kies opnieuw.");
        chosen.push_back(*id);
    }
    if (!CurriculumOf(ctx).reach.SetGroups(school, activity, chosen)) throw core::NotFound();
    SetFlash(ctx, chosen.empty() ? "activiteit-zonder-groepen" : "activiteit-voor-groepen");
    return Redirect(curriculum_paths::kActivity.With(school, activity) + "#groepen");
}

}  // namespace

void AddGroupLinks(Ctx& ctx, int64_t school, const storage::StoredActivity& activity, bool can_plan,
                   View& v) {
    const auto reach = CurriculumOf(ctx).reach.Reach(school, activity.id);
    ViewList rows;
    bool hidden = false;
    for (const auto& g : reach) {
        View row = Object();
        row.set("name", g.name);
        row.set("students", std::to_string(g.students));
        // Who began is the dossier's: in a small group a count points at a student, so only
        // those who may see the group's students (its mentor, the decaan) see it.
        const bool shown = core::Allowed(ctx.user, Permission::kViewGroups,
                                         core::Target::Group(school, g.group_id));
        row.set("began", shown ? std::to_string(g.began) : std::string());
        hidden = hidden || !shown;
        rows.push_back(std::move(row));
    }
    v.set("reach", std::move(rows));
    v.set("began_hidden", hidden);
    if (!can_plan) return;
    ViewList choices;
    for (const auto& g : ctx.app.students.Groups(school)) {
        const bool given = std::any_of(reach.begin(), reach.end(),
                                       [&](const auto& r) { return r.group_id == g.id; });
        View choice = ChoiceView(std::to_string(g.id), g.name, given);
        choice.set("id", "groep-" + std::to_string(g.id));
        choices.push_back(std::move(choice));
    }
    if (choices.empty()) return;
    v.set("group_choices", std::move(choices));
    v.set("groups_path", curriculum_paths::kActivityGroups.With(school, activity.id));
}

void AddGroupLinkRoutes(Router& r) {
    r.Post(curriculum_paths::kActivityGroups, Access::School(Permission::kPlanCurriculum, "school"),
           SetGroups);
}

}  // namespace koers::web
