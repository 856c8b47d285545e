// Beheer pages: what the beheerder may see of outgoing mail.
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace koers::web
