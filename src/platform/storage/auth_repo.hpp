#pragma once
// Sessions, login failures and one-time tokens (invitations, password resets). Tokens are
// stored only as hashes: whoever reads the database cannot sign in with what they find.
// Thread-safe.
#include <cstdint>
#include <optional>
#include <string>

#include "platform/core/access/roles.hpp"
#include "platform/storage/db/database.hpp"

namespace koers::storage {

struct SessionRecord {
    std::string token_hash;
    int64_t user_id = 0;
    std::string csrf_token;
    int64_t created_at = 0;
    int64_t last_seen_at = 0;
};

class AuthRepo {
public:
    explicit AuthRepo(Database& db) : db_(db) {}

    void CreateSession(const SessionRecord& s);
    // The session and its (active) user's principal, in one query: the per-request lookup.
    std::optional<std::pair<SessionRecord, core::Principal>> SessionWithPrincipal(
        const std::string& token_hash);
    void TouchSession(const std::string& token_hash, int64_t now);
    void DeleteSession(const std::string& token_hash);
    // Ends every session of a user, except the one with hash `keep` when given.
    void DeleteSessionsOf(int64_t user_id, const std::string& keep = {});
    // Deletes what can no longer be used: sessions idle since before `idle_before` or created
    // before `created_before`, login failures older than `failures_before`, and one-time
    // tokens that expired or were used before `tokens_before`. Returns the rows deleted.
    int64_t Prune(int64_t idle_before, int64_t created_before, int64_t failures_before,
                  int64_t tokens_before);

    void RecordLoginFailure(const std::string& account_key, const std::string& address,
                            int64_t now);
    int CountAccountFailures(const std::string& account_key, int64_t since);
    int CountPairFailures(const std::string& account_key, const std::string& address,
                          int64_t since);
    int CountAddressFailures(const std::string& address, int64_t since);
    void ClearAccountFailures(const std::string& account_key);

    // One-time links of `purpose` made for a user since `since` (used or not).
    int CountTokens(int64_t user_id, const std::string& purpose, int64_t since);
    void CreateToken(const std::string& token_hash, int64_t user_id, const std::string& purpose,
                     int64_t now, int64_t expires_at);
    // Deletes the unused tokens of `purpose` of a user: a new activation code replaces the old.
    void DeleteUnusedTokens(int64_t user_id, const std::string& purpose);
    // Marks an unused, unexpired token of `purpose` as used and returns its user, atomically:
    // a token can be redeemed once, even by two requests racing.
    std::optional<int64_t> RedeemToken(const std::string& token_hash, const std::string& purpose,
                                       int64_t now);
    // The user of a valid (unused, unexpired) token, without using it.
    std::optional<int64_t> PeekToken(const std::string& token_hash, const std::string& purpose,
                                     int64_t now);

private:
    Database& db_;
};

}  // namespace koers::storage
