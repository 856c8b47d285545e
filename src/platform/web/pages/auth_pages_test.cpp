// Handler tests for sign-in, sessions, CSRF, passwords, invitations and resets: the real router
// and a real database, no socket.
#include <gtest/gtest.h>

#include <map>
#include <vector>

#include "platform/storage/org_repo.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/auth/accounts.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Contains;
using testing::TestApp;

// The one-time link in the newest outbox mail.
std::string LinkFromOutbox(TestApp& app) {
    auto mails = app.services().outbox.Recent(1);
    if (mails.empty()) return "";
    const std::string& body = mails.front().body;
    auto pos = body.find("http://koers.test");
    return body.substr(pos + 17, body.find('\n', pos) - pos - 17);
}

TEST(AuthPages, LoginPageListsDemoAccountsInDemoMode) {
    TestApp app;
    Browser b(app);
    auto res = b.Get("/inloggen");
    EXPECT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "beheerder@demo.koers.nl"));
    EXPECT_TRUE(Contains(res.body, "koers-demo-2026"));
}

TEST(AuthPages, SignInSignOut) {
    TestApp app;
    Browser b(app);
    EXPECT_EQ(b.Get("/dashboard").status, 303);  // to the login page
    ASSERT_TRUE(b.SignIn("decaan@demo.koers.nl"));
    auto dash = b.Get("/dashboard");
    EXPECT_EQ(dash.status, 200);
    EXPECT_TRUE(Contains(dash.body, "Dirk Decaan"));
    EXPECT_TRUE(Contains(dash.body, "LOB-coördinator/decaan"));
    auto out = b.Post("/uitloggen", {});
    EXPECT_EQ(out.status, 303);
    EXPECT_EQ(b.Get("/dashboard").status, 303);
}

TEST(AuthPages, WrongPasswordAndUnknownAccountGetTheSameAnswer) {
    TestApp app;
    Browser b(app);
    b.Get("/inloggen");
    auto wrong =
        b.Post("/inloggen", {{"email", "decaan@demo.koers.nl"}, {"password", "fout-wachtwoord"}});
    auto unknown =
        b.Post("/inloggen", {{"email", "niemand@demo.koers.nl"}, {"password", "fout-wachtwoord"}});
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(unknown.status, 401);
    EXPECT_TRUE(Contains(
        wrong.body, "Deze combinatie van e-mailadres of inlognaam en wachtwoord kennen we niet"));
    EXPECT_TRUE(Contains(
        unknown.body, "Deze combinatie van e-mailadres of inlognaam en wachtwoord kennen we niet"));
    EXPECT_TRUE(Contains(wrong.body, "value=\"decaan@demo.koers.nl\""));  // input kept
}

TEST(AuthPages, ThrottlesAfterFiveFailuresAndReleasesAfterTheWindow) {
    TestApp app;
    Browser b(app);
    b.Get("/inloggen");
    for (int i = 0; i < 5; ++i)
        b.Post("/inloggen", {{"email", "mentor@demo.koers.nl"}, {"password", "nog-steeds-fout"}});
    auto blocked =
        b.Post("/inloggen", {{"email", "mentor@demo.koers.nl"}, {"password", "koers-demo-2026"}});
    EXPECT_EQ(blocked.status, 429);
    EXPECT_TRUE(Contains(blocked.body, "te vaak"));
    app.clock().Advance(16 * 60);
    EXPECT_TRUE(b.SignIn("mentor@demo.koers.nl"));
}

TEST(AuthPages, SomeoneGuessingElsewhereCannotLockTheRealPersonOut) {
    TestApp app;
    Browser attacker(app, "198.51.100.66");
    attacker.Get("/inloggen");
    for (int i = 0; i < 8; ++i)
        attacker.Post("/inloggen", {{"email", "mentor@demo.koers.nl"}, {"password", "geraden"}});
    EXPECT_EQ(
        attacker
            .Post("/inloggen", {{"email", "mentor@demo.koers.nl"}, {"password", "koers-demo-2026"}})
            .status,
        429)
        << "the guessing machine is stopped";
    Browser mentor(app, "192.0.2.44");
    EXPECT_TRUE(mentor.SignIn("mentor@demo.koers.nl")) << "the mentor at school is not";
}

