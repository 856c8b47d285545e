// The respondent's side of the LOB-scan through the router (no socket): answering page by page,
// a comment kept without its answer, a closed round, one response per browser, and the limit on
// how many responses one address may start through an open link.
#include <gtest/gtest.h>

#include "modules/scan/storage/scan_repo.hpp"
#include "modules/scan/web/scan_pages_test_support.hpp"
#include "modules/scan/web/scan_parts.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/web/auth/crypto.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using namespace scan_testing;
using testing::Contains;

TEST_F(RunningRound, RespondentsAnswerSaveAndSubmitOnce) {
    Browser r(app);
    const std::string path = Begin(r, open);
    ASSERT_EQ(path.rfind("/scan/antwoord/", 0), 0U);
    auto page = r.Get(path);
    EXPECT_EQ(page.status, 200);
    EXPECT_NE(page.body.find("Thema 1 van 6"), std::string::npos);
    EXPECT_EQ(
        r.Post(path,
               {{"thema", "1"}, {"a_visie-1", "3"}, {"c_visie-1", "Goed"}, {"ga", "volgende"}})
            .Header("Location"),
        path + "?thema=2");
    // Tampered forms: a statement of another theme, a value off the scale, a page that is not
    // there.
    EXPECT_EQ(r.Post(path, {{"thema", "1"}, {"a_gesprek-1", "3"}}).status, 400);
    EXPECT_EQ(r.Post(path, {{"thema", "1"}, {"a_visie-2", "7"}}).status, 400);
    EXPECT_EQ(r.Post(path, {{"thema", "9"}, {"a_visie-2", "1"}}).status, 404);
    EXPECT_EQ(r.Post(path, {{"thema", "1"}, {"a_visie-2", "2"}}, false).status, 403) << "CSRF";
    EXPECT_EQ(r.Get(path + "?thema=x").status, 404);
    EXPECT_NE(r.Get(path).body.find("checked"), std::string::npos) << "resumed with saved answers";
    EXPECT_EQ(r.Post(path + "/inleveren", {}).status, 303);
    EXPECT_NE(r.Get(path).body.find("Dank u wel"), std::string::npos);
    EXPECT_NE(r.Post(path, {{"thema", "1"}, {"a_visie-1", "1"}}).body.find("Dank u wel"),
              std::string::npos)
        << "a reused link changes nothing";
    EXPECT_EQ(ScanOf(app.services())
                  .scans
                  .Answers(ScanOf(app.services())
                               .scans.ResponseByToken(auth::HashToken(path.substr(15)))
                               ->id)[0]
                  .answer,
              3);
    EXPECT_EQ(r.Get("/scan/antwoord/verzonnen-link-123456").status, 404);
    EXPECT_EQ(r.Get("/scan/antwoord/%3Cscript%3E").status, 404);
    EXPECT_EQ(r.Get("/scan/open/verzonnen-link-123456").status, 404);
}

// Issue 14: the invitation and the start page give one time estimate, made from the number of
// statements; only someone who was invited by e-mail is told their address was erased.
TEST_F(RunningRound, TheTimeToAnswerAndTheThankYouFitTheRespondent) {
    ASSERT_EQ(decaan.Post(round + "/uitnodigen", {{"group", "docenten"}, {"emails", "a@school.nl"}})
                  .status,
              303);
    const auto mail = app.services().outbox.Recent(1).front().body;
    Browser walk_in(app);
    const auto start = walk_in.Get(open).body;
    const std::string estimate = "Het duurt " + Between(start, "Het duurt ", ".");
    ASSERT_NE(estimate, "Het duurt ");
    EXPECT_TRUE(Contains(mail, "invullen duurt " + estimate.substr(10) + ";")) << mail;
    EXPECT_FALSE(Contains(start, "tien minuten") && Contains(mail, "kwartier"));

    const std::string path = Begin(walk_in, open);
    walk_in.Post(path, {{"thema", "1"}, {"a_visie-1", "3"}});
    ASSERT_EQ(walk_in.Post(path + "/inleveren", {}).status, 303);
    const auto thanks = walk_in.Get(path).body;
    EXPECT_TRUE(Contains(thanks, "Dank u wel"));
    EXPECT_FALSE(Contains(thanks, "e-mailadres")) << "an open-link respondent gave none";

    Browser invited(app);
    const std::string link = Between(mail, "http://koers.test", "\n");
    ASSERT_EQ(invited.Get(link).status, 200);
    invited.Post(link, {{"thema", "1"}, {"a_visie-1", "2"}});
    ASSERT_EQ(invited.Post(link + "/inleveren", {}).status, 303);
    EXPECT_TRUE(Contains(invited.Get(link).body, "uw e-mailadres is bij uw antwoorden gewist"));
}

// "Ronde sluiten" is final, so it needs the box ticked; without it the round stays open.
TEST_F(RunningRound, ClosingARoundNeedsTheBoxTicked) {
    const auto refused = decaan.Post(round + "/sluiten", {});
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(Contains(refused.body, "Vink aan dat u de ronde definitief wilt sluiten"));
    EXPECT_TRUE(Contains(refused.body, "aria-invalid=\"true\""));
    Browser r(app);
    EXPECT_EQ(r.Get(open).status, 200) << "still open";
    ASSERT_EQ(decaan.Post(round + "/sluiten", {{"zeker", "ja"}}).status, 303);
    const auto gone = r.Get(open);
    EXPECT_EQ(gone.status, 410);
    EXPECT_FALSE(Contains(gone.body, "Foutcode")) << "words, not a status code";
}

