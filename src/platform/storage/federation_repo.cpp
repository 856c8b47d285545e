#include "platform/storage/federation_repo.hpp"

#include "platform/core/records/fields.hpp"

namespace koers::storage {
namespace {

constexpr const char* kIdentityColumns =
    "provider, subject, user_id, organisation, linked_at, last_used_at";

FederatedIdentity ToIdentity(const Row& r) {
    return {r.Text("provider"),     r.Text("subject"),  r.Int("user_id"),
            r.Text("organisation"), r.Int("linked_at"), r.Int("last_used_at")};
}

}  // namespace

void FederationRepo::Begin(const PendingSignIn& s) {
    db_.With([&](Connection& c) {
        c.Execute(
            "INSERT INTO federated_sign_ins (state_hash, browser_hash, provider, nonce, verifier, "
            "invitation_hash, return_path, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            {s.state_hash, s.browser_hash, s.provider, s.nonce, s.verifier, s.invitation_hash,
             s.return_path, s.created_at});
    });
}

std::optional<PendingSignIn> FederationRepo::Take(const std::string& state_hash, int64_t since) {
    return db_.Use([&](Connection& c) -> std::optional<PendingSignIn> {
        auto r = c.QueryOne(
            "DELETE FROM federated_sign_ins WHERE state_hash = ? RETURNING browser_hash, "
            "provider, nonce, verifier, invitation_hash, return_path, created_at",
            {state_hash});
        if (!r || r->Int("created_at") < since) return std::nullopt;
        return PendingSignIn{state_hash,
                             r->Text("browser_hash"),
                             r->Text("provider"),
                             r->Text("nonce"),
                             r->Text("verifier"),
                             r->Text("invitation_hash"),
                             r->Text("return_path"),
                             r->Int("created_at")};
    });
}

std::optional<FederatedIdentity> FederationRepo::Identity(const std::string& provider,
                                                          const std::string& subject) {
    static const std::string kSql = std::string("SELECT ") + kIdentityColumns +
                                    " FROM federated_identities WHERE provider = ? AND subject = ?";
    return db_.Use([&](Connection& c) -> std::optional<FederatedIdentity> {
        auto r = c.QueryOne(kSql, {provider, subject});
        return r ? std::optional(ToIdentity(*r)) : std::nullopt;
    });
}

std::vector<FederatedIdentity> FederationRepo::IdentitiesOf(int64_t user_id) {
    static const std::string kSql = std::string("SELECT ") + kIdentityColumns +
                                    " FROM federated_identities WHERE user_id = ? ORDER BY "
                                    "provider, linked_at";
    return db_.Use([&](Connection& c) {
        std::vector<FederatedIdentity> out;
        for (const auto& r : c.Query(kSql, {user_id})) out.push_back(ToIdentity(r));
        return out;
    });
}

bool FederationRepo::Link(const FederatedIdentity& i) {
    return db_.Use([&](Connection& c) {
        return c.Execute(
                   "INSERT INTO federated_identities (provider, subject, user_id, organisation, "
                   "linked_at, last_used_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                   {i.provider, i.subject, i.user_id, i.organisation, i.linked_at,
                    i.last_used_at}) == 1;
    });
}

void FederationRepo::Used(const std::string& provider, const std::string& subject, int64_t now) {
    db_.With([&](Connection& c) {
        c.Execute(
            "UPDATE federated_identities SET last_used_at = ? WHERE provider = ? AND subject = ?",
            {now, provider, subject});
    });
}

void FederationRepo::Unlink(int64_t user_id, const std::string& provider) {
    db_.With([&](Connection& c) {
        c.Execute("DELETE FROM federated_identities WHERE user_id = ? AND provider = ?",
                  {user_id, provider});
    });
}

void FederationRepo::RememberSession(const std::string& session_hash, const std::string& provider,
                                     const std::string& id_token) {
    db_.With([&](Connection& c) {
        c.Execute(
            "INSERT INTO federated_sessions (session_hash, provider, id_token) VALUES (?, ?, ?)",
            {session_hash, provider, id_token});
    });
}

std::optional<std::pair<std::string, std::string>> FederationRepo::SessionOrigin(
    const std::string& session_hash) {
    return db_.Use([&](Connection& c) -> std::optional<std::pair<std::string, std::string>> {
        auto r =
            c.QueryOne("SELECT provider, id_token FROM federated_sessions WHERE session_hash = ?",
                       {session_hash});
        if (!r) return std::nullopt;
        return std::pair(r->Text("provider"), r->Text("id_token"));
    });
}

