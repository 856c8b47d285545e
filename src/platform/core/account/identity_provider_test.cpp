#include "platform/core/account/identity_provider.hpp"

#include <gtest/gtest.h>

namespace koers::core {
namespace {

constexpr int64_t kNow = 1'796'000'000;

IdTokenClaims Valid() {
    IdTokenClaims c;
    c.issuer = "https://connect.example.nl";
    c.subject = "a1b2c3";
    c.audience = {"koers"};
    c.nonce = "n-123";
    c.issued_at = kNow - 5;
    c.expires_at = kNow + 300;
    return c;
}

IdTokenExpectation Expect() {
    return {.issuer = "https://connect.example.nl",
            .client_id = "koers",
            .nonce = "n-123",
            .now = kNow};
}

TEST(IdToken, AValidTokenPasses) {
    EXPECT_EQ(CheckIdToken(Valid(), Expect()), IdTokenFault::kNone);
}

TEST(IdToken, AnotherIssuerOrAnEmptySubjectIsRefused) {
    auto c = Valid();
    c.issuer = "https://connect.example.nl/";  // compared exactly, a slash is another issuer
    EXPECT_EQ(CheckIdToken(c, Expect()), IdTokenFault::kWrongIssuer);
    c = Valid();
    c.subject.clear();
    EXPECT_EQ(CheckIdToken(c, Expect()), IdTokenFault::kNoSubject);
}

TEST(IdToken, ATokenForAnotherClientIsRefused) {
    auto c = Valid();
    c.audience = {"ander-systeem"};
    EXPECT_EQ(CheckIdToken(c, Expect()), IdTokenFault::kWrongAudience);
    // Several audiences: only when Koers is the authorised party.
    c.audience = {"ander-systeem", "koers"};
    EXPECT_EQ(CheckIdToken(c, Expect()), IdTokenFault::kWrongAuthorizedParty);
    c.authorized_party = "ander-systeem";
    EXPECT_EQ(CheckIdToken(c, Expect()), IdTokenFault::kWrongAuthorizedParty);
    c.authorized_party = "koers";
    EXPECT_EQ(CheckIdToken(c, Expect()), IdTokenFault::kNone);
}

TEST(IdToken, TheNonceMustBeThisSignInsAndNeverEmpty) {
    auto c = Valid();
    c.nonce = "n-124";
    EXPECT_EQ(CheckIdToken(c, Expect()), IdTokenFault::kWrongNonce);
    c.nonce.clear();
    auto e = Expect();
    e.nonce.clear();
    EXPECT_EQ(CheckIdToken(c, e), IdTokenFault::kWrongNonce);
}

TEST(IdToken, TimesAllowTwoMinutesOfClockSkewAndNoMore) {
    auto c = Valid();
    c.expires_at = kNow - 119;
    EXPECT_EQ(CheckIdToken(c, Expect()), IdTokenFault::kNone);
    c.expires_at = kNow - 120;
    EXPECT_EQ(CheckIdToken(c, Expect()), IdTokenFault::kExpired);
    c = Valid();
    c.issued_at = kNow + 120;
    EXPECT_EQ(CheckIdToken(c, Expect()), IdTokenFault::kNone);
    c.issued_at = kNow + 121;
    EXPECT_EQ(CheckIdToken(c, Expect()), IdTokenFault::kIssuedInTheFuture);
    c = Valid();
    c.not_before = kNow + 121;
    EXPECT_EQ(CheckIdToken(c, Expect()), IdTokenFault::kNotYetValid);
    // A token made for an earlier sign-in that is replayed much later is too old, even when
    // its expiry is generous.
    c = Valid();
    c.issued_at = kNow - 721;
    c.expires_at = kNow + 3600;
    EXPECT_EQ(CheckIdToken(c, Expect()), IdTokenFault::kTooOld);
}

TEST(IdToken, AnIdentityFitsTheSchoolsOfItsAccountByOrganisation) {
    EXPECT_TRUE(OrganisationFits("", {})) << "no school set one: any identity";
    EXPECT_TRUE(OrganisationFits("Veldzicht.NL", {"horizon.nl", "veldzicht.nl"}));
    EXPECT_FALSE(OrganisationFits("andere-school.nl", {"veldzicht.nl"}));
    EXPECT_FALSE(OrganisationFits("", {"veldzicht.nl"})) << "a provider that sends none";
    EXPECT_FALSE(OrganisationFits("sub.veldzicht.nl", {"veldzicht.nl"}));
    // Entree names a school by its BRIN code, with or without the vestiging.
    EXPECT_TRUE(OrganisationFits("21vz", {"veldzicht.nl, 21VZ"}));
    EXPECT_TRUE(OrganisationFits("21VZ03", {"veldzicht.nl, 21VZ"}));
    EXPECT_FALSE(OrganisationFits("21VZ0", {"21VZ"}));
    EXPECT_FALSE(OrganisationFits("21VZ03X", {"21VZ"}));
    EXPECT_FALSE(OrganisationFits("30HZ", {"21VZ"}));
}

TEST(IdToken, ASchoolsNamesAtTheFederationsAreDomainsOrBrinCodes) {
    EXPECT_EQ(NormaliseOrganisations(" Veldzicht.NL ,21vz"), "veldzicht.nl, 21VZ");
    EXPECT_EQ(NormaliseOrganisations(""), "");
    EXPECT_EQ(NormaliseOrganisations("roc-midden.nl"), "roc-midden.nl");
    EXPECT_FALSE(NormaliseOrganisations("veldzicht"));
    EXPECT_FALSE(NormaliseOrganisations("veldzicht..nl"));
    EXPECT_FALSE(NormaliseOrganisations("veld zicht.nl"));
    EXPECT_FALSE(NormaliseOrganisations("21VZ03")) << "the school, not one vestiging";
}

TEST(IdToken, AStudentsIdentityNeverBecomesAColleaguesAccountNorTheReverse) {
    Principal mentor, student, parent;
    mentor.memberships.push_back({Role::kMentor, 1, {}, "Veldzicht", {}});
    student.memberships.push_back({Role::kLeerling, 1, {}, "Veldzicht", {}});
    parent.memberships.push_back({Role::kOuder, 1, {}, "Veldzicht", {}});
    EXPECT_TRUE(AffiliationFits({"employee", "member"}, mentor));
    EXPECT_TRUE(AffiliationFits({"faculty@veldzicht.nl"}, mentor)) << "scoped affiliation";
    EXPECT_FALSE(AffiliationFits({"student", "member"}, mentor));
    EXPECT_FALSE(AffiliationFits({"member"}, mentor));
    EXPECT_TRUE(AffiliationFits({"student@veldzicht.nl"}, student));
    EXPECT_FALSE(AffiliationFits({"employee"}, student));
    EXPECT_TRUE(AffiliationFits({}, mentor)) << "a provider that sends none";
    EXPECT_TRUE(AffiliationFits({"affiliate"}, parent));
}

TEST(IdToken, AnOriginIsSchemeHostAndPort) {
    EXPECT_EQ(OriginOf("https://connect.surfconext.nl/oidc/authorize?x=1"),
              "https://connect.surfconext.nl");
    EXPECT_EQ(OriginOf("http://127.0.0.1:4599/api/oidc"), "http://127.0.0.1:4599");
    EXPECT_EQ(OriginOf("https://idp.example?q"), "https://idp.example");
    EXPECT_EQ(OriginOf("javascript:alert(1)"), "");
    EXPECT_EQ(OriginOf("https://"), "");
}

TEST(IdToken, ProviderIdsAreShortLowerCaseWords) {
    EXPECT_TRUE(IsProviderId("surfconext"));
    EXPECT_TRUE(IsProviderId("entree-2"));
    EXPECT_FALSE(IsProviderId(""));
    EXPECT_FALSE(IsProviderId("SURF"));
    EXPECT_FALSE(IsProviderId("a/b"));
    EXPECT_FALSE(IsProviderId(std::string(33, 'a')));
}

}  // namespace
}  // namespace koers::core
