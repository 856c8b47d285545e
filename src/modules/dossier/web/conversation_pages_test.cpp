// The conversation around a loopbaandossier through the router: the mentor and the student
// react on an entry (mistakes answered in Dutch with the text kept, a limit per entry, never on
// an entry through another student's URL), and the student asks for a gesprek: the mentor is
// told by mail without what the student wrote, sees it on the dossier and the group overview,
// and recording the gesprek answers it.
#include <gtest/gtest.h>

#include "modules/dossier/core/conversation.hpp"
#include "modules/dossier/web/dossier_pages_test_support.hpp"
#include "platform/storage/outbox_repo.hpp"

namespace koers::web {
namespace {

using dossier_testing::Contains;
using dossier_testing::DossierPages;
using testing::Browser;
using testing::TodoLists;

class Conversation : public DossierPages {
protected:
    void SetUp() override {
        DossierPages::SetUp();
        ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
        entry = dossiers().Entries(own).back().id;  // the demo's first ervaring
        path = base + "/" + std::to_string(entry);
    }
    Browser mentor{app};
    int64_t entry = 0;
    std::string path;
};

TEST_F(Conversation, TheMentorReactsTheStudentAnswersAndBothReadIt) {
    auto res = mentor.Get(path);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Uw reactie aan de leerling"));
    res = mentor.Post(path + "/reageren",
                      {{"reactie", "Mooi dat je bent gaan kijken.\nWat viel je op?"}});
    ASSERT_EQ(res.status, 303);
    EXPECT_EQ(res.Header("Location"), path + "#reacties");

    res = student.Get(path);
    EXPECT_TRUE(Contains(res.body, "Mooi dat je bent gaan kijken.\nWat viel je op?"));
    EXPECT_TRUE(Contains(res.body, "(mentor van groep H4A)"));
    EXPECT_TRUE(Contains(res.body, "Je reactie"));
    ASSERT_EQ(student.Post(path + "/reageren", {{"reactie", "De praktijklokalen!"}}).status, 303);
    res = mentor.Get(path);
    EXPECT_TRUE(Contains(res.body, "De praktijklokalen!"));
    EXPECT_TRUE(Contains(res.body, "(leerling)"));
    EXPECT_TRUE(Contains(student.Get(base).body, "2 reacties"));
    // The decaan reacts too; the student reads who.
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    ASSERT_EQ(decaan.Post(path + "/reageren", {{"reactie", "Goed bezig."}}).status, 303);
    EXPECT_TRUE(Contains(student.Get(path).body, "(LOB-coördinator/decaan)"));
    EXPECT_EQ(conversation().Comments(own, entry).size(), 3u);
}

TEST_F(Conversation, AWrongReactionIsExplainedInDutchAndKeepsWhatWasTyped) {
    auto res = student.Post(path + "/reageren", {{"reactie", "   "}});
    ASSERT_EQ(res.status, 400);
    EXPECT_TRUE(Contains(res.body, "Vul “Je reactie” in."));
    const std::string long_text(core::kMaxTextLength + 1, 'x');
    res = mentor.Post(path + "/reageren", {{"reactie", long_text}});
    ASSERT_EQ(res.status, 400);
    EXPECT_TRUE(Contains(res.body, "is te lang"));
    EXPECT_TRUE(Contains(res.body, long_text)) << "the text is kept";
    res = mentor.Post(path + "/reageren", {{"reactie", std::string("Bel\x07me")}});
    EXPECT_EQ(res.status, 400);
    EXPECT_TRUE(conversation().Comments(own, entry).empty());
}

TEST_F(Conversation, ReactionsStopAtTheLimitAndNeverReachAnotherStudentsEntry) {
    for (int i = 0; i < core::kMaxCommentsPerEntry; ++i)
        ASSERT_TRUE(conversation().Comment(own, entry, {std::nullopt, "Lotte"}, "", "Hoi", 1,
                                           core::kMaxCommentsPerEntry));
    auto res = student.Post(path + "/reageren", {{"reactie", "Nog een"}});
    EXPECT_EQ(res.status, 409);
    EXPECT_TRUE(Contains(res.body, "Praat verder met je mentor"));
    // An entry of a classmate, reached through Lotte's dossier URL, is not there.
    const auto classmates = app.services().students.InGroup(GroupId("H4A"));
    int64_t other_entry = 0;
    for (const auto& s : classmates)
        if (s.id != own)
            for (const auto& e : dossiers().Entries(s.id)) other_entry = e.id;
    ASSERT_GT(other_entry, 0);
    EXPECT_EQ(
        mentor.Post(base + "/" + std::to_string(other_entry) + "/reageren", {{"reactie", "Hoi"}})
            .status,
        404);
}

TEST_F(Conversation, TheStudentAsksForAGesprekAndRecordingOneAnswersIt) {
    auto res = student.Get(base);
    EXPECT_TRUE(Contains(res.body, "Wil je een gesprek met je mentor?"));
    auto& outbox = app.services().outbox;
    const size_t mails = outbox.Recent(1000).size();
    res = student.Post(base + "/gesprek-vragen", {{"onderwerp", "Twijfel over mijn profiel"}});
    ASSERT_EQ(res.status, 303);
    const auto sent = outbox.Recent(1000);
    ASSERT_EQ(sent.size(), mails + 1);
    EXPECT_EQ(sent.front().to, "mentor@demo.koers.nl");
    EXPECT_TRUE(Contains(sent.front().body, "Lotte Leerling uit groep H4A"));
    EXPECT_TRUE(Contains(sent.front().body, base));
    EXPECT_FALSE(Contains(sent.front().body, "Twijfel")) << "what the student wrote stays in Koers";
    res = student.Get(base);
    EXPECT_TRUE(Contains(res.body, "Je hebt op "));
    EXPECT_TRUE(Contains(res.body, "Twijfel over mijn profiel"));
    EXPECT_FALSE(Contains(res.body, "Wil je een gesprek met je mentor?"));
    // Once is enough until the gesprek: no second mail.
    res = student.Post(base + "/gesprek-vragen", {{"onderwerp", "Nog een keer"}});
    EXPECT_EQ(res.status, 409);
    EXPECT_TRUE(Contains(res.body, "Je hebt al om een gesprek gevraagd"));
    EXPECT_EQ(outbox.Recent(1000).size(), mails + 1);
    // Only the student asks.
    EXPECT_EQ(mentor.Post(base + "/gesprek-vragen", {}).status, 403);

    // The mentor sees it on the dossier and the group overview.
    EXPECT_TRUE(Contains(mentor.Get(base).body, "vroeg op "));
    const std::string group =
        "/scholen/" + std::to_string(school) + "/groepen/" + std::to_string(GroupId("H4A"));
    res = mentor.Get(group);
    EXPECT_TRUE(Contains(res.body, "1 leerling vraagt om een loopbaangesprek."));
    EXPECT_TRUE(Contains(res.body, "gevraagd op "));
    ASSERT_EQ(
        mentor.Post(base + "/gesprek", {{"datum", "2026-12-01"}, {"terugblik", "Profiel"}}).status,
        303);
    EXPECT_FALSE(Contains(mentor.Get(group).body, "vraagt om een loopbaangesprek"));
    EXPECT_FALSE(conversation().OpenRequest(own));
    EXPECT_TRUE(Contains(student.Get(base).body, "Wil je een gesprek met je mentor?"));
}

TEST_F(Conversation, TheStudentTicksOffAgreedActionsAndTheMentorSeesWhatIsOpen) {
    ASSERT_EQ(mentor
                  .Post(base + "/gesprek",
                        {{"datum", "2026-11-20"},
                         {"terugblik", "Snuffelstage."},
                         {"actie", "Open dag Horizon bezoeken\nTante bellen over haar werk"}})
                  .status,
              303);
    const int64_t talk = dossiers().Entries(own).front().id;
    const std::string group =
        "/scholen/" + std::to_string(school) + "/groepen/" + std::to_string(GroupId("H4A"));
    EXPECT_TRUE(
        Contains(mentor.Get(group).body, "1 hebben afspraken uit een gesprek nog niet afgerond"));
    auto res = student.Get(base);
    EXPECT_TRUE(Contains(res.body, "Tante bellen over haar werk <span class=\"koers-muted\">"));
    EXPECT_TRUE(Contains(res.body, "nog te doen"));
    const Pairs tick = {{"gesprek", std::to_string(talk)},
                        {"actie", "Tante bellen over haar werk"},
                        {"klaar", "ja"}};
    res = student.Post(base + "/afspraken", tick);
    ASSERT_EQ(res.status, 303);
    EXPECT_EQ(res.Header("Location"), base + "#afspraken");
    EXPECT_EQ(student.Post(base + "/afspraken", tick).status, 303) << "a second click is fine";
    ASSERT_EQ(conversation().ActionsDone(own).size(), 1u);
    res = student.Get(base);
    EXPECT_TRUE(Contains(res.body, "gedaan op"));
    EXPECT_TRUE(Contains(res.body, "Toch nog niet"));
    // The mentor sees what is done and what is open, but ticks nothing off for the student.
    EXPECT_TRUE(Contains(mentor.Get(base).body, "gedaan op"));
    EXPECT_EQ(mentor.Post(base + "/afspraken", tick).status, 403);
    Pairs other = tick;
    other[1].second = "Iets wat niet is afgesproken";
    res = student.Post(base + "/afspraken", other);
    EXPECT_EQ(res.status, 409);
    EXPECT_TRUE(Contains(res.body, "Deze afspraak staat niet (meer) in het gesprek"));
    other = tick;
    other[2].second = "misschien";
    EXPECT_EQ(student.Post(base + "/afspraken", other).status, 400);
    // A gesprek of a classmate is not the student's to tick off.
    const auto classmate = app.services().students.InGroup(GroupId("H4A")).back();
    const std::string theirs = "/scholen/" + std::to_string(school) + "/leerlingen/" +
                               std::to_string(classmate.id) + "/dossier";
    ASSERT_EQ(mentor
                  .Post(theirs + "/gesprek",
                        {{"datum", "2026-11-20"}, {"actie", "Tante bellen over haar werk"}})
                  .status,
              303);
    other = tick;
    other[0].second = std::to_string(dossiers().Entries(classmate.id).front().id);
    EXPECT_EQ(student.Post(base + "/afspraken", other).status, 409);
    EXPECT_EQ(student.Post(theirs + "/afspraken", other).status, 403);
    EXPECT_TRUE(conversation().ActionsDone(classmate.id).empty());
    // Back on the list.
    other = tick;
    other[2].second = "nee";
    ASSERT_EQ(student.Post(base + "/afspraken", other).status, 303);
    EXPECT_TRUE(conversation().ActionsDone(own).empty());
}

// The mentor's dashboard says how many of a group wait for a gesprek and how many wrote nothing
// for six weeks, linked to the group and never by name; the request turns late after two weeks,
// the gesprek answers it and writing ends the quiet. The decaan, no mentor, gets neither.
TEST_F(Conversation, TheMentorsDashboardCountsRequestsAndQuietDossiers) {
    const std::string group =
        "/scholen/" + std::to_string(school) + "/groepen/" + std::to_string(GroupId("H4A"));
    auto todos = [&] { return TodoLists(mentor.Get("/dashboard").body); };
    std::string t = todos();
    EXPECT_FALSE(Contains(t, "loopbaangesprek")) << t;
    EXPECT_FALSE(Contains(t, "zes weken niets"))
        << "Lotte wrote lately; the others have no account";
    ASSERT_EQ(student.Post(base + "/gesprek-vragen", {{"onderwerp", "Profiel"}}).status, 303);
    t = todos();
    EXPECT_TRUE(Contains(t, "1 leerling van H4A vraagt om een loopbaangesprek")) << t;
    EXPECT_TRUE(Contains(t, "href=\"" + group + "\""));
    EXPECT_FALSE(Contains(t, "Lotte")) << "counted, never named";
    EXPECT_FALSE(Contains(t, "koers-todo--late"));
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    EXPECT_FALSE(Contains(TodoLists(decaan.Get("/dashboard").body), "van H4A"));

    app.clock().AdvanceMillis(int64_t{49} * 86400 * 1000);  // seven weeks on
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    ASSERT_TRUE(student.SignIn("leerling@demo.koers.nl"));
    t = todos();
    EXPECT_TRUE(Contains(t, "koers-todo--late")) << t;
    EXPECT_TRUE(Contains(t, "1 leerling van H4A schreef zes weken niets in het loopbaandossier"))
        << t;
    ASSERT_EQ(
        mentor.Post(base + "/gesprek", {{"datum", "2026-11-01"}, {"terugblik", "Profiel"}}).status,
        303);
    ASSERT_EQ(student
                  .Post(base + "/nieuw/ervaring", {{"soort", "meeloopdag"},
                                                   {"titel", "Meeloopdag bakkerij"},
                                                   {"competenties", "werk"}})
                  .status,
              303);
    t = todos();
    EXPECT_FALSE(Contains(t, "loopbaangesprek")) << t;
    EXPECT_FALSE(Contains(t, "zes weken niets")) << t;
}

// A request no mentor would hear of goes to the school's decanen: by mail, saying why, and on the
// decaan's dashboard, per group without a mentor (linked to the group) or for a leerling without
// a group (linked to the dossier). Recording the gesprek takes it off the list.
TEST_F(Conversation, ARequestNoMentorHearsOfGoesToTheDecanen) {
    const int64_t h4a = GroupId("H4A");
    app.services().students.SetMentors(h4a, {});
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    auto todos = [&] { return TodoLists(decaan.Get("/dashboard").body); };
    EXPECT_FALSE(Contains(todos(), "loopbaangesprek"));
    auto& outbox = app.services().outbox;
    const size_t before = outbox.Recent(1000).size();
    ASSERT_EQ(student.Post(base + "/gesprek-vragen", {{"onderwerp", "Profiel"}}).status, 303);
    const auto sent = outbox.Recent(1000);
    ASSERT_GT(sent.size(), before);
    bool to_decaan = false;
    for (size_t i = 0; i < sent.size() - before; ++i) {
        EXPECT_NE(sent[i].to, "mentor@demo.koers.nl");
        to_decaan = to_decaan || sent[i].to == "decaan@demo.koers.nl";
        EXPECT_TRUE(Contains(sent[i].body, "zit in groep H4A, die in Koers geen mentor heeft"))
            << sent[i].body;
        EXPECT_FALSE(Contains(sent[i].body, "Profiel")) << "what the student wrote stays in Koers";
    }
    EXPECT_TRUE(to_decaan);
    std::string t = todos();
    EXPECT_TRUE(
        Contains(t, "1 leerling van H4A vraagt om een loopbaangesprek; de groep heeft geen mentor"))
        << t;
    EXPECT_TRUE(Contains(
        t, "href=\"/scholen/" + std::to_string(school) + "/groepen/" + std::to_string(h4a) + "\""));
    EXPECT_FALSE(Contains(t, "Lotte")) << "counted, never named";

    app.db().With([&](storage::Connection& c) {
        c.Execute("UPDATE students SET group_id = NULL WHERE id = ?", {own});
    });
    t = todos();
    EXPECT_TRUE(Contains(t, "Een leerling zonder groep vraagt om een loopbaangesprek")) << t;
    EXPECT_TRUE(Contains(t, "href=\"" + base + "\"")) << t;
    EXPECT_FALSE(Contains(t, "van H4A")) << t;

    ASSERT_EQ(
        decaan.Post(base + "/gesprek", {{"datum", "2026-09-20"}, {"terugblik", "Profiel"}}).status,
        303);
    EXPECT_FALSE(Contains(todos(), "loopbaangesprek"));
}

}  // namespace
}  // namespace koers::web
