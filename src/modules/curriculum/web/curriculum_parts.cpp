#include "modules/curriculum/web/curriculum_parts.hpp"

#include "platform/web/http/page_cache.hpp"

namespace koers::web {

bool MayPlan(const Ctx& ctx, int64_t school) {
    return core::Allowed(ctx.user, core::Permission::kPlanCurriculum, core::Target::School(school));
}

void AssignmentChanged(const Ctx& ctx, int64_t id) {
    CurriculumOf(ctx).bank.Refresh(id);
    ctx.app.published.Clear();
}

}  // namespace koers::web
