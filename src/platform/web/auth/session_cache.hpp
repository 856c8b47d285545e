#pragma once
// A per-process cache of resolved sessions, valid for one second. Under load every session is
// then read from the database at most once a second per process instead of on every request.
// Staleness is bounded: a sign-out or password change in this process takes effect at once
// (Forget/ForgetUser); one in another process, or a role change, within a second. See
// docs/decisions/0005-session-cache.md. Thread-safe.
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "platform/core/access/roles.hpp"
#include "platform/core/account/session_rules.hpp"

namespace koers::web::auth {

struct CachedSession {
    core::Principal principal;
    std::string csrf_token;
    core::SessionTimes times;
};

class SessionCache {
public:
    static constexpr int64_t kTtlMillis = 1000;
    static constexpr size_t kMaxEntries = 100'000;

    // The entry for `token_hash` if it was stored less than kTtlMillis before `now_ms`.
    std::optional<CachedSession> Get(const std::string& token_hash, int64_t now_ms) const;
    void Put(const std::string& token_hash, CachedSession session, int64_t now_ms);
    void Forget(const std::string& token_hash);
    void ForgetUser(int64_t user_id);

private:
    struct Entry {
        CachedSession session;
        int64_t stored_ms;
    };
    mutable std::mutex mu_;
    std::unordered_map<std::string, Entry> entries_;
};

}  // namespace koers::web::auth
