#pragma once
// The curriculumplanner's views: the leerlijn (per leerjaar its four periods and the activities
// in each), where the school stands in the four steps, and the coverage as one heatmap per
// leerjaar with the same figures as a table, each gap linked to the opdrachtenbank filtered on it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "modules/curriculum/core/activity.hpp"
#include "modules/curriculum/storage/activity_repo.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/web/http/message.hpp"
#include "platform/web/http/route_path.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

// The leerjaren the planner shows: six for vo, four elsewhere, more when an activity sits later
// (`latest`: the latest leerjaar that has one).
int PlannerYears(const storage::SchoolRecord& school, int latest);

// What a planner page shows: the school's whole plan (`leerlijn` empty) or one leerlijn, with
// the activities for the whole school, which every leerlijn includes.
struct PlanScope {
    int64_t school = 0;
    std::string leerlijn;
    // `path` with the leerlijn (when one is chosen) and `query` in its query string.
    std::string Link(std::string_view path, Pairs query = {}) const;
};

// "leerlijnen": the whole school and each of `names`, each {label, href (to `page`), current};
// empty when the school names no leerlijn.
ViewList LeerlijnLinks(const PlanScope& scope, const RoutePath& page,
                       const std::vector<std::string>& names);

// Per leerjaar its periods and their activities; with `can_plan`, a link per period to add one
// there.
ViewList LeerlijnView(const std::vector<storage::PlannedActivity>& plan, int years,
                      const PlanScope& scope, bool can_plan);
// "steps": the four steps, each with what the school has done in it.
View StepsView(const std::vector<storage::PlannedActivity>& plan, const core::Coverage& coverage,
               int years, const PlanScope& scope, bool can_plan);
// Per leerjaar: the heatmap (SVG cells and labels), the table and the gaps with their links.
ViewList CoverageViews(const core::Coverage& coverage, int years, int64_t school);

}  // namespace koers::web
