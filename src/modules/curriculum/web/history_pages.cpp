// An assignment's history: every saved version of one of the school's own assignments, newest
// first, with who saved it, why (written, edited, shared under a licence, copied, deleted) and
// what changed against the version before. Another school's assignment has no history to read
// here (404), shared or not.
#include <algorithm>

#include "modules/curriculum/core/assignment.hpp"
#include "modules/curriculum/web/curriculum_parts.hpp"
#include "modules/curriculum/web/paths.hpp"
#include "modules/curriculum/web/routes.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/web/pages/org_view.hpp"
#include "platform/web/pages/page.hpp"
#include "platform/web/records/record_views.hpp"

namespace koers::web {

using namespace curriculum_paths;
namespace {

Response ShowHistory(Ctx& ctx) {
    const auto school = SchoolParam(ctx);
    const auto a = CurriculumOf(ctx).assignments.Visible(school.id, ctx.Id("opdracht"));
    if (!a || a->school_id != school.id) throw core::NotFound();
    const auto revisions = CurriculumOf(ctx).assignments.History(school.id, a->id);
    ViewList items;
    // Oldest first, so each version is compared with the one before it.
    const core::Fields* before = nullptr;
    const core::Fields none;
    for (auto it = revisions.rbegin(); it != revisions.rend(); ++it) {
        View item = Object();
        item.set("version", std::to_string(it->version));
        item.set("when", core::FormatDateTime(it->at));
        item.set("who", it->user_name);
        item.set("note", it->note);
        item.set("changes", ChangeViews(core::Changes(core::AssignmentForm(),
                                                      before ? *before : none, it->fields)));
        before = &it->fields;
        items.push_back(std::move(item));
    }
    std::reverse(items.begin(), items.end());
    View v = Object();
    v.set("title", a->title());
    v.set("assignment_path", kAssignment.With(school.id, a->id));
    v.set("revisions", std::move(items));
    return RenderPage(ctx, "curriculum/history", std::move(v),
                      "Geschiedenis · " + a->title() + " · " + school.name);
}

}  // namespace

void AddAssignmentHistoryRoutes(Router& r) {
    r.Get(kHistory, Access::School(core::Permission::kUseAssignments, "school"), ShowHistory);
}

}  // namespace koers::web
