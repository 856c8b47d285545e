// The masked CSRF token: different on every page, each one accepted, anything else refused.
#include "platform/web/auth/csrf.hpp"

#include <gtest/gtest.h>

#include "platform/web/auth/crypto.hpp"

namespace koers::web::auth {
namespace {

TEST(Csrf, EveryPageCarriesADifferentMaskOfTheSameToken) {
    SodiumRandom random;
    const std::string token = random.Token(24);
    const std::string a = MaskCsrf(token, random), b = MaskCsrf(token, random);
    EXPECT_NE(a, b);
    EXPECT_EQ(a.size(), token.size() * 3);
    EXPECT_EQ(a.find(token), std::string::npos) << "the token itself is not in the page";
    EXPECT_TRUE(CsrfMatches(a, token));
    EXPECT_TRUE(CsrfMatches(b, token));
    EXPECT_TRUE(CsrfMatches(token, token)) << "a token as it is still counts";
}

TEST(Csrf, AnotherTokenATamperedMaskOrNothingIsRefused) {
    SodiumRandom random;
    const std::string token = random.Token(24);
    const std::string other = random.Token(24);
    std::string masked = MaskCsrf(token, random);
    EXPECT_FALSE(CsrfMatches(MaskCsrf(other, random), token));
    masked.back() = masked.back() == '0' ? '1' : '0';
    EXPECT_FALSE(CsrfMatches(masked, token));
    masked.back() = 'z';  // not hex
    EXPECT_FALSE(CsrfMatches(masked, token));
    EXPECT_FALSE(CsrfMatches("", token));
    EXPECT_FALSE(CsrfMatches("", ""));
}

}  // namespace
}  // namespace koers::web::auth
