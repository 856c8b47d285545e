// Beheer pages: what the beheerder may see of outgoing mail, and an audit log in words.
#include <gtest/gtest.h>

#include "platform/storage/org_repo.hpp"
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

// The list of all schools is read row by row where it lies (render/rows.hpp): each row shows
// its own school, escaped, with its link, types and region, and a new school joins the list.
TEST(AdminPages, TheSchoolListShowsEverySchoolsOwnRow) {
    TestApp app;
    Browser beheer(app);
    ASSERT_TRUE(beheer.SignIn("beheerder@demo.koers.nl"));
    beheer.Get("/beheer/scholen/nieuw");
    ASSERT_EQ(beheer
                  .Post("/beheer/scholen", {{"name", "De <Brug> & Co"},
                                            {"brin", "77ZZ"},
                                            {"sector", "vo"},
                                            {"type_vo", "havo"},
                                            {"type_vo", "vwo"}})
                  .status,
              303);
    const auto page = beheer.Get("/beheer/scholen");
    ASSERT_EQ(page.status, 200);
    const auto row = page.body.find("De &lt;Brug&gt; &amp; Co");
    ASSERT_NE(row, std::string::npos) << "the name, escaped";
    const auto end = page.body.find("</tr>", row);
    const std::string own =
        page.body.substr(page.body.rfind("<tr", row), end - page.body.rfind("<tr", row));
    int64_t id = 0;
    for (const auto& s : app.services().orgs.Schools())
        if (s.brin == "77ZZ") id = s.id;
    EXPECT_TRUE(Contains(own, "href=\"/beheer/scholen/" + std::to_string(id) + "\"")) << own;
    EXPECT_TRUE(Contains(own, ">77ZZ<")) << own;
    EXPECT_TRUE(Contains(own, ">havo, vwo<")) << own;
    EXPECT_FALSE(Contains(page.body, "De <Brug>"));
    // The demo schools keep their own rows: one row per school, each with its own BRIN.
    size_t rows = 0;
    for (size_t at = page.body.find("<tr class=\"utrecht-table__row\"><td");
         at != std::string::npos;
         at = page.body.find("<tr class=\"utrecht-table__row\"><td", at + 1))
        ++rows;
    EXPECT_EQ(rows, app.services().orgs.Schools().size());
}

}  // namespace
}  // namespace koers::web
