// VerifyJws against tokens this test signs with cjose: what a provider's key signed passes;
// a changed payload, another key with the same kid, an unknown kid, "none" and HMAC are refused.
#include "platform/web/auth/jose.hpp"

#include <cjose/cjose.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <string>

#include "platform/core/account/identity_provider.hpp"
#include "platform/web/auth/oidc_provider.hpp"

namespace koers::web::auth {
namespace {

// A key pair of a provider: signs, and publishes its public half.
class SigningKey {
public:
    SigningKey(const std::string& kid, bool rsa = false)
        : jwk_(rsa ? cjose_jwk_create_RSA_random(2048, nullptr, 0, nullptr)
                   : cjose_jwk_create_EC_random(CJOSE_JWK_EC_P_256, nullptr)),
          alg_(rsa ? "RS256" : "ES256") {
        cjose_jwk_set_kid(jwk_.get(), kid.data(), kid.size(), nullptr);
    }
    std::string Public() const {
        char* json = cjose_jwk_to_json(jwk_.get(), false, nullptr);
        std::string out = json;
        free(json);
        return out;
    }
    std::string Sign(const std::string& payload, const std::string& kid) const {
        cjose_header_t* header = cjose_header_new(nullptr);
        cjose_header_set(header, CJOSE_HDR_ALG, alg_.c_str(), nullptr);
        if (!kid.empty()) cjose_header_set(header, CJOSE_HDR_KID, kid.c_str(), nullptr);
        cjose_jws_t* jws =
            cjose_jws_sign(jwk_.get(), header, reinterpret_cast<const uint8_t*>(payload.data()),
                           payload.size(), nullptr);
        const char* compact = nullptr;
        cjose_jws_export(jws, &compact, nullptr);
        std::string out = compact;
        cjose_jws_release(jws);
        cjose_header_release(header);
        return out;
    }

private:
    struct Release {
        void operator()(cjose_jwk_t* k) const { cjose_jwk_release(k); }
    };
    std::unique_ptr<cjose_jwk_t, Release> jwk_;
    std::string alg_;
};

std::string Jwks(std::initializer_list<std::string> keys) {
    std::string out = "{\"keys\":[";
    for (const auto& k : keys) out += (out.back() == '[' ? "" : ",") + k;
    return out + "]}";
}

// base64url without padding, for hand-made tokens.
std::string Base64Url(const std::string& in) {
    static constexpr char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string out;
    int bits = 0, value = 0;
    for (unsigned char c : in) {
        value = (value << 8) | c;
        bits += 8;
        while (bits >= 6) out += kAlphabet[(value >> (bits -= 6)) & 63];
    }
    if (bits > 0) out += kAlphabet[(value << (6 - bits)) & 63];
    return out;
}

constexpr const char* kPayload = R"({"iss":"https://idp.example","sub":"abc","aud":"koers"})";

TEST(Jose, ATokenOfTheProvidersKeyVerifiesAndGivesItsPayload) {
    SigningKey key("k1"), rsa("k2", true);
    const auto jwks = Jwks({key.Public(), rsa.Public()});
    auto check = VerifyJws(key.Sign(kPayload, "k1"), jwks);
    EXPECT_EQ(check.fault, JwsFault::kNone);
    EXPECT_EQ(check.payload, kPayload);
    EXPECT_EQ(check.key_id, "k1");
    EXPECT_EQ(VerifyJws(rsa.Sign(kPayload, "k2"), jwks).fault, JwsFault::kNone);
    // Without a kid each key of the right type is tried.
    EXPECT_EQ(VerifyJws(rsa.Sign(kPayload, ""), jwks).fault, JwsFault::kNone);
}

TEST(Jose, ATamperedPayloadOrAnotherKeyUnderTheSameKidIsRefused) {
    SigningKey key("k1"), impostor("k1");
    const auto jwks = Jwks({key.Public()});
    std::string token = key.Sign(kPayload, "k1");
    const size_t dot = token.find('.'), dot2 = token.find('.', dot + 1);
    const std::string changed =
        token.substr(0, dot + 1) +
        Base64Url(R"({"iss":"https://idp.example","sub":"admin","aud":"koers"})") +
        token.substr(dot2);
    EXPECT_EQ(VerifyJws(changed, jwks).fault, JwsFault::kBadSignature);
    EXPECT_EQ(VerifyJws(impostor.Sign(kPayload, "k1"), jwks).fault, JwsFault::kBadSignature);
    EXPECT_EQ(VerifyJws(key.Sign(kPayload, "k9"), jwks).fault, JwsFault::kUnknownKey);
    EXPECT_EQ(VerifyJws("geen.token", jwks).fault, JwsFault::kMalformed);
    EXPECT_EQ(VerifyJws(token, "geen json").fault, JwsFault::kUnknownKey);
}

TEST(Jose, NoneAndHmacAreRefusedWhateverTheKeys) {
    SigningKey key("k1");
    const auto jwks = Jwks({key.Public()});
    const std::string body = "." + Base64Url(kPayload) + ".";
    EXPECT_EQ(VerifyJws(Base64Url(R"({"alg":"none"})") + body, jwks).fault,
              JwsFault::kAlgorithmNotAllowed);
    // HS256 "signed" with the public key as the secret: the classic confusion attack.
    EXPECT_EQ(VerifyJws(Base64Url(R"({"alg":"HS256","kid":"k1"})") + body + "c2ln", jwks).fault,
              JwsFault::kAlgorithmNotAllowed);
}

TEST(Jose, ClaimsAreReadWithTheirTypesAndTheConfiguredAttributeClaims) {
    core::IdentityProvider surf;
    surf.organisation_claim = "schac_home_organization";
    auto c = ParseClaims(
        R"({"iss":"i","sub":"s","aud":["koers","x"],"azp":"koers","nonce":"n","exp":20,"iat":10,)"
        R"("schac_home_organization":"veldzicht.nl","eduperson_affiliation":["student","member"]})",
        surf);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->audience.size(), 2U);
    EXPECT_EQ(c->organisation, "veldzicht.nl");
    EXPECT_EQ(c->affiliations.front(), "student");
    EXPECT_EQ(c->expires_at, 20);
    // Times that are not numbers make no claims at all.
    EXPECT_FALSE(ParseClaims(R"({"iss":"i","sub":"s","aud":"koers","exp":"20","iat":10})", surf));
    EXPECT_FALSE(ParseClaims("[1,2]", surf));
}

}  // namespace
}  // namespace koers::web::auth
