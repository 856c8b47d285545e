#include "platform/web/auth/oidc_provider.hpp"

#include <boost/json.hpp>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "platform/web/auth/jose.hpp"
#include "platform/web/auth/oidc_http.hpp"
#include "platform/web/http/parse.hpp"

namespace koers::web::auth {
namespace {

constexpr int64_t kKeepDocuments = 3600;  // discovery and keys are fetched again after an hour
constexpr int64_t kKeysAtMostEvery =
    60;  // the same unknown kid fetches the keys at most this often

std::optional<boost::json::object> JsonObject(const std::string& text) {
    boost::system::error_code ec;
    auto v = boost::json::parse(text, ec);
    if (ec || !v.is_object()) return std::nullopt;
    return std::move(v.get_object());
}

std::string Text(const boost::json::object& o, std::string_view key) {
    const auto* v = o.if_contains(key);
    return v && v->is_string() ? std::string(v->get_string()) : std::string();
}

std::optional<int64_t> Number(const boost::json::object& o, std::string_view key) {
    const auto* v = o.if_contains(key);
    if (!v) return std::nullopt;
    if (v->is_int64()) return v->get_int64();
    if (v->is_uint64() && v->get_uint64() < (uint64_t{1} << 62))
        return static_cast<int64_t>(v->get_uint64());
    if (v->is_double()) return static_cast<int64_t>(v->get_double());
    return std::nullopt;
}

// A claim that is a string or an array of strings (aud, eduPersonAffiliation).
std::vector<std::string> Texts(const boost::json::object& o, std::string_view key) {
    std::vector<std::string> out;
    const auto* v = o.if_contains(key);
    if (!v) return out;
    if (v->is_string()) out.emplace_back(v->get_string());
    if (v->is_array())
        for (const auto& item : v->get_array())
            if (item.is_string()) out.emplace_back(item.get_string());
    return out;
}

bool IsWebUrl(const std::string& url) {
    return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
}

// An issuer is reached over TLS; plain HTTP only on this machine (a provider for tests).
bool IsIssuerUrl(const std::string& url) {
    return url.rfind("https://", 0) == 0 || url.rfind("http://127.0.0.1:", 0) == 0 ||
           url.rfind("http://localhost:", 0) == 0;
}

}  // namespace

std::vector<core::IdentityProvider> ReadProviderFile(const std::string& path) {
    auto fail = [&](const std::string& why) {
        return std::invalid_argument("federatiebestand " + path + ": " + why);
    };
    auto read = [&](const std::string& file) {
        std::ifstream in(file, std::ios::binary);
        if (!in) throw fail("kan " + file + " niet lezen");
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    };
    boost::system::error_code ec;
    const auto doc = boost::json::parse(read(path), ec);
    if (ec || !doc.is_array()) throw fail("geen JSON-lijst van aanbieders");
    std::vector<core::IdentityProvider> out;
    for (const auto& item : doc.get_array()) {
        if (!item.is_object()) throw fail("elke aanbieder is een JSON-object");
        const auto& o = item.get_object();
        core::IdentityProvider p;
        p.id = Text(o, "id");
        p.label = Text(o, "label");
        p.issuer = Text(o, "issuer");
        p.client_id = Text(o, "client_id");
        p.client_secret = Text(o, "client_secret");
        if (const auto file = Text(o, "client_secret_file"); !file.empty()) {
            p.client_secret = read(file);
            while (!p.client_secret.empty() &&
                   (p.client_secret.back() == '\n' || p.client_secret.back() == '\r'))
                p.client_secret.pop_back();
        }
        if (auto scopes = Text(o, "scopes"); !scopes.empty()) p.scopes = scopes;
        if (auto claim = Text(o, "organisation_claim"); !claim.empty())
            p.organisation_claim = claim;
        if (auto claim = Text(o, "affiliation_claim"); !claim.empty()) p.affiliation_claim = claim;
        if (!core::IsProviderId(p.id))
            throw fail(
                "\"id\" is een kort woord van kleine letters, cijfers en -, zoals surfconext");
        if (p.label.empty() || p.client_id.empty() || p.client_secret.empty())
            throw fail(p.id + " mist \"label\", \"client_id\" of het geheim");
        if (!IsIssuerUrl(p.issuer)) throw fail(p.id + ": \"issuer\" is geen https://-adres");
        if (p.scopes.find("openid") == std::string::npos)
            throw fail(p.id + ": scopes zonder openid");
        for (const auto& other : out)
            if (other.id == p.id) throw fail(p.id + " staat er twee keer in");
        out.push_back(std::move(p));
    }
    return out;
}

std::optional<core::IdTokenClaims> ParseClaims(std::string_view payload,
                                               const core::IdentityProvider& config) {
    auto o = JsonObject(std::string(payload));
    if (!o) return std::nullopt;
    core::IdTokenClaims c;
    c.issuer = Text(*o, "iss");
    c.subject = Text(*o, "sub");
    c.audience = Texts(*o, "aud");
    c.authorized_party = Text(*o, "azp");
    c.nonce = Text(*o, "nonce");
    const auto exp = Number(*o, "exp"), iat = Number(*o, "iat");
    if (!exp || !iat) return std::nullopt;
    c.expires_at = *exp;
    c.issued_at = *iat;
    c.not_before = Number(*o, "nbf");
    c.name = Text(*o, "name");
    c.email = Text(*o, "email");
    c.organisation = Text(*o, config.organisation_claim);
    c.affiliations = Texts(*o, config.affiliation_claim);
    return c;
}

ProviderResult<ProviderEndpoints> OidcProvider::Endpoints() {
    const int64_t now = clock_.Now();
    {
        std::lock_guard lock(mutex_);
        if (endpoints_ && now - endpoints_at_ < kKeepDocuments) return {endpoints_, {}};
    }
    std::string url = config_.issuer;
    if (!url.empty() && url.back() == '/') url.pop_back();
    const auto answer = ProviderGet(url + "/.well-known/openid-configuration");
    if (!answer.ok())
        return {
            std::nullopt,
            {true, "discovery: " + (answer.error.empty() ? "HTTP " + std::to_string(answer.status)
                                                         : answer.error)}};
    const auto doc = JsonObject(answer.body);
    if (!doc) return {std::nullopt, {false, "discovery: not a JSON object"}};
    // OpenID Connect Discovery 1.0, section 4.3: the document's issuer is the one configured.
    if (Text(*doc, "issuer") != config_.issuer)
        return {std::nullopt,
                {false, "discovery: issuer " + Text(*doc, "issuer") + " is not " + config_.issuer}};
    ProviderEndpoints e{Text(*doc, "authorization_endpoint"), Text(*doc, "token_endpoint"),
                        Text(*doc, "jwks_uri"), Text(*doc, "end_session_endpoint")};
    if (!IsWebUrl(e.authorization) || !IsWebUrl(e.token) || !IsWebUrl(e.jwks))
        return {std::nullopt, {false, "discovery: endpoints missing"}};
    if (!e.end_session.empty() && !IsWebUrl(e.end_session)) e.end_session.clear();
    // The browser is sent to these from a form, and the pages' form-action allows the issuers'
    // origins only (router.cpp): an endpoint elsewhere would be blocked in the browser.
    const std::string origin = core::OriginOf(config_.issuer);
    if (core::OriginOf(e.authorization) != origin)
        return {std::nullopt,
                {false, "discovery: authorization endpoint " + e.authorization +
                            " is not on the issuer's origin " + origin}};
    if (!e.end_session.empty() && core::OriginOf(e.end_session) != origin) e.end_session.clear();
    std::lock_guard lock(mutex_);
    endpoints_ = e;
    endpoints_at_ = now;
    return {std::move(e), {}};
}

std::string OidcProvider::AuthorizationUrl(const ProviderEndpoints& at,
                                           const std::string& redirect_uri,
                                           const std::string& state, const std::string& nonce,
                                           const std::string& code_challenge) const {
    // SURFconext and Entree give the attributes at the userinfo endpoint unless the claims
    // parameter asks for them in the id_token (OpenID Connect Core 1.0, section 5.5), which is
    // signed: Koers reads everything from the one verified token.
    boost::json::object wanted;
    for (const auto& claim : {config_.organisation_claim, config_.affiliation_claim,
                              std::string("name"), std::string("email")})
        wanted[claim] = nullptr;
    const std::string claims = boost::json::serialize(boost::json::object{{"id_token", wanted}});
    const char separator = at.authorization.find('?') == std::string::npos ? '?' : '&';
    return at.authorization + separator +
           "response_type=code&client_id=" + UrlEncode(config_.client_id, Slash::kEncode) +
           "&redirect_uri=" + UrlEncode(redirect_uri, Slash::kEncode) +
           "&scope=" + UrlEncode(config_.scopes, Slash::kEncode) +
           "&state=" + UrlEncode(state, Slash::kEncode) +
           "&nonce=" + UrlEncode(nonce, Slash::kEncode) +
           "&code_challenge=" + UrlEncode(code_challenge, Slash::kEncode) +
           "&code_challenge_method=S256" + "&claims=" + UrlEncode(claims, Slash::kEncode);
}

ProviderResult<std::string> OidcProvider::Exchange(const ProviderEndpoints& at,
                                                   const std::string& code,
                                                   const std::string& verifier,
                                                   const std::string& redirect_uri) {
    const auto answer = ProviderPost(at.token,
                                     {{"grant_type", "authorization_code"},
                                      {"code", code},
                                      {"redirect_uri", redirect_uri},
                                      {"code_verifier", verifier}},
                                     config_.client_id, config_.client_secret);
    if (answer.status == 0) return {std::nullopt, {true, "token: " + answer.error}};
    const auto doc = JsonObject(answer.body);
    if (answer.status != 200 || !doc)
        return {std::nullopt,
                {answer.status >= 500, "token: HTTP " + std::to_string(answer.status) + " " +
                                           (doc ? Text(*doc, "error") : std::string("(no JSON)"))}};
    std::string id_token = Text(*doc, "id_token");
    if (id_token.empty()) return {std::nullopt, {false, "token: no id_token"}};
    return {std::move(id_token), {}};
}

std::string OidcProvider::Keys(const ProviderEndpoints& at, bool refresh,
                               ProviderProblem& problem) {
    const int64_t now = clock_.Now();
    {
        std::lock_guard lock(mutex_);
        if (!refresh && !keys_.empty() && now - keys_at_ < kKeepDocuments) return keys_;
    }
    const auto answer = ProviderGet(at.jwks);
    if (!answer.ok()) {
        problem = {true, "jwks: " + (answer.error.empty() ? "HTTP " + std::to_string(answer.status)
                                                          : answer.error)};
        std::lock_guard lock(mutex_);
        return keys_;  // the keys Koers had, if any, still verify what they signed
    }
    std::lock_guard lock(mutex_);
    keys_ = answer.body;
    keys_at_ = now;
    return keys_;
}

bool OidcProvider::MayRefetchFor(const std::string& kid) {
    const int64_t now = clock_.Now();
    std::lock_guard lock(mutex_);
    if (kid == unknown_kid_ && now - unknown_kid_at_ < kKeysAtMostEvery) return false;
    unknown_kid_ = kid;
    unknown_kid_at_ = now;
    return true;
}

ProviderResult<core::IdTokenClaims> OidcProvider::Verify(const ProviderEndpoints& at,
                                                         const std::string& id_token,
                                                         const std::string& nonce) {
    ProviderProblem problem;
    auto check = VerifyJws(id_token, Keys(at, false, problem));
    if (check.fault == JwsFault::kUnknownKey && MayRefetchFor(check.key_id)) {  // a rotated key
        problem = {};
        check = VerifyJws(id_token, Keys(at, true, problem));
    }
    if (check.fault != JwsFault::kNone) {
        if (problem.detail.empty()) problem.detail = std::string(DescribeFault(check.fault));
        return {std::nullopt, problem};
    }
    auto claims = ParseClaims(check.payload, config_);
    if (!claims) return {std::nullopt, {false, "id_token: claims unreadable"}};
    const auto fault = core::CheckIdToken(*claims, {.issuer = config_.issuer,
                                                    .client_id = config_.client_id,
                                                    .nonce = nonce,
                                                    .now = clock_.Now()});
    if (fault != core::IdTokenFault::kNone)
        return {std::nullopt, {false, "id_token: " + std::string(core::DescribeFault(fault))}};
    return {std::move(claims), {}};
}

}  // namespace koers::web::auth
