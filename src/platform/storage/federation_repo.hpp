#pragma once
// Federated sign-in (OpenID Connect, decision 0042): sign-ins under way, identities linked to
// accounts and the sessions they began. Secrets that identify a browser are stored as hashes.
// Thread-safe.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/storage/db/database.hpp"

namespace koers::storage {

struct PendingSignIn {
    std::string state_hash;
    std::string browser_hash;
    std::string provider;
    std::string nonce;
    std::string verifier;
    std::string invitation_hash;  // a sign-in that links the account of this invitation
    std::string return_path;
    int64_t created_at = 0;
};

struct FederatedIdentity {
    std::string provider;
    std::string subject;
    int64_t user_id = 0;
    std::string organisation;
    int64_t linked_at = 0;
    int64_t last_used_at = 0;
};

// An identity without an account that asked to be linked, as its provider described it.
struct LinkRequest {
    int64_t id = 0;
    std::string provider;
    std::string subject;
    std::string name;
    std::string email;
    std::string organisation;
    std::vector<std::string> affiliations;
    int64_t requested_at = 0;
};

// How a school's people sign in (school_sign_in).
struct SchoolSignIn {
    std::string organisation;  // "" when any organisation may link
    bool passwords = true;
};

class FederationRepo {
public:
    explicit FederationRepo(Database& db) : db_(db) {}

    void Begin(const PendingSignIn& s);
    // Deletes and returns the sign-in of `state_hash` if it began at or after `since`: of two
    // requests with the same answer, one gets it.
    std::optional<PendingSignIn> Take(const std::string& state_hash, int64_t since);

    std::optional<FederatedIdentity> Identity(const std::string& provider,
                                              const std::string& subject);
    std::vector<FederatedIdentity> IdentitiesOf(int64_t user_id);
    // Links a subject to an account; false when the subject is linked already (to anyone).
    bool Link(const FederatedIdentity& identity);
    void Used(const std::string& provider, const std::string& subject, int64_t now);
    void Unlink(int64_t user_id, const std::string& provider);

    void RememberSession(const std::string& session_hash, const std::string& provider,
                         const std::string& id_token);
    // The provider and id_token of a session a federated sign-in began.
    std::optional<std::pair<std::string, std::string>> SessionOrigin(
        const std::string& session_hash);

    SchoolSignIn SignInOf(int64_t school_id);
    void SetSignIn(int64_t school_id, const SchoolSignIn& s);
    // The organisations of the schools `user_id` has a role at, where one is set: an identity
    // of another organisation does not sign in as this account.
    std::vector<std::string> OrganisationsOf(int64_t user_id);
    // False only when every role of `user_id` is at a school whose accounts sign in through a
    // federation only (a beheerder or regiocoördinator keeps their password).
    bool PasswordsAllowed(int64_t user_id);

    // Records (or renews) the request of an identity without an account.
    void RequestLink(const LinkRequest& r);
    std::vector<LinkRequest> LinkRequests();
    // Deletes and returns a request: of two beheerders approving it, one links it.
    std::optional<LinkRequest> TakeLinkRequest(int64_t id);

    // Deletes sign-ins begun before `sign_ins_before` and requests last made before
    // `requests_before`; returns how many.
    int64_t Prune(int64_t sign_ins_before, int64_t requests_before);

private:
    Database& db_;
};

}  // namespace koers::storage
