#include "platform/core/account/activation.hpp"

#include <gtest/gtest.h>

#include <map>

namespace koers::core {
namespace {

TEST(Activation, ACodeIsTwelveCharactersWithoutLookAlikes) {
    const std::string code = ActivationCodeFrom("AbC-_xyz0189QRST");
    ASSERT_EQ(code.size(), kActivationCodeLength);
    EXPECT_EQ(code.find_first_of("01IO"), std::string::npos) << code;
    // Too little randomness gives no code rather than a short one.
    EXPECT_EQ(ActivationCodeFrom("abc").size(), 3U);
}

TEST(Activation, EveryLetterIsEquallyLikely) {
    // The 64 characters of a random token map onto the 32 letters exactly twice each.
    const std::string_view token_chars =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::map<char, int> seen;
    for (char c : token_chars) ++seen[ActivationCodeFrom(std::string(12, c))[0]];
    EXPECT_EQ(seen.size(), 32U);
    for (const auto& [letter, n] : seen) EXPECT_EQ(n, 2) << letter;
}

TEST(Activation, WhatAStudentTypesIsReadAsTheCode) {
    EXPECT_EQ(FormatActivationCode("ABCDEFGHJKLM"), "ABCD-EFGH-JKLM");
    EXPECT_EQ(ReadActivationCode("ABCD-EFGH-JKLM"), "ABCDEFGHJKLM");
    EXPECT_EQ(ReadActivationCode(" abcd efgh jklm "), "ABCDEFGHJKLM");
    EXPECT_EQ(ReadActivationCode("abcdefghjklm"), "ABCDEFGHJKLM");
    EXPECT_FALSE(ReadActivationCode("ABCD-EFGH-JKL"));    // one short
    EXPECT_FALSE(ReadActivationCode("ABCD-EFGH-JKLMN"));  // one too many
    EXPECT_FALSE(ReadActivationCode("ABCD-EFGH-JKL0"));   // not in the alphabet
    EXPECT_FALSE(ReadActivationCode("ABCD;EFGH'JKLM"));
    EXPECT_FALSE(ReadActivationCode(std::string(100, 'A')));
    EXPECT_FALSE(ReadActivationCode(""));
}

TEST(Activation, ASignInNameIsNeverAMailAddress) {
    EXPECT_EQ(StudentSignInName("100105", "20AB"), "100105.20ab");
    EXPECT_EQ(StudentSignInName("Ll-07_x", "20AB"), "ll-07_x.20ab");
    EXPECT_FALSE(StudentSignInName("a@b.nl", "20AB"));
    EXPECT_FALSE(StudentSignInName("10 01", "20AB"));
    EXPECT_FALSE(StudentSignInName("10.01", "20AB"));
    EXPECT_FALSE(StudentSignInName("", "20AB"));
    EXPECT_FALSE(StudentSignInName("b\xc3\xa9", "20AB"));
    EXPECT_FALSE(IsMailAddress("100105.20ab"));
    EXPECT_TRUE(IsMailAddress("lotte@school.nl"));
}

}  // namespace
}  // namespace koers::core
