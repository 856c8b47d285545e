#pragma once
// The HTML of items' Markdown bodies, made once per version of a body instead of once per page
// view: a detail page is read far more often than it is edited. Keyed by item, checked against
// the body itself (so an edit, in this process or another, is never served stale). Bounded.
// Thread-safe.
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace koers::web {

class RenderedBodies {
public:
    // MarkdownToHtml(markdown), from the cache when item `id` last had this body.
    std::string Html(int64_t id, const std::string& markdown);

private:
    struct Entry {
        std::string markdown, html;
    };
    std::mutex mutex_;
    std::unordered_map<int64_t, std::shared_ptr<const Entry>> entries_;
};

}  // namespace koers::web
