// Beheer pages: what the beheerder may see of outgoing mail, and an audit log in words.
#include <gtest/gtest.h>

#include "platform/storage/outbox_repo.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Contains;
using testing::TestApp;

// A reset mail for the decaan, then the beheerder's outbox page.
std::string OutboxAfterAReset(TestApp& app) {
    Browser visitor(app);
    visitor.Get("/wachtwoord-vergeten");
    EXPECT_EQ(visitor.Post("/wachtwoord-vergeten", {{"email", "decaan@demo.koers.nl"}}).status,
              303);
    Browser beheer(app);
    EXPECT_TRUE(beheer.SignIn("beheerder@demo.koers.nl"));
    auto page = beheer.Get("/beheer/e-mail");
    EXPECT_EQ(page.status, 200);
    return page.body;
}

TEST(AdminPages, WithSmtpTheOutboxNeverShowsALiveLink) {
    TestApp app("sqlite", [](WebConfig& c) { c.smtp_configured = true; });
    const std::string page = OutboxAfterAReset(app);
    EXPECT_TRUE(Contains(page, "decaan@demo.koers.nl")) << "who got a mail is listed";
    EXPECT_FALSE(Contains(page, "code=")) << "but not the link that signs them in";
    EXPECT_FALSE(Contains(page, "koers-mail__body"));
}

TEST(AdminPages, WithoutSmtpTheBeheerderCanPassLinksOn) {
    TestApp app;
    EXPECT_TRUE(Contains(OutboxAfterAReset(app), "code="));
}

// The audit log says in Dutch what happened (issue 14: it showed codes like login.failed).
TEST(AdminPages, TheAuditLogDescribesEachEventInDutch) {
    TestApp app;
    Browser someone(app);
    EXPECT_FALSE(someone.SignIn("decaan@demo.koers.nl", "verkeerd-wachtwoord"));
    Browser visitor(app);
    visitor.Get("/wachtwoord-vergeten");
    visitor.Post("/wachtwoord-vergeten", {{"email", "decaan@demo.koers.nl"}});
    Browser beheer(app);
    ASSERT_TRUE(beheer.SignIn("beheerder@demo.koers.nl"));
    const auto page = beheer.Get("/beheer/audit");
    ASSERT_EQ(page.status, 200);
    for (const char* words : {"Inloggen mislukt", "Ingelogd", "Nieuw wachtwoord aangevraagd"})
        EXPECT_TRUE(Contains(page.body, words)) << words;
    for (const char* code : {"login.failed", ">login<", "password.reset_requested"})
        EXPECT_FALSE(Contains(page.body, code)) << code;
    // Every recorded event carries its description (AuditRepo::Record takes core::AuditAction).
    for (const auto& a : app.services().audit.Recent(200))
        EXPECT_FALSE(a.description.empty()) << a.action;
}

}  // namespace
}  // namespace koers::web
