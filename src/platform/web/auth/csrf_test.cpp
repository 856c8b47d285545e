// The masked CSRF token: different on every page, each one accepted, anything else refused.
#include "platform/web/auth/csrf.hpp"

#include <gtest/gtest.h>

#include "platform/web/auth/crypto.hpp"

#include <set>
#include <thread>

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

// Random bytes are fetched in blocks of 4 KB per thread: no token may repeat a piece of another,
// across a refill, in another thread, or when it is larger than a block.
TEST(RandomTokens, NoneRepeatsAcrossRefillsThreadsAndSizes) {
    SodiumRandom random;
    std::set<std::string> seen;
    for (int i = 0; i < 2000; ++i) {  // 2000 x 24 bytes: 11 refills
        const std::string t = random.Token(24);
        EXPECT_EQ(t.size(), 32U);
        EXPECT_TRUE(seen.insert(t).second) << "token " << i << " repeats an earlier one";
    }
    std::string from_thread;
    std::thread([&] { from_thread = random.Token(24); }).join();
    EXPECT_TRUE(seen.insert(from_thread).second) << "another thread's first token";
    const std::string big = random.Token(5000), big2 = random.Token(5000);
    EXPECT_EQ(big.size(), 6667U);
    EXPECT_NE(big, big2);
    // Pieces of 16 bytes (22 characters) never come back in a later token.
    const std::string small = random.Token(16);
    for (const auto& t : seen) EXPECT_EQ(t.find(small.substr(0, 20)), std::string::npos);
}

}  // namespace
}  // namespace koers::web::auth
