#include "platform/web/render/pagination.hpp"

namespace koers::web {

View PaginationView(size_t total, size_t page_size, size_t current,
                    const std::function<std::string(size_t)>& url) {
    View v = Object();
    const size_t pages = page_size == 0 ? 0 : (total + page_size - 1) / page_size;
    if (pages <= 1) return v;
    ViewList list;
    bool gap_last = false;
    for (size_t i = 1; i <= pages; ++i) {
        if (i != 1 && i != pages && (i + 2 < current || i > current + 2)) {
            if (!gap_last) {
                View gap = Object();
                gap.set("gap", true);
                list.push_back(std::move(gap));
                gap_last = true;
            }
            continue;
        }
        View item = Object();
        item.set("gap", false);
        item.set("number", std::to_string(i));
        item.set("href", url(i));
        item.set("current", i == current);
        list.push_back(std::move(item));
        gap_last = false;
    }
    v.set("pages", std::move(list));
    if (current > 1) v.set("prev", url(current - 1));
    if (current < pages) v.set("next", url(current + 1));
    v.set("show", true);
    return v;
}

}  // namespace koers::web
