#include "modules/content/web/content_parts.hpp"

#include "platform/web/http/page_cache.hpp"

namespace koers::web {

void ItemChanged(const Ctx& ctx, int64_t id) {
    ContentOf(ctx).catalog.Refresh(id);
    ContentOf(ctx).site_pages.Changed();
    ctx.app.published.Clear();
}

void TermsChanged(const Ctx& ctx) {
    ContentOf(ctx).terms.Changed();
    ctx.app.published.Clear();
}

Handler AsOfCatalogue(Handler handler) {
    return [handler = std::move(handler)](Ctx& ctx) {
        Response res = handler(ctx);
        res.current_as_of_ms = ContentOf(ctx).catalog.SyncedMillis();
        return res;
    };
}

}  // namespace koers::web
