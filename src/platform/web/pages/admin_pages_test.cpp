// Beheer pages: what the beheerder may see of outgoing mail, and an audit log in words.
#include <gtest/gtest.h>

#include "platform/storage/org_repo.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/storage/user_repo.hpp"
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

// The audit log grows with every sign-in: 100 lines a page, newest first, each page reading on
// from the last line of the one before, and found by words in who, what, betreft or details.
TEST(AdminPages, TheAuditLogIsReadAPageAtATimeAndFoundByWords) {
    TestApp app;
    auto& audit = app.services().audit;
    const int64_t now = app.clock().Now();
    for (int i = 0; i < 230; ++i)
        audit.Record(now, std::nullopt, {"test.event", "Testgebeurtenis"},
                     "regel " + std::to_string(i), i == 7 ? "<script>" : "", "");
    Browser beheer(app);
    ASSERT_TRUE(beheer.SignIn("beheerder@demo.koers.nl"));
    const auto first = beheer.Get("/beheer/audit");
    ASSERT_EQ(first.status, 200);
    auto rows = [](const std::string& body) {
        size_t n = 0;
        for (auto at = body.find("<tr class=\"utrecht-table__row\"><td"); at != std::string::npos;
             at = body.find("<tr class=\"utrecht-table__row\"><td", at + 1))
            ++n;
        return n;
    };
    EXPECT_EQ(rows(first.body), 100u);
    EXPECT_TRUE(Contains(first.body, "Ingelogd")) << "the beheerder's own sign-in, newest first";
    EXPECT_FALSE(Contains(first.body, ">regel 129<")) << "the 101st line is on the next page";
    const auto older = first.body.find("/beheer/audit?voor=");
    ASSERT_NE(older, std::string::npos);
    const std::string next = first.body.substr(older, first.body.find('"', older) - older);
    const auto second = beheer.Get(next);
    ASSERT_EQ(second.status, 200);
    EXPECT_EQ(rows(second.body), 100u);
    EXPECT_TRUE(Contains(second.body, ">regel 129<"));
    EXPECT_TRUE(Contains(second.body, "Naar de nieuwste"));

    // Found by words, in any case, kept on the next page; what was typed is escaped.
    const auto found = beheer.Get("/beheer/audit?q=REGEL+1");
    ASSERT_EQ(found.status, 200);
    EXPECT_EQ(rows(found.body), 100u) << "regel 1, 10-19, 100-199: 111 lines";
    EXPECT_TRUE(Contains(found.body, "&amp;q=REGEL%201\"")) << "the next page keeps the search";
    EXPECT_FALSE(Contains(found.body, ">regel 2<"));
    const auto script = beheer.Get("/beheer/audit?q=%3Cscript%3E");
    EXPECT_EQ(rows(script.body), 1u);
    EXPECT_FALSE(Contains(script.body, "<td class=\"utrecht-table__cell\"><script>"));
    EXPECT_TRUE(Contains(script.body, "<td class=\"utrecht-table__cell\">&lt;script&gt;</td>"));
    EXPECT_TRUE(Contains(beheer.Get("/beheer/audit?q=niemand-zo").body, "Niets gevonden."));

    EXPECT_TRUE(
        Contains(beheer.Get("/beheer/audit?voor=1").body, "Er zijn geen oudere gebeurtenissen."));
    EXPECT_EQ(beheer.Get("/beheer/audit?voor=abc").status, 400);
    EXPECT_EQ(beheer.Get("/beheer/audit?voor=0").status, 400);
    EXPECT_EQ(beheer.Get("/beheer/audit?q=" + std::string(101, 'x')).status, 400);
    EXPECT_EQ(beheer.Get("/beheer/audit?q=" + std::string(100, 'x')).status, 200);
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    EXPECT_EQ(decaan.Get("/beheer/audit").status, 403);
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

// Every account is on the beheerder's list, every leerling included: a page of 50 at a time, and
// found by name or address in any case. A search longer than 100 characters or a page number
// that is no number answers 400 in Dutch, a page past the end 404.
TEST(AdminPages, PeopleAreListedFiftyAtATimeAndFoundByNameOrAddress) {
    TestApp app;
    auto& users = app.services().users;
    for (int i = 0; i < 120; ++i)
        users.Add("pupil" + std::to_string(1000 + i) + "@school.nl",
                  "Pupil " + std::to_string(1000 + i), std::nullopt, 1);
    const auto total = users.Find("", 0, 1).total;
    Browser beheer(app);
    ASSERT_TRUE(beheer.SignIn("beheerder@demo.koers.nl"));
    const auto rows = [](const std::string& page) {
        size_t n = 0;
        const std::string row = "<tr class=\"utrecht-table__row\"><td";
        for (size_t at = page.find(row); at != std::string::npos; at = page.find(row, at + 1)) ++n;
        return n;
    };
    const auto first = beheer.Get("/beheer/gebruikers");
    ASSERT_EQ(first.status, 200);
    EXPECT_EQ(rows(first.body), 50u);
    EXPECT_TRUE(Contains(first.body, std::to_string(total) + " personen met een account"));
    EXPECT_TRUE(Contains(first.body, "href=\"/beheer/gebruikers?pagina=2\""));
    const int64_t last = (total + 49) / 50;
    const auto end = beheer.Get("/beheer/gebruikers?pagina=" + std::to_string(last));
    EXPECT_EQ(rows(end.body), static_cast<size_t>(total - (last - 1) * 50));
    EXPECT_EQ(beheer.Get("/beheer/gebruikers?pagina=" + std::to_string(last + 1)).status, 404);

    const auto lotte = beheer.Get("/beheer/gebruikers?q=LOTTE");
    EXPECT_TRUE(Contains(lotte.body, "Lotte Leerling"));
    EXPECT_FALSE(Contains(lotte.body, "Pupil 1000"));
    EXPECT_TRUE(Contains(lotte.body, "Gevonden voor ‘LOTTE’"));
    const auto pupils = beheer.Get("/beheer/gebruikers?q=pupil%2011&pagina=1");
    EXPECT_EQ(rows(pupils.body), 20u) << "Pupil 1100 to 1119";
    EXPECT_TRUE(Contains(pupils.body, "20 personen"));
    const auto by_address = beheer.Get("/beheer/gebruikers?q=pupil1005%40");
    EXPECT_EQ(rows(by_address.body), 1u);
    const auto tag = beheer.Get("/beheer/gebruikers?q=%3Cscript%3E");
    EXPECT_EQ(tag.status, 200);
    EXPECT_FALSE(Contains(tag.body, "‘<script>’"));
    EXPECT_TRUE(Contains(tag.body, "0 personen"));
    EXPECT_FALSE(Contains(tag.body, "<table")) << "no empty table";

    const auto many = users.Find("pupil", 0, 1).total;
    EXPECT_EQ(many, 120);
    const auto second = beheer.Get("/beheer/gebruikers?q=pupil&pagina=2");
    EXPECT_EQ(rows(second.body), 50u);
    EXPECT_TRUE(Contains(second.body, "href=\"/beheer/gebruikers?pagina=3&amp;q=pupil\""))
        << "the search goes along to the next page";

    const auto long_words = beheer.Get("/beheer/gebruikers?q=" + std::string(101, 'a'));
    EXPECT_EQ(long_words.status, 400);
    EXPECT_TRUE(Contains(long_words.body, "ten hoogste 100 tekens"));
    std::string accented;  // 100 characters, 200 bytes: what the search box lets through
    for (int i = 0; i < 100; ++i) accented += "%C3%A9";
    EXPECT_EQ(beheer.Get("/beheer/gebruikers?q=" + accented).status, 200);
    EXPECT_EQ(beheer.Get("/beheer/gebruikers?q=a" + accented).status, 400);
    const auto no_number = beheer.Get("/beheer/gebruikers?pagina=twee");
    EXPECT_EQ(no_number.status, 400);
    EXPECT_TRUE(Contains(no_number.body, "Dat paginanummer bestaat niet"));
}

}  // namespace
}  // namespace koers::web
