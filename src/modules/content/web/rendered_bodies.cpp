#include "modules/content/web/rendered_bodies.hpp"

#include "platform/web/render/markdown.hpp"

namespace koers::web {
namespace {

constexpr size_t kMaxEntries = 4096;

}  // namespace

std::string RenderedBodies::Html(int64_t id, const std::string& markdown) {
    {
        std::lock_guard lock(mutex_);
        if (auto it = entries_.find(id); it != entries_.end() && it->second->markdown == markdown)
            return it->second->html;
    }
    auto entry = std::make_shared<const Entry>(Entry{markdown, MarkdownToHtml(markdown)});
    std::string html = entry->html;
    std::lock_guard lock(mutex_);
    if (entries_.size() >= kMaxEntries) entries_.clear();  // a bound, not a policy
    entries_.insert_or_assign(id, std::move(entry));
    return html;
}

}  // namespace koers::web
