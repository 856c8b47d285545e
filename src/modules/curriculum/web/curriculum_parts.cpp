#include "modules/curriculum/web/curriculum_parts.hpp"

#include "platform/core/common/errors.hpp"
#include "platform/web/http/page_cache.hpp"

namespace koers::web {

bool MayPlan(const Ctx& ctx, int64_t school) {
    return core::Allowed(ctx.user, core::Permission::kPlanCurriculum, core::Target::School(school));
}

storage::StoredAssignment OwnAssignment(const Ctx& ctx, int64_t school) {
    auto a = CurriculumOf(ctx).assignments.Visible(school, ctx.Id("opdracht"));
    if (!a || a->school_id != school) throw core::NotFound();
    return std::move(*a);
}

void AssignmentChanged(const Ctx& ctx, int64_t id) {
    CurriculumOf(ctx).bank.Refresh(id);
    ctx.app.published.Clear();
}

}  // namespace koers::web
