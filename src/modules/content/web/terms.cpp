#include "modules/content/web/terms.hpp"

#include "modules/content/web/catalog.hpp"

namespace koers::web {

std::shared_ptr<const std::vector<core::TermRef>> Terms::All() {
    std::lock_guard lock(mutex_);
    const int64_t now = clock_.NowMillis();
    if (!terms_ || now - read_ms_ >= kMaxStaleMillis) {
        terms_ = std::make_shared<const std::vector<core::TermRef>>(repo_.All());
        read_ms_ = now;
    }
    return terms_;
}

void Terms::Changed() {
    std::lock_guard lock(mutex_);
    terms_.reset();
}

}  // namespace koers::web