TEST(AuthPages, PostsWithoutOrWithAWrongCsrfTokenAreRefused) {
    TestApp app;
    Browser b(app);
    ASSERT_TRUE(b.SignIn("beheerder@demo.koers.nl"));
    auto none = b.Post("/beheer/regios", {{"name", "Regio Zonder Token"}}, false);
    EXPECT_EQ(none.status, 403);
    auto forged = b.Post("/beheer/regios", {{"name", "Regio Vals"}, {"_csrf", "vervalst"}}, false);
    EXPECT_EQ(forged.status, 403);
    EXPECT_TRUE(Contains(forged.body, "Dit formulier is verlopen"));
    for (const auto& r : app.services().orgs.Regions()) EXPECT_NE(r.name, "Regio Vals");
    Browser anonymous(app);
    EXPECT_EQ(anonymous.Post("/inloggen", {{"email", "a@b.nl"}, {"password", "x"}}, false).status,
              403);
}

TEST(AuthPages, SessionEndsAfterIdleTime) {
    TestApp app;
    Browser b(app);
    ASSERT_TRUE(b.SignIn("docent@demo.koers.nl"));
    app.clock().Advance(2 * 3600 + 1);
    EXPECT_EQ(b.Get("/dashboard").status, 303);
}

TEST(AuthPages, ExpiredSessionsAndOldFailuresArePruned) {
    TestApp app;
    Browser b(app);
    ASSERT_TRUE(b.SignIn("docent@demo.koers.nl"));
    b.Post("/inloggen", {{"email", "docent@demo.koers.nl"}, {"password", "fout-fout-fout"}});
    EXPECT_EQ(app.services().accounts.PruneExpired(), 0);  // nothing is old yet
    app.clock().Advance(13 * 3600);
    EXPECT_EQ(app.services().accounts.PruneExpired(), 2);  // the session and the failure
    EXPECT_EQ(b.Get("/dashboard").status, 303);
}

TEST(AuthPages, ChangePasswordValidatesInDutchAndWorks) {
    TestApp app;
    Browser b(app);
    ASSERT_TRUE(b.SignIn("leerling@demo.koers.nl"));
    auto bad = b.Post("/account/wachtwoord",
                      {{"current", "koers-demo-2026"}, {"password", "kort"}, {"repeat", "kort"}});
    EXPECT_EQ(bad.status, 400);
    EXPECT_TRUE(Contains(bad.body, "minstens 12 tekens"));
    auto wrong_current = b.Post("/account/wachtwoord", {{"current", "verkeerd-wachtwoord"},
                                                        {"password", "lange-zin-met-woorden"},
                                                        {"repeat", "lange-zin-met-woorden"}});
    EXPECT_TRUE(Contains(wrong_current.body, "huidige wachtwoord klopt niet"));
    auto ok = b.Post("/account/wachtwoord", {{"current", "koers-demo-2026"},
                                             {"password", "lange-zin-met-woorden"},
                                             {"repeat", "lange-zin-met-woorden"}});
    EXPECT_EQ(ok.status, 303);
    Browser fresh(app);
    EXPECT_FALSE(fresh.SignIn("leerling@demo.koers.nl"));
    EXPECT_TRUE(fresh.SignIn("leerling@demo.koers.nl", "lange-zin-met-woorden"));
}

