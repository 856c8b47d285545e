#include "platform/storage/auth_repo.hpp"

#include "platform/storage/user_repo.hpp"

namespace koers::storage {

void AuthRepo::CreateSession(const SessionRecord& s) {
    db_.With([&](Connection& c) {
        c.Execute(
            "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at) "
            "VALUES (?, ?, ?, ?, ?)",
            {s.token_hash, s.user_id, s.csrf_token, s.created_at, s.last_seen_at});
    });
}

std::optional<std::pair<SessionRecord, core::Principal>> AuthRepo::SessionWithPrincipal(
    const std::string& token_hash) {
    static const std::string kSql =
        std::string("SELECT x.user_id, x.csrf_token, x.created_at, x.last_seen_at, ") +
        kPrincipalColumns + " FROM sessions x JOIN users u ON u.id = x.user_id AND u.active = 1 " +
        kPrincipalJoins + "WHERE x.token_hash = ?";
    return db_.Use([&](Connection& c) -> std::optional<std::pair<SessionRecord, core::Principal>> {
        auto rows = c.Query(kSql, {token_hash});
        if (rows.empty()) return std::nullopt;
        const Row& r = rows[0];
        SessionRecord s{token_hash, r.Int("user_id"), r.Text("csrf_token"), r.Int("created_at"),
                        r.Int("last_seen_at")};
        auto principal = PrincipalFromRows(c, rows, s.user_id);
        return std::pair(std::move(s), std::move(*principal));
    });
}

void AuthRepo::TouchSession(const std::string& token_hash, int64_t now) {
    db_.With([&](Connection& c) {
        c.Execute("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?", {now, token_hash});
    });
}

void AuthRepo::DeleteSession(const std::string& token_hash) {
    db_.With([&](Connection& c) {
        c.Execute("DELETE FROM sessions WHERE token_hash = ?", {token_hash});
    });
}

void AuthRepo::DeleteSessionsOf(int64_t user_id, const std::string& keep) {
    db_.With([&](Connection& c) {
        c.Execute("DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?", {user_id, keep});
    });
}

int64_t AuthRepo::Prune(int64_t idle_before, int64_t created_before, int64_t failures_before,
                        int64_t tokens_before) {
    int64_t n = 0;
    db_.Transaction([&](Connection& c) {
        n += c.Execute("DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?",
                       {idle_before, created_before});
        n += c.Execute("DELETE FROM login_failures WHERE at < ?", {failures_before});
        n += c.Execute(
            "DELETE FROM one_time_tokens WHERE expires_at < ? OR (used_at IS NOT NULL AND "
            "used_at < ?)",
            {tokens_before, tokens_before});
    });
    return n;
}

void AuthRepo::RecordLoginFailure(const std::string& account_key, const std::string& address,
                                  int64_t now) {
    db_.With([&](Connection& c) {
        c.Execute("INSERT INTO login_failures (account_key, address, at) VALUES (?, ?, ?)",
                  {account_key, address, now});
    });
}

int AuthRepo::CountAccountFailures(const std::string& account_key, int64_t since) {
    return db_.Use([&](Connection& c) {
        return static_cast<int>(
            c.QueryOne("SELECT COUNT(*) AS n FROM login_failures WHERE account_key = ? AND at >= ?",
                       {account_key, since})
                ->Int("n"));
    });
}

int AuthRepo::CountPairFailures(const std::string& account_key, const std::string& address,
                                int64_t since) {
    return db_.Use([&](Connection& c) {
        return static_cast<int>(c.QueryOne("SELECT COUNT(*) AS n FROM login_failures WHERE "
                                           "account_key = ? AND address = ? AND at >= ?",
                                           {account_key, address, since})
                                    ->Int("n"));
    });
}

int AuthRepo::CountAddressFailures(const std::string& address, int64_t since) {
    return db_.Use([&](Connection& c) {
        return static_cast<int>(
            c.QueryOne("SELECT COUNT(*) AS n FROM login_failures WHERE address = ? AND at >= ?",
                       {address, since})
                ->Int("n"));
    });
}

void AuthRepo::ClearAccountFailures(const std::string& account_key) {
    db_.With([&](Connection& c) {
        c.Execute("DELETE FROM login_failures WHERE account_key = ?", {account_key});
    });
}

int AuthRepo::CountTokens(int64_t user_id, const std::string& purpose, int64_t since) {
    return db_.Use([&](Connection& c) {
        return static_cast<int>(
            c.QueryOne("SELECT COUNT(*) AS n FROM one_time_tokens WHERE user_id = ? AND "
                       "purpose = ? AND created_at >= ?",
                       {user_id, purpose, since})
                ->Int("n"));
    });
}

void AuthRepo::CreateToken(const std::string& token_hash, int64_t user_id,
                           const std::string& purpose, int64_t now, int64_t expires_at) {
    db_.With([&](Connection& c) {
        c.Execute(
            "INSERT INTO one_time_tokens (token_hash, user_id, purpose, created_at, expires_at) "
            "VALUES (?, ?, ?, ?, ?)",
            {token_hash, user_id, purpose, now, expires_at});
    });
}

void AuthRepo::DeleteUnusedTokens(int64_t user_id, const std::string& purpose) {
    db_.With([&](Connection& c) {
        c.Execute(
            "DELETE FROM one_time_tokens WHERE user_id = ? AND purpose = ? AND used_at IS NULL",
            {user_id, purpose});
    });
}

std::optional<int64_t> AuthRepo::RedeemToken(const std::string& token_hash,
                                             const std::string& purpose, int64_t now) {
    return db_.Use([&](Connection& c) -> std::optional<int64_t> {
        auto r = c.QueryOne(
            "UPDATE one_time_tokens SET used_at = ? WHERE token_hash = ? AND purpose = ? "
            "AND used_at IS NULL AND expires_at > ? RETURNING user_id",
            {now, token_hash, purpose, now});
        return r ? std::optional(r->Int("user_id")) : std::nullopt;
    });
}

std::optional<int64_t> AuthRepo::PeekToken(const std::string& token_hash,
                                           const std::string& purpose, int64_t now) {
    return db_.Use([&](Connection& c) -> std::optional<int64_t> {
        auto r = c.QueryOne(
            "SELECT user_id FROM one_time_tokens WHERE token_hash = ? AND purpose = ? "
            "AND used_at IS NULL AND expires_at > ?",
            {token_hash, purpose, now});
        return r ? std::optional(r->Int("user_id")) : std::nullopt;
    });
}

}  // namespace koers::storage
