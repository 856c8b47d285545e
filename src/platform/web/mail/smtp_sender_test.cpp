#include "platform/web/mail/smtp_sender.hpp"

#include <gtest/gtest.h>

namespace koers::web {
namespace {

TEST(Smtp, MailLeavesTheMachineOnlyEncrypted) {
    EXPECT_TRUE(SmtpNeedsTls("smtp://mail.school.nl:587"));
    EXPECT_TRUE(SmtpNeedsTls("smtp://user@mail.school.nl"));
    EXPECT_TRUE(SmtpNeedsTls("smtp://10.0.0.25:25"));
    EXPECT_TRUE(SmtpNeedsTls("smtp://127.evil.example:25")) << "a name, not a loopback address";
    EXPECT_TRUE(SmtpNeedsTls("smtp://[2001:db8::1]:587"));
    // A relay on the same machine (or a test sink) may be plain.
    EXPECT_FALSE(SmtpNeedsTls("smtp://127.0.0.1:2525"));
    EXPECT_FALSE(SmtpNeedsTls("smtp://localhost"));
    EXPECT_FALSE(SmtpNeedsTls("smtp://[::1]:25"));
}

}  // namespace
}  // namespace koers::web
