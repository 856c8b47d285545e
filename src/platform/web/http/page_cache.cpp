#include "platform/web/http/page_cache.hpp"

namespace koers::web {
namespace {

constexpr size_t kMaxEntries = 512;
constexpr size_t kMaxBytes = size_t{32} * 1024 * 1024;
constexpr size_t kMaxKeyBytes = 512;  // longer search queries are rendered each time

}  // namespace

std::optional<Response> PageCache::Get(std::string_view key, int64_t now_ms) {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(key);
    if (it == entries_.end() || now_ms - it->second.made_ms >= kSharedPageMillis ||
        now_ms < it->second.made_ms)
        return std::nullopt;
    return it->second.response;
}

void PageCache::Put(std::string_view key, const Response& response, int64_t current_ms) {
    if (key.size() > kMaxKeyBytes || !response.static_body.empty()) return;
    const size_t size = response.body.size() + key.size();
    if (size > kMaxBytes / kMaxEntries * 8) return;
    std::lock_guard lock(mutex_);
    if (auto it = entries_.find(key); it != entries_.end()) {
        bytes_ -= it->second.response.body.size() + key.size();
        entries_.erase(it);
    }
    if (entries_.size() >= kMaxEntries || bytes_ + size > kMaxBytes) {
        // Drop what is stale; if that is not enough, everything (a bound, not a policy).
        for (auto it = entries_.begin(); it != entries_.end();) {
            if (current_ms - it->second.made_ms < kSharedPageMillis) {
                ++it;
                continue;
            }
            bytes_ -= it->second.response.body.size() + it->first.size();
            it = entries_.erase(it);
        }
        if (entries_.size() >= kMaxEntries || bytes_ + size > kMaxBytes) {
            entries_.clear();
            bytes_ = 0;
        }
    }
    entries_.emplace(std::string(key), Entry{response, current_ms});
    bytes_ += size;
}

void PageCache::Clear() {
    std::lock_guard lock(mutex_);
    entries_.clear();
    bytes_ = 0;
}

}  // namespace koers::web