// A leerling is spoken to with "je" on the account page, in its messages and on a page that is
// not theirs; staff with "u".
TEST(AuthPages, ALeerlingReadsJeAndStaffReadU) {
    TestApp app;
    Browser leerling(app), decaan(app);
    ASSERT_TRUE(leerling.SignIn("leerling@demo.koers.nl"));
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    const auto own = leerling.Get("/account/wachtwoord").body;
    EXPECT_TRUE(Contains(own, "Ben je ergens ingelogd gebleven")) << own;
    EXPECT_FALSE(Contains(own, "Bent u"));
    EXPECT_TRUE(Contains(decaan.Get("/account/wachtwoord").body, "Bent u ergens ingelogd"));
    const auto refused = leerling.Get("/beheer");
    EXPECT_EQ(refused.status, 403);
    EXPECT_TRUE(Contains(refused.body, "Deze pagina is niet voor jou")) << refused.body;
    EXPECT_FALSE(Contains(refused.body, "Uw account"));
    EXPECT_TRUE(Contains(decaan.Get("/beheer").body, "Uw account heeft geen toegang"));
    for (Browser* b : {&leerling, &decaan})
        ASSERT_EQ(b->Post("/account/wachtwoord", {{"current", "koers-demo-2026"},
                                                  {"password", "lange-zin-met-woorden"},
                                                  {"repeat", "lange-zin-met-woorden"}})
                      .status,
                  303);
    EXPECT_TRUE(Contains(leerling.Get("/dashboard").body, "Je wachtwoord is veranderd"));
    EXPECT_TRUE(Contains(decaan.Get("/dashboard").body, "Uw wachtwoord is gewijzigd"));
    Browser anyone(app);
    anyone.Get("/wachtwoord-vergeten");
    for (const char* email : {"leerling@demo.koers.nl", "decaan@demo.koers.nl"})
        ASSERT_EQ(anyone.Post("/wachtwoord-vergeten", {{"email", email}}).status, 303);
    std::map<std::string, std::string> mail;
    for (const auto& m : app.services().outbox.Recent(10)) mail[m.to] = m.body;
    EXPECT_TRUE(Contains(mail["leerling@demo.koers.nl"], "kies je binnen een uur"))
        << mail["leerling@demo.koers.nl"];
    EXPECT_TRUE(Contains(mail["decaan@demo.koers.nl"], "stelt u binnen een uur"));
}

// Before sign-in Koers does not know whether a leerling or a decaan reads: the sign-in, forgotten
// password and set-password pages and their messages say neither "u" nor "je" (but for the one
// line addressed to leerlingen only).
TEST(AuthPages, PagesBeforeSignInSayNeitherUNorJe) {
    TestApp app("sqlite", [](WebConfig& c) { c.demo = false; });  // the demo list speaks to testers
    Browser anyone(app);
    anyone.Get("/inloggen");
    std::vector<std::string> pages = {
        anyone.Get("/inloggen").body,
        anyone.Get("/wachtwoord-vergeten").body,
        anyone.Get("/wachtwoord-instellen?soort=reset&code=ongeldig").body,
        anyone.Post("/inloggen", {{"email", "iemand@school.nl"}, {"password", ""}}).body,
        anyone.Post("/inloggen", {{"email", "iemand@school.nl"}, {"password", "fout-fout-fout"}})
            .body,
    };
    ASSERT_EQ(anyone.Post("/wachtwoord-vergeten", {{"email", "iemand@school.nl"}}).status, 303);
    pages.push_back(anyone.Get("/inloggen").body);  // with the "reset requested" message
    // Signing out: the message is read by someone no longer signed in (a leerling too).
    Browser leerling(app);
    ASSERT_TRUE(leerling.SignIn("leerling@demo.koers.nl"));
    ASSERT_EQ(leerling.Post("/uitloggen", {}).status, 303);
    EXPECT_TRUE(Contains(leerling.Get("/").body,
                         "<p class=\"utrecht-paragraph\">Uitloggen is gelukt.</p>"));
    ASSERT_TRUE(leerling.SignIn("leerling@demo.koers.nl"));
    ASSERT_EQ(leerling.Post("/account/overal-uitloggen", {}).status, 303);
    pages.push_back(leerling.Get("/inloggen").body);
    EXPECT_TRUE(Contains(pages.back(), "Uitloggen is gelukt, op alle apparaten."));
    for (const auto& page : pages) {
        const size_t from = page.find("<main"), to = page.find("</main>");
        ASSERT_TRUE(from != std::string::npos && to != std::string::npos);
        std::string main = page.substr(from, to - from);
        // Except the line for leerlingen with a code from their mentor, which speaks to them.
        if (const size_t code = main.find("Heb je van je mentor"); code != std::string::npos)
            main.erase(code, main.find("</p>", code) - code);
        for (const char* word : {" u ", " uw ", "Uw ", "U ", " je ", "Je ", " jouw "})
            EXPECT_FALSE(Contains(main, word)) << word << " in " << main;
    }
}

