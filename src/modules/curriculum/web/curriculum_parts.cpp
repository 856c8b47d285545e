#include "modules/curriculum/web/curriculum_parts.hpp"

#include "platform/web/http/page_cache.hpp"

namespace koers::web {

void AssignmentChanged(const Ctx& ctx, int64_t id) {
    CurriculumOf(ctx).bank.Refresh(id);
    ctx.app.published.Clear();
}

}  // namespace koers::web
