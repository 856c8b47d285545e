#pragma once
// One OpenID provider as Koers talks to it: its discovery document and keys, fetched when first
// needed and kept an hour, the authorisation URL of a sign-in (code flow with PKCE), the code
// exchanged for an id_token, and that token verified (signature through jose.hpp, claims
// through core::CheckIdToken). A token signed with a key Koers has not seen makes it fetch the
// keys again, once per new key id and at most once a minute for the same one: that is how a
// provider's key rotation reaches Koers.
// Thread-safe.
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "platform/core/account/identity_provider.hpp"
#include "platform/core/common/environment.hpp"

namespace koers::web::auth {

struct ProviderEndpoints {
    std::string authorization;
    std::string token;
    std::string jwks;
    std::string end_session;  // empty when the provider has no RP-initiated logout
};

// What went wrong with a provider, for the log; the person signing in reads a Dutch sentence
// chosen by `unreachable`.
struct ProviderProblem {
    bool unreachable = false;  // the provider did not answer (or not in time): try later
    std::string detail;
};

template <class T>
struct ProviderResult {
    std::optional<T> value;
    ProviderProblem problem;
};

class OidcProvider {
public:
    OidcProvider(core::IdentityProvider config, const core::Clock& clock)
        : config_(std::move(config)), clock_(clock) {}

    const core::IdentityProvider& config() const { return config_; }

    ProviderResult<ProviderEndpoints> Endpoints();
    std::string AuthorizationUrl(const ProviderEndpoints& at, const std::string& redirect_uri,
                                 const std::string& state, const std::string& nonce,
                                 const std::string& code_challenge) const;
    // The id_token for an authorisation code (with the PKCE verifier of its sign-in).
    ProviderResult<std::string> Exchange(const ProviderEndpoints& at, const std::string& code,
                                         const std::string& verifier,
                                         const std::string& redirect_uri);
    // The claims of an id_token whose signature and claims hold for this sign-in's nonce.
    ProviderResult<core::IdTokenClaims> Verify(const ProviderEndpoints& at,
                                               const std::string& id_token,
                                               const std::string& nonce);

private:
    std::string Keys(const ProviderEndpoints& at, bool refresh, ProviderProblem& problem);
    // Whether a token naming `kid`, which no key fitted, may make Koers fetch the keys again.
    bool MayRefetchFor(const std::string& kid);

    const core::IdentityProvider config_;
    const core::Clock& clock_;
    std::mutex mutex_;
    std::optional<ProviderEndpoints> endpoints_;
    int64_t endpoints_at_ = 0;
    std::string keys_;
    int64_t keys_at_ = 0;
    std::string
        unknown_kid_;  // the last key id no key fitted, and when the keys were fetched for it
    int64_t unknown_kid_at_ = 0;
};

// The providers of an installation's federation file (koers serve --federations), a JSON array
// of {"id", "label", "issuer", "client_id", "client_secret" or "client_secret_file",
// "scopes"?, "organisation_claim"?, "affiliation_claim"?}. Throws std::invalid_argument with a
// Dutch sentence naming the problem.
std::vector<core::IdentityProvider> ReadProviderFile(const std::string& path);

// The claims of a verified token's payload; nullopt when it is not a JSON object with the
// registered claims as the right types.
std::optional<core::IdTokenClaims> ParseClaims(std::string_view payload,
                                               const core::IdentityProvider& config);

}  // namespace koers::web::auth