TEST(AuthPages, ChangingThePasswordEndsEveryOtherSession) {
    TestApp app;
    Browser here(app), laptop(app), school_pc(app);
    ASSERT_TRUE(here.SignIn("decaan@demo.koers.nl"));
    ASSERT_TRUE(laptop.SignIn("decaan@demo.koers.nl"));
    ASSERT_TRUE(school_pc.SignIn("decaan@demo.koers.nl"));
    ASSERT_EQ(laptop.Get("/dashboard").status, 200);
    ASSERT_EQ(here.Post("/account/wachtwoord", {{"current", "koers-demo-2026"},
                                                {"password", "lange-zin-met-woorden"},
                                                {"repeat", "lange-zin-met-woorden"}})
                  .status,
              303);
    EXPECT_EQ(here.Get("/dashboard").status, 200) << "the session that changed it stays";
    EXPECT_EQ(laptop.Get("/dashboard").status, 303) << "whoever knew the old password is out";
    EXPECT_EQ(school_pc.Get("/dashboard").status, 303);
}

TEST(AuthPages, OveralUitloggenEndsEverySessionThisOneToo) {
    TestApp app;
    Browser here(app), elsewhere(app), someone_else(app);
    ASSERT_TRUE(here.SignIn("decaan@demo.koers.nl"));
    ASSERT_TRUE(elsewhere.SignIn("decaan@demo.koers.nl"));
    ASSERT_TRUE(someone_else.SignIn("schoolleider@demo.koers.nl"));
    EXPECT_TRUE(Contains(here.Get("/account/wachtwoord").body, "Overal uitloggen"));
    auto res = here.Post("/account/overal-uitloggen", {});
    EXPECT_EQ(res.status, 303);
    EXPECT_EQ(res.Header("Location"), "/inloggen");
    EXPECT_EQ(here.Get("/dashboard").status, 303);
    EXPECT_EQ(elsewhere.Get("/dashboard").status, 303);
    EXPECT_EQ(someone_else.Get("/dashboard").status, 200) << "only this person's sessions";
    EXPECT_EQ(Browser(app).Post("/account/overal-uitloggen", {}, false).status, 401);
}

TEST(AuthPages, ResetRequestsCannotFloodSomeonesMailbox) {
    TestApp app;
    Browser b(app);
    b.Get("/wachtwoord-vergeten");
    auto resets = [&] {
        int n = 0;
        for (const auto& m : app.services().outbox.Recent(1000))
            n += m.to == "mentor@demo.koers.nl" && Contains(m.body, "code=") ? 1 : 0;
        return n;
    };
    for (int i = 0; i < 8; ++i) {
        auto res = b.Post("/wachtwoord-vergeten", {{"email", "mentor@demo.koers.nl"}});
        EXPECT_EQ(res.status, 303) << "every request gets the same answer";
    }
    EXPECT_EQ(resets(), 3) << "three mails an hour at most";
    app.clock().Advance(3601);
    b.Post("/wachtwoord-vergeten", {{"email", "mentor@demo.koers.nl"}});
    EXPECT_EQ(resets(), 4) << "an hour later it works again";
}

TEST(AuthPages, ResetLinkWorksOnceAndDoesNotRevealAccounts) {
    TestApp app;
    Browser b(app);
    b.Get("/wachtwoord-vergeten");
    auto unknown = b.Post("/wachtwoord-vergeten", {{"email", "niemand@demo.koers.nl"}});
    EXPECT_EQ(unknown.status, 303);
    EXPECT_TRUE(app.services().outbox.Recent(5).empty());
    auto known = b.Post("/wachtwoord-vergeten", {{"email", "Ouder@Demo.Koers.nl"}});
    EXPECT_EQ(known.status, 303);
    std::string link = LinkFromOutbox(app);
    ASSERT_FALSE(link.empty());
    auto page = b.Get(link);
    EXPECT_TRUE(Contains(page.body, "Nieuw wachtwoord instellen"));
    std::string code = link.substr(link.find("code=") + 5);
    auto mismatch = b.Post("/wachtwoord-instellen", {{"soort", "reset"},
                                                     {"code", code},
                                                     {"password", "een-nieuw-wachtwoord"},
                                                     {"repeat", "iets-anders-1234"}});
    EXPECT_EQ(mismatch.status, 400);
    EXPECT_TRUE(Contains(mismatch.body, "niet gelijk"));
    auto set = b.Post("/wachtwoord-instellen", {{"soort", "reset"},
                                                {"code", code},
                                                {"password", "een-nieuw-wachtwoord"},
                                                {"repeat", "een-nieuw-wachtwoord"}});
    EXPECT_EQ(set.status, 303);
    auto replay = b.Post("/wachtwoord-instellen", {{"soort", "reset"},
                                                   {"code", code},
                                                   {"password", "nog-een-wachtwoord"},
                                                   {"repeat", "nog-een-wachtwoord"}});
    EXPECT_EQ(replay.status, 400);
    EXPECT_TRUE(Contains(replay.body, "verlopen of al gebruikt"));
    EXPECT_TRUE(Browser(app).SignIn("ouder@demo.koers.nl", "een-nieuw-wachtwoord"));
}