TEST_F(RunningRound, ACommentWithoutAnAnswerIsShownAgainNotDropped) {
    Browser r(app);
    const std::string path = Begin(r, open);
    auto res = r.Post(path, {{"thema", "1"},
                             {"a_visie-1", "3"},
                             {"c_visie-2", "Hier twijfel ik over"},
                             {"ga", "volgende"}});
    EXPECT_EQ(res.status, 400);
    EXPECT_NE(res.body.find("Hier twijfel ik over"), std::string::npos);
    EXPECT_NE(res.body.find("Kies ook een antwoord bij deze stelling"), std::string::npos);
    auto saved =
        ScanOf(app.services())
            .scans.Answers(
                ScanOf(app.services()).scans.ResponseByToken(auth::HashToken(path.substr(15)))->id);
    ASSERT_EQ(saved.size(), 1U) << "the answered statement is saved";
    EXPECT_EQ(saved[0].statement, "visie-1");
}

TEST_F(RunningRound, AClosedRoundExplainsItselfAndKeepsWhatWasSaved) {
    Browser r(app);
    const std::string path = Begin(r, open);
    ASSERT_EQ(r.Post(path, {{"thema", "1"}, {"a_visie-1", "2"}}).status, 303);
    ASSERT_EQ(decaan.Post(round + "/sluiten", {{"zeker", "ja"}}).status, 303);
    auto res = r.Post(path, {{"thema", "1"}, {"a_visie-1", "4"}});
    EXPECT_EQ(res.status, 410);
    EXPECT_NE(res.body.find("gesloten"), std::string::npos);
    EXPECT_EQ(r.Get(open).status, 410);
    EXPECT_EQ(decaan.Post(round + "/uitnodigen", {{"group", "docenten"}, {"emails", "a@school.nl"}})
                  .status,
              409);
    EXPECT_EQ(ScanOf(app.services())
                  .scans
                  .Answers(ScanOf(app.services())
                               .scans.ResponseByToken(auth::HashToken(path.substr(15)))
                               ->id)[0]
                  .answer,
              2);
}

TEST_F(RunningRound, TheOpenLinkStartsOneResponsePerBrowser) {
    Browser r(app);
    const std::string first = Begin(r, open);
    ASSERT_FALSE(first.empty());
    // Opening the link again continues that response; it never starts a second one.
    EXPECT_NE(r.Get(open).body.find("Verder waar ik was"), std::string::npos);
    EXPECT_EQ(Begin(r, open), first);
    ASSERT_EQ(r.Post(first, {{"thema", "1"}, {"a_visie-1", "3"}}).status, 303);
    ASSERT_EQ(r.Post(first + "/inleveren", {}).status, 303);
    // Handed in: the link says so and refuses to start again on this device.
    auto landing = r.Get(open);
    EXPECT_NE(landing.body.find("al ingeleverd"), std::string::npos);
    EXPECT_EQ(landing.body.find(">Beginnen<"), std::string::npos);
    EXPECT_EQ(r.Post(open, {}).status, 409);
    // Someone else with the link still can.
    Browser other(app);
    const std::string second = Begin(other, open);
    EXPECT_FALSE(second.empty());
    EXPECT_NE(second, first);
}

TEST_F(RunningRound, OneAddressCannotStartHundredsOfResponsesByDroppingItsCookies) {
    // A class behind one school network starts together: forty browsers in one minute work.
    for (int i = 0; i < 40; ++i) {
        Browser pupil(app, "198.51.100.7");
        ASSERT_FALSE(Begin(pupil, open).empty()) << "browser " << i;
    }
    // A script that starts afresh without cookies is stopped, with a Dutch explanation.
    Browser script(app, "198.51.100.7");
    script.Get(open);
    auto refused = script.Post(open, {});
    EXPECT_EQ(refused.status, 429);
    EXPECT_NE(refused.body.find("Wacht een paar minuten"), std::string::npos);
    EXPECT_EQ(refused.Header("Retry-After"), "60");
    // Nobody else is affected, and a minute later the same network may start again.
    Browser elsewhere(app, "203.0.113.5");
    EXPECT_FALSE(Begin(elsewhere, open).empty());
    app.clock().Advance(61);
    Browser later(app, "198.51.100.7");
    EXPECT_FALSE(Begin(later, open).empty());
    // Over an hour the total is capped too.
    int started = 41;
    for (int minute = 0; minute < 10 && started < 300; ++minute) {
        app.clock().Advance(61);
        for (int i = 0; i < 40 && started < 300; ++i, ++started) {
            Browser pupil(app, "198.51.100.7");
            ASSERT_FALSE(Begin(pupil, open).empty()) << "response " << started;
        }
    }
    app.clock().Advance(61);
    Browser over(app, "198.51.100.7");
    over.Get(open);
    EXPECT_EQ(over.Post(open, {}).status, 429);
}

}  // namespace
}  // namespace koers::web