SchoolSignIn FederationRepo::SignInOf(int64_t school_id) {
    return db_.Use([&](Connection& c) {
        auto r = c.QueryOne(
            "SELECT organisation, passwords FROM school_sign_in WHERE school_id = ?", {school_id});
        return r ? SchoolSignIn{r->Text("organisation"), r->Int("passwords") == 1} : SchoolSignIn{};
    });
}

void FederationRepo::SetSignIn(int64_t school_id, const SchoolSignIn& s) {
    db_.With([&](Connection& c) {
        c.Execute(
            "INSERT INTO school_sign_in (school_id, organisation, passwords) VALUES (?, ?, ?) "
            "ON CONFLICT (school_id) DO UPDATE SET organisation = excluded.organisation, "
            "passwords = excluded.passwords",
            {school_id, s.organisation, int64_t{s.passwords ? 1 : 0}});
    });
}

std::vector<std::string> FederationRepo::OrganisationsOf(int64_t user_id) {
    return db_.Use([&](Connection& c) {
        std::vector<std::string> out;
        for (const auto& r : c.Query(
                 "SELECT DISTINCT s.organisation FROM memberships m JOIN school_sign_in s ON "
                 "s.school_id = m.school_id WHERE m.user_id = ? AND s.organisation <> '' ORDER BY "
                 "s.organisation",
                 {user_id}))
            out.push_back(r.Text("organisation"));
        return out;
    });
}

bool FederationRepo::PasswordsAllowed(int64_t user_id) {
    return db_.Use([&](Connection& c) {
        auto r = c.QueryOne(
            "SELECT COUNT(*) AS roles, SUM(CASE WHEN m.school_id IS NULL OR "
            "COALESCE(s.passwords, 1) = 1 THEN 1 ELSE 0 END) AS open FROM memberships m LEFT JOIN "
            "school_sign_in s ON s.school_id = m.school_id WHERE m.user_id = ?",
            {user_id});
        return r->Int("roles") == 0 || r->Int("open") > 0;
    });
}

namespace {

constexpr const char* kRequestColumns =
    "id, provider, subject, name, email, organisation, affiliations, requested_at";

LinkRequest ToRequest(const Row& r) {
    return {r.Int("id"),
            r.Text("provider"),
            r.Text("subject"),
            r.Text("name"),
            r.Text("email"),
            r.Text("organisation"),
            core::SplitChoices(r.Text("affiliations")),
            r.Int("requested_at")};
}

}  // namespace

void FederationRepo::RequestLink(const LinkRequest& r) {
    std::string affiliations;
    for (const auto& a : r.affiliations) affiliations += (affiliations.empty() ? "" : ",") + a;
    db_.With([&](Connection& c) {
        c.Execute(
            "INSERT INTO federated_link_requests (provider, subject, name, email, organisation, "
            "affiliations, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (provider, "
            "subject) DO UPDATE SET name = excluded.name, email = excluded.email, organisation = "
            "excluded.organisation, affiliations = excluded.affiliations, requested_at = "
            "excluded.requested_at",
            {r.provider, r.subject, r.name, r.email, r.organisation, affiliations, r.requested_at});
    });
}

std::vector<LinkRequest> FederationRepo::LinkRequests() {
    static const std::string kSql = std::string("SELECT ") + kRequestColumns +
                                    " FROM federated_link_requests ORDER BY requested_at DESC, id";
    return db_.Use([&](Connection& c) {
        std::vector<LinkRequest> out;
        for (const auto& r : c.Query(kSql)) out.push_back(ToRequest(r));
        return out;
    });
}

std::optional<LinkRequest> FederationRepo::TakeLinkRequest(int64_t id) {
    static const std::string kSql =
        std::string("DELETE FROM federated_link_requests WHERE id = ? RETURNING ") +
        kRequestColumns;
    return db_.Use([&](Connection& c) -> std::optional<LinkRequest> {
        auto r = c.QueryOne(kSql, {id});
        return r ? std::optional(ToRequest(*r)) : std::nullopt;
    });
}

int64_t FederationRepo::Prune(int64_t sign_ins_before, int64_t requests_before) {
    return db_.Use([&](Connection& c) {
        return c.Execute("DELETE FROM federated_sign_ins WHERE created_at < ?", {sign_ins_before}) +
               c.Execute("DELETE FROM federated_link_requests WHERE requested_at < ?",
                         {requests_before});
    });
}

}  // namespace koers::storage