TEST(AuthPages, ExpiredAndTamperedLinksAreRefused) {
    TestApp app;
    Browser b(app);
    b.Get("/wachtwoord-vergeten");
    b.Post("/wachtwoord-vergeten", {{"email", "docent@demo.koers.nl"}});
    std::string link = LinkFromOutbox(app);
    EXPECT_TRUE(Contains(b.Get(link + "x").body, "verlopen of al gebruikt"));
    EXPECT_TRUE(Contains(
        b.Get("/wachtwoord-instellen?soort=invite&code=" + link.substr(link.find("code=") + 5))
            .body,
        "verlopen of al gebruikt"));
    app.clock().Advance(3601);
    EXPECT_TRUE(Contains(b.Get(link).body, "verlopen of al gebruikt"));
}

// The account, its link and its mail are stored together: when the mail cannot be stored, no
// account is left behind that could never be invited again.
TEST(AuthPages, AnInvitationThatCannotBeMailedLeavesNoAccount) {
    TestApp app;
    Browser admin(app);
    ASSERT_TRUE(admin.SignIn("beheerder@demo.koers.nl"));
    const Pairs nina = {{"name", "Nina Nieuw"}, {"email", "nina@school.nl"}};
    {
        testing::TableOffline outbox(app, "outbox");
        EXPECT_EQ(admin.Post("/beheer/gebruikers", nina).status, 503);
    }
    EXPECT_FALSE(app.services().users.ByEmail("nina@school.nl"));
    EXPECT_EQ(admin.Post("/beheer/gebruikers", nina).status, 303);
    EXPECT_TRUE(Contains(LinkFromOutbox(app), "soort=invite"));
}

TEST(AuthPages, InvitationCreatesAnAccountThatSetsItsOwnPassword) {
    TestApp app;
    Browser admin(app);
    ASSERT_TRUE(admin.SignIn("beheerder@demo.koers.nl"));
    auto invalid = admin.Post("/beheer/gebruikers", {{"name", "X"}, {"email", "geen-adres"}});
    EXPECT_EQ(invalid.status, 400);
    EXPECT_TRUE(Contains(invalid.body, "Vul een geldig e-mailadres in"));
    EXPECT_TRUE(Contains(invalid.body, "value=\"geen-adres\""));
    auto ok =
        admin.Post("/beheer/gebruikers", {{"name", "Nina Nieuw"}, {"email", "nina@school.nl"}});
    EXPECT_EQ(ok.status, 303);
    auto dup =
        admin.Post("/beheer/gebruikers", {{"name", "Nina Twee"}, {"email", "NINA@school.nl"}});
    EXPECT_EQ(dup.status, 400);
    EXPECT_TRUE(Contains(dup.body, "bestaat al een account"));
    std::string link = LinkFromOutbox(app);
    ASSERT_TRUE(Contains(link, "soort=invite"));
    Browser nina(app);
    EXPECT_FALSE(nina.SignIn("nina@school.nl", ""));
    nina.Get(link);
    auto set = nina.Post("/wachtwoord-instellen", {{"soort", "invite"},
                                                   {"code", link.substr(link.find("code=") + 5)},
                                                   {"password", "nina-kiest-zelf"},
                                                   {"repeat", "nina-kiest-zelf"}});
    EXPECT_EQ(set.status, 303);
    EXPECT_TRUE(nina.SignIn("nina@school.nl", "nina-kiest-zelf"));
    auto dash = nina.Get("/dashboard");
    EXPECT_TRUE(Contains(dash.body, "nog geen rol"));
}

TEST(AuthPages, LoginOnlyFollowsLocalReturnPaths) {
    TestApp app;
    Browser b(app);
    b.Get("/inloggen");
    auto res = b.Post("/inloggen", {{"email", "docent@demo.koers.nl"},
                                    {"password", "koers-demo-2026"},
                                    {"terug", "//evil.example/"}});
    EXPECT_EQ(res.Header("Location"), "/dashboard");
}

}  // namespace
}  // namespace koers::web
