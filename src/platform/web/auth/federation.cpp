#include "platform/web/auth/federation.hpp"

#include <spdlog/spdlog.h>

#include "platform/storage/auth_repo.hpp"
#include "platform/storage/db/unit_of_work.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "platform/web/auth/accounts.hpp"
#include "platform/web/auth/crypto.hpp"
#include "platform/web/auth/oidc_http.hpp"
#include "platform/web/http/parse.hpp"

namespace koers::web::auth {
namespace {

using Finish = FederatedFinish::Status;

// Thrown inside the linking transaction to undo the invitation's redemption.
struct NotLinkable {
    Finish status;
};

}  // namespace

Federation::Federation(storage::Database& db, storage::UserRepo& users, storage::AuditRepo& audit,
                       Accounts& accounts, const core::Clock& clock, core::Random& random,
                       const std::vector<core::IdentityProvider>& providers, std::string public_url)
    : db_(db),
      users_(users),
      audit_(audit),
      repo_(db),
      accounts_(accounts),
      clock_(clock),
      random_(random),
      configs_(providers),
      public_url_(std::move(public_url)) {
    for (const auto& p : configs_) providers_.push_back(std::make_unique<OidcProvider>(p, clock_));
}

Federation::~Federation() = default;

const core::IdentityProvider* Federation::Find(const std::string& id) const {
    for (const auto& p : configs_)
        if (p.id == id) return &p;
    return nullptr;
}

OidcProvider* Federation::Provider(const std::string& id) const {
    for (const auto& p : providers_)
        if (p->config().id == id) return p.get();
    return nullptr;
}

std::string Federation::RedirectUri() const { return public_url_ + "/inloggen/extern/terug"; }

FederatedStart Federation::Begin(const std::string& id, const std::string& invitation,
                                 const std::string& return_path, const std::string& address) {
    using Status = FederatedStart::Status;
    OidcProvider* provider = Provider(id);
    if (!provider) return {Status::kUnknownProvider, {}, {}};
    if (!invitation.empty() && !accounts_.TokenUsable(invitation, "invite"))
        return {Status::kInvitationUsed, {}, {}};
    const auto endpoints = provider->Endpoints();
    if (!endpoints.value) {
        spdlog::warn("inloggen via {}: {} ({})", id, endpoints.problem.detail, address);
        return {Status::kProviderDown, {}, {}};
    }
    const std::string state = random_.Token(32), nonce = random_.Token(32),
                      verifier = random_.Token(48), browser = random_.Token(32);
    repo_.Begin({HashToken(state), HashToken(browser), id, nonce, verifier,
                 invitation.empty() ? "" : HashToken(invitation), return_path, clock_.Now()});
    return {Status::kRedirect,
            provider->AuthorizationUrl(*endpoints.value, RedirectUri(), state, nonce,
                                       PkceChallenge(verifier)),
            browser};
}

FederatedFinish Federation::Complete(const std::string& state, const std::string& code,
                                     const std::string& error, const std::string& browser_token,
                                     const std::string& address) {
    const int64_t now = clock_.Now();
    if (state.empty() || state.size() > 128 || browser_token.size() > 128)
        return {Finish::kExpired, {}, {}, {}};
    const auto pending = repo_.Take(HashToken(state), now - kSignInSeconds);
    // An answer for another browser is refused: whoever began the sign-in must finish it, or a
    // stranger's answer would sign this browser in as the stranger (login CSRF).
    if (!pending || !SafeEquals(HashToken(browser_token), pending->browser_hash))
        return {Finish::kExpired, {}, {}, {}};
    OidcProvider* provider = Provider(pending->provider);
    if (!provider) return {Finish::kExpired, {}, {}, {}};
    const std::string label = provider->config().label;
    auto refuse = [&](Finish status, const std::string& detail) {
        audit_.Record(now, std::nullopt,
                      {"login.federated_failed", "Inloggen via een federatie mislukt"},
                      pending->provider, detail.substr(0, 200), address);
        spdlog::warn("inloggen via {}: {} ({})", pending->provider, detail, address);
        return FederatedFinish{status, label, {}, {}};
    };
    if (!error.empty())
        return refuse(error == "access_denied" ? Finish::kCancelled : Finish::kRefused,
                      "the provider answered " + error.substr(0, 64));
    if (code.empty() || code.size() > 2048) return refuse(Finish::kRefused, "no code");
    const auto endpoints = provider->Endpoints();
    if (!endpoints.value) return refuse(Finish::kProviderDown, endpoints.problem.detail);
    const auto id_token =
        provider->Exchange(*endpoints.value, code, pending->verifier, RedirectUri());
    if (!id_token.value)
        return refuse(id_token.problem.unreachable ? Finish::kProviderDown : Finish::kRefused,
                      id_token.problem.detail);
    const auto claims = provider->Verify(*endpoints.value, *id_token.value, pending->nonce);
    if (!claims.value)
        return refuse(claims.problem.unreachable ? Finish::kProviderDown : Finish::kRefused,
                      claims.problem.detail);
    return SignIn(*pending, *provider, *claims.value, *id_token.value, address);
}

FederatedFinish Federation::SignIn(const storage::PendingSignIn& pending, OidcProvider& provider,
                                   const core::IdTokenClaims& claims, const std::string& id_token,
                                   const std::string& address) {
    const int64_t now = clock_.Now();
    const std::string& id = pending.provider;
    const std::string label = provider.config().label;
    std::optional<int64_t> user_id;
    if (!pending.invitation_hash.empty()) {
        // The invitation is used up and the identity linked together, or neither.
        try {
            storage::InTransaction(db_, [&](storage::Database& tx) {
                storage::AuthRepo auth(tx);
                storage::FederationRepo federation(tx);
                user_id = auth.RedeemToken(pending.invitation_hash, "invite", now);
                if (!user_id) return;
                if (!core::OrganisationFits(claims.organisation,
                                            federation.OrganisationsOf(*user_id)))
                    throw NotLinkable{Finish::kWrongOrganisation};
                const auto who = storage::UserRepo(tx).LoadPrincipal(*user_id);
                if (who && !core::AffiliationFits(claims.affiliations, *who))
                    throw NotLinkable{Finish::kWrongAffiliation};
                if (!federation.Link({id, claims.subject, *user_id, claims.organisation, now, now}))
                    throw NotLinkable{Finish::kLinkedElsewhere};
                storage::AuditRepo(tx).Record(
                    now, *user_id,
                    {"account.federated_linked", "Account gekoppeld aan een federatie"},
                    claims.email, id, address);
            });
        } catch (const NotLinkable& refused) {
            audit_.Record(now, user_id,
                          {"account.federated_refused", "Koppeling met een federatie geweigerd"},
                          claims.organisation, id, address);
            return {refused.status, label, {}, {}};
        }
        if (!user_id) return {Finish::kInvitationUsed, label, {}, {}};
    } else if (const auto identity = repo_.Identity(id, claims.subject)) {
        // An account whose school is now set to another organisation is not signed in by an
        // identity linked before.
        if (!core::OrganisationFits(claims.organisation, repo_.OrganisationsOf(identity->user_id)))
            return {Finish::kWrongOrganisation, label, {}, {}};
        user_id = identity->user_id;
        repo_.Used(id, claims.subject, now);
    }
    const auto user = user_id ? users_.ById(*user_id) : std::nullopt;
    if (!user_id) {  // a beheerder may link it (its own page lists the request)
        auto clip = [](const std::string& s) { return s.substr(0, 200); };
        std::vector<std::string> affiliations;
        for (const auto& a : claims.affiliations)
            if (affiliations.size() < 8) affiliations.push_back(clip(a));
        repo_.RequestLink({0, id, claims.subject, clip(claims.name), clip(claims.email),
                           clip(claims.organisation), affiliations, now});
    }
    if (!user || !user->active) {
        audit_.Record(
            now, std::nullopt,
            {"login.federated_unlinked", "Inloggen via een federatie zonder gekoppeld account"}, id,
            claims.organisation, address);
        return {Finish::kNotLinked, label, {}, {}};
    }
    std::string token = accounts_.OpenSession(
        *user, {"login.federated", "Ingelogd via een federatie"}, id, address);
    repo_.RememberSession(HashToken(token), id, id_token);
    return {Finish::kSignedIn, label, std::move(token), pending.return_path};
}

FederatedFinish::Status Federation::Approve(int64_t request_id, int64_t user_id, int64_t by,
                                            const std::string& address) {
    const int64_t now = clock_.Now();
    try {
        bool taken = false;
        storage::InTransaction(db_, [&](storage::Database& tx) {
            storage::FederationRepo federation(tx);
            const auto request = federation.TakeLinkRequest(request_id);
            const auto who = storage::UserRepo(tx).LoadPrincipal(user_id);
            if (!request || !who) return;
            if (!core::OrganisationFits(request->organisation, federation.OrganisationsOf(user_id)))
                throw NotLinkable{Finish::kWrongOrganisation};
            if (!core::AffiliationFits(request->affiliations, *who))
                throw NotLinkable{Finish::kWrongAffiliation};
            if (!federation.Link(
                    {request->provider, request->subject, user_id, request->organisation, now, 0}))
                throw NotLinkable{Finish::kLinkedElsewhere};
            storage::AuditRepo(tx).Record(
                now, by,
                {"account.federated_approved", "Account gekoppeld aan een federatie op aanvraag"},
                who->email, request->provider, address);
            taken = true;
        });
        return taken ? Finish::kSignedIn : Finish::kExpired;
    } catch (const NotLinkable& refused) {
        return refused.status;
    }
}

void Federation::Unlink(int64_t user_id, const std::string& provider, int64_t by,
                        const std::string& address) {
    repo_.Unlink(user_id, provider);
    const auto user = users_.ById(user_id);
    audit_.Record(clock_.Now(), by,
                  {"account.federated_unlinked", "Koppeling met een federatie verwijderd"},
                  user ? user->email : "", provider, address);
}

std::optional<std::string> Federation::LogoutUrl(const std::string& session_hash,
                                                 const std::string& after) {
    const auto origin = repo_.SessionOrigin(session_hash);
    OidcProvider* provider = origin ? Provider(origin->first) : nullptr;
    if (!provider) return std::nullopt;
    const auto endpoints = provider->Endpoints();
    if (!endpoints.value || endpoints.value->end_session.empty()) return std::nullopt;
    const auto& at = endpoints.value->end_session;
    return at + (at.find('?') == std::string::npos ? "?" : "&") +
           "id_token_hint=" + UrlEncode(origin->second, Slash::kEncode) +
           "&post_logout_redirect_uri=" + UrlEncode(after, Slash::kEncode) +
           "&client_id=" + UrlEncode(provider->config().client_id, Slash::kEncode);
}

int64_t Federation::Prune() {
    const int64_t now = clock_.Now();
    return repo_.Prune(now - kSignInSeconds, now - kLinkRequestSeconds);
}

}  // namespace koers::web::auth
