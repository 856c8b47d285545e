#pragma once
// Signing in through a federation (SURFconext, Entree Federatie) with OpenID Connect: the
// authorisation-code flow with PKCE, state and nonce, for each provider the installation is
// registered with (decision 0042). A provider's pseudonymous subject is linked to a Koers
// account just in time through that account's invitation, never through an e-mail address.
// Thread-safe; every outcome is audit-logged.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "platform/core/account/identity_provider.hpp"
#include "platform/core/common/environment.hpp"
#include "platform/storage/federation_repo.hpp"
#include "platform/web/auth/oidc_provider.hpp"

namespace koers::storage {
class AuditRepo;
class UserRepo;
}  // namespace koers::storage

namespace koers::web::auth {

class Accounts;

// How long a sign-in may take at the provider.
inline constexpr int64_t kSignInSeconds = 600;
// How long an identity's request to be linked waits for a beheerder.
inline constexpr int64_t kLinkRequestSeconds = int64_t{14} * 24 * 3600;

struct FederatedStart {
    enum class Status { kRedirect, kUnknownProvider, kProviderDown, kInvitationUsed } status;
    std::string redirect;       // the provider's authorisation URL
    std::string browser_token;  // for the cookie that binds the answer to this browser
};

struct FederatedFinish {
    enum class Status {
        kSignedIn,
        kExpired,            // no sign-in of this browser with this state (replayed, late, forged)
        kCancelled,          // the person stopped at the provider
        kProviderDown,       // the provider did not answer: local sign-in still works
        kRefused,            // the provider's answer did not hold (token, signature, claims)
        kNotLinked,          // a valid identity no Koers account is linked to
        kLinkedElsewhere,    // the invitation's identity is linked to another account already
        kInvitationUsed,     // the invitation the sign-in was to link expired or was used
        kWrongOrganisation,  // the identity is of another institution than the account's school
        kWrongAffiliation,   // a student's identity for a staff account, or the reverse
    } status;
    std::string provider_label;
    std::string session_token;  // when signed in
    std::string return_path;
};

class Federation {
public:
    Federation(storage::Database& db, storage::UserRepo& users, storage::AuditRepo& audit,
               Accounts& accounts, const core::Clock& clock, core::Random& random,
               const std::vector<core::IdentityProvider>& providers, std::string public_url);
    ~Federation();

    // The providers in the order configured, for the sign-in page's buttons.
    const std::vector<core::IdentityProvider>& providers() const { return configs_; }
    const core::IdentityProvider* Find(const std::string& id) const;
    // Where the provider sends the browser back to.
    std::string RedirectUri() const;

    // Begins a sign-in with `provider`; with an invitation token it links that account.
    FederatedStart Begin(const std::string& provider, const std::string& invitation,
                         const std::string& return_path, const std::string& address);
    // Completes it with the provider's answer (its query parameters) in the browser that began
    // it (`browser_token` from its cookie).
    FederatedFinish Complete(const std::string& state, const std::string& code,
                             const std::string& error, const std::string& browser_token,
                             const std::string& address);
    // The provider's logout URL for a session a federated sign-in began (RP-initiated logout),
    // returning to `after`; nullopt when it began otherwise or the provider has none. Ask
    // before the session ends.
    std::optional<std::string> LogoutUrl(const std::string& session_hash, const std::string& after);

    // Identities without an account that asked to be linked, the latest first.
    std::vector<storage::LinkRequest> LinkRequests() { return repo_.LinkRequests(); }
    // A beheerder links request `request_id` to account `user_id`, with the checks an invitation
    // has (organisation, affiliation, not linked elsewhere): kSignedIn when linked, kExpired when
    // the request is gone. A refused request stays.
    FederatedFinish::Status Approve(int64_t request_id, int64_t user_id, int64_t by,
                                    const std::string& address);
    std::vector<storage::FederatedIdentity> IdentitiesOf(int64_t user_id) {
        return repo_.IdentitiesOf(user_id);
    }
    // Removes the account's link with `provider`; `by` is who did it (the person or a beheerder).
    void Unlink(int64_t user_id, const std::string& provider, int64_t by,
                const std::string& address);

    // How a school's people sign in: the organisation a linked identity must carry, and whether
    // passwords still work (set by the beheerder on the school's page).
    storage::SchoolSignIn SchoolSettings(int64_t school_id) { return repo_.SignInOf(school_id); }
    void SetSchoolSettings(int64_t school_id, const storage::SchoolSignIn& s) {
        repo_.SetSignIn(school_id, s);
    }

    int64_t Prune();

private:
    OidcProvider* Provider(const std::string& id) const;
    FederatedFinish SignIn(const storage::PendingSignIn& pending, OidcProvider& provider,
                           const core::IdTokenClaims& claims, const std::string& id_token,
                           const std::string& address);

    storage::Database& db_;
    storage::UserRepo& users_;
    storage::AuditRepo& audit_;
    storage::FederationRepo repo_;
    Accounts& accounts_;
    const core::Clock& clock_;
    core::Random& random_;
    const std::vector<core::IdentityProvider> configs_;
    std::vector<std::unique_ptr<OidcProvider>> providers_;
    const std::string public_url_;
};

}  // namespace koers::web::auth
