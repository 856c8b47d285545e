#include "platform/web/auth/session_cache.hpp"

namespace koers::web::auth {

std::optional<CachedSession> SessionCache::Get(const std::string& token_hash,
                                               int64_t now_ms) const {
    std::lock_guard lock(mu_);
    auto it = entries_.find(token_hash);
    if (it == entries_.end() || now_ms - it->second.stored_ms >= kTtlMillis ||
        now_ms < it->second.stored_ms)
        return std::nullopt;
    return it->second.session;
}

void SessionCache::Put(const std::string& token_hash, CachedSession session, int64_t now_ms) {
    std::lock_guard lock(mu_);
    if (entries_.size() >= kMaxEntries) {
        // Drop what has gone stale; if everything is fresh, start over (rare: an attack or a
        // very busy node, and the cost is one database read per session).
        std::erase_if(entries_,
                      [&](const auto& e) { return now_ms - e.second.stored_ms >= kTtlMillis; });
        if (entries_.size() >= kMaxEntries) entries_.clear();
    }
    entries_.insert_or_assign(token_hash, Entry{std::move(session), now_ms});
}

void SessionCache::Forget(const std::string& token_hash) {
    std::lock_guard lock(mu_);
    entries_.erase(token_hash);
}

void SessionCache::ForgetUser(int64_t user_id) {
    std::lock_guard lock(mu_);
    std::erase_if(entries_,
                  [&](const auto& e) { return e.second.session.principal.user_id == user_id; });
}

}  // namespace koers::web::auth
