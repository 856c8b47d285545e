// A beheerder removes an account for good: with its roles and sessions, at once; what the person
// made for others (kennisbank items, LOB-scan rounds) stays without a name; not without
// confirming, never the beheerder's own account, never a student's (that goes with the
// enrolment's term), and only by a beheerder.
#include <gtest/gtest.h>

#include "platform/storage/db/database.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Contains;
using testing::TestApp;

int64_t Rows(TestApp& app, const std::string& sql) {
    return app.services().db.Use([&](storage::Connection& c) { return c.QueryOne(sql)->Int("n"); });
}

std::string UserPath(TestApp& app, const std::string& email) {
    return "/beheer/gebruikers/" + std::to_string(app.services().users.ByEmail(email)->id);
}

TEST(AccountRemoval, TheBeheerderRemovesAnAccountAndWhatItMadeForOthersStays) {
    TestApp app;
    Browser rosa(app), dirk(app), beheer(app);
    ASSERT_TRUE(rosa.SignIn("redacteur@demo.koers.nl"));
    ASSERT_TRUE(dirk.SignIn("decaan@demo.koers.nl"));
    ASSERT_TRUE(beheer.SignIn("beheerder@demo.koers.nl"));
    const int64_t items = Rows(app, "SELECT COUNT(*) AS n FROM content_items");
    const int64_t rounds = Rows(app, "SELECT COUNT(*) AS n FROM scan_rounds");
    ASSERT_GT(Rows(app, "SELECT COUNT(*) AS n FROM content_items WHERE author_id IS NOT NULL"), 0)
        << "the demo's items have their author";

    const std::string rosa_path = UserPath(app, "redacteur@demo.koers.nl");
    const auto page = beheer.Get(rosa_path);
    EXPECT_TRUE(Contains(page.body, rosa_path + "/verwijderen"));
    const auto unconfirmed = beheer.Post(rosa_path + "/verwijderen", {});
    EXPECT_EQ(unconfirmed.status, 400);
    EXPECT_TRUE(Contains(unconfirmed.body, "Vink aan dat u dit account wilt verwijderen"));
    EXPECT_TRUE(app.services().users.ByEmail("redacteur@demo.koers.nl")) << "nothing changed";

    for (const std::string email : {"redacteur@demo.koers.nl", "decaan@demo.koers.nl"}) {
        const auto removed =
            beheer.Post(UserPath(app, email) + "/verwijderen", {{"bevestig", "ja"}});
        EXPECT_EQ(removed.status, 303) << email << removed.body;
        EXPECT_EQ(removed.Header("Location").value_or(""), "/beheer/gebruikers");
        EXPECT_FALSE(app.services().users.ByEmail(email)) << email;
        const auto line = app.services().audit.Recent(1).front();
        EXPECT_EQ(line.action, "account.removed");
        EXPECT_EQ(line.subject, email);
    }
    EXPECT_TRUE(Contains(beheer.Get("/beheer/gebruikers").body, "Het account is verwijderd"));
    EXPECT_EQ(Rows(app, "SELECT COUNT(*) AS n FROM content_items"), items) << "the items stay";
    EXPECT_EQ(Rows(app, "SELECT COUNT(*) AS n FROM scan_rounds"), rounds) << "the rounds too";
    EXPECT_EQ(Rows(app, "SELECT COUNT(*) AS n FROM content_items WHERE author_id IS NOT NULL"), 0);
    EXPECT_NE(rosa.Get("/redactie").status, 200) << "her session ended at once";
    EXPECT_NE(dirk.Get("/scholen/1/scan").status, 200);
}

TEST(AccountRemoval, NotOnesOwnNotAStudentsAndOnlyByABeheerder) {
    TestApp app;
    Browser beheer(app), decaan(app);
    ASSERT_TRUE(beheer.SignIn("beheerder@demo.koers.nl"));
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    const std::string own = UserPath(app, "beheerder@demo.koers.nl");
    EXPECT_TRUE(Contains(beheer.Get(own).body, "Dat kan alleen een andere beheerder"));
    const auto self = beheer.Post(own + "/verwijderen", {{"bevestig", "ja"}});
    EXPECT_EQ(self.status, 409);
    EXPECT_TRUE(Contains(self.body, "U kunt uw eigen account niet verwijderen"));

    const std::string lotte = UserPath(app, "leerling@demo.koers.nl");
    EXPECT_FALSE(Contains(beheer.Get(lotte).body, lotte + "/verwijderen")) << "no form";
    const auto student = beheer.Post(lotte + "/verwijderen", {{"bevestig", "ja"}});
    EXPECT_EQ(student.status, 409);
    EXPECT_TRUE(Contains(student.body, "Dit account is van een leerling"));

    const std::string olga = UserPath(app, "ouder@demo.koers.nl");
    EXPECT_EQ(decaan.Post(olga + "/verwijderen", {{"bevestig", "ja"}}).status, 403);
    EXPECT_EQ(beheer.Post("/beheer/gebruikers/999999/verwijderen", {{"bevestig", "ja"}}).status,
              404);
    for (const char* email :
         {"beheerder@demo.koers.nl", "leerling@demo.koers.nl", "ouder@demo.koers.nl"})
        EXPECT_TRUE(app.services().users.ByEmail(email)) << email;
}

}  // namespace
}  // namespace koers::web
