#include "platform/core/account/password_policy.hpp"

#include <gtest/gtest.h>

#include "platform/core/account/session_rules.hpp"
#include "platform/core/account/throttle.hpp"

namespace koers::core {
namespace {

TEST(PasswordPolicy, RequiresTwelveCharactersCountedAsCharacters) {
    EXPECT_TRUE(CheckNewPassword("kort", "", "").has_value());
    EXPECT_TRUE(CheckNewPassword("fiets-boom1", "", "").has_value());
    EXPECT_FALSE(CheckNewPassword("fiets-boom12", "", "").has_value());
    EXPECT_FALSE(CheckNewPassword("fiets-boom-wolk", "", "").has_value());
    // Eleven characters are too few even when they take 22 bytes.
    EXPECT_TRUE(CheckNewPassword("\u00e9t\u00e9-\u00e9t\u00e9-\u00e9t\u00e9", "", "").has_value());
    EXPECT_FALSE(
        CheckNewPassword("\u00e9t\u00e9-\u00e9t\u00e9-\u00e9t\u00e9!", "", "").has_value());
}

TEST(PasswordPolicy, RejectsCommonPasswordsWhateverTheCase) {
    EXPECT_TRUE(CheckNewPassword("Wachtwoord123", "", "").has_value());
    EXPECT_TRUE(CheckNewPassword("QWERTYUIOP", "", "").has_value());
    EXPECT_TRUE(CheckNewPassword("aaaaaaaaaaaa", "", "").has_value());
}

TEST(PasswordPolicy, RejectsOwnEmailAndName) {
    EXPECT_TRUE(CheckNewPassword("Piet@school.nl", "piet@school.nl", "").has_value());
    EXPECT_TRUE(CheckNewPassword("pietjansen-nl", "", "Pietjansen-NL").has_value());
}

TEST(PasswordPolicy, RejectsControlCharactersAndOverlongInput) {
    EXPECT_TRUE(CheckNewPassword(std::string("fiets-boom-wolk\x01", 16), "", "").has_value());
    EXPECT_TRUE(CheckNewPassword(std::string(300, 'x') + "y", "", "").has_value());
}

TEST(Throttle, LimitsPerPairPerAddressAndPerAccount) {
    ThrottleRule rule;
    EXPECT_FALSE(IsThrottled(rule, {4, 4, 4}));
    EXPECT_TRUE(IsThrottled(rule, {5, 5, 5}));
    EXPECT_FALSE(IsThrottled(rule, {0, 29, 0}));
    EXPECT_TRUE(IsThrottled(rule, {0, 30, 0}));
    EXPECT_FALSE(IsThrottled(rule, {0, 0, 99})) << "guesses from elsewhere lock nobody out";
    EXPECT_TRUE(IsThrottled(rule, {0, 0, 100})) << "but distributed guessing stops";
}

TEST(SessionRules, IdleAndAbsoluteExpiry) {
    SessionRules r;
    SessionTimes s{1000, 1000};
    EXPECT_FALSE(SessionExpired(r, s, 1000 + r.idle_seconds));
    EXPECT_TRUE(SessionExpired(r, s, 1001 + r.idle_seconds));
    SessionTimes busy{1000, 1000 + r.absolute_seconds};
    EXPECT_TRUE(SessionExpired(r, busy, 1001 + r.absolute_seconds));
    EXPECT_FALSE(SessionNeedsTouch(r, s, 1059));
    EXPECT_TRUE(SessionNeedsTouch(r, s, 1060));
}

}  // namespace
}  // namespace koers::core
