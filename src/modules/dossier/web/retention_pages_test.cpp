// Keeping and erasing loopbaandossiers: the housekeeping warns a leaver once, a month before the
// school's term ends, and then erases the dossier completely, saying so in the audit log; the
// school sets its term; the student, or a parent while the student is under 16, erases the
// dossier after confirming, and nobody else can.
#include <gtest/gtest.h>

#include "modules/dossier/core/retention.hpp"
#include "modules/dossier/web/dossier_pages_test_support.hpp"
#include "modules/dossier/web/retention_job.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/storage/student_repo.hpp"

namespace koers::web {
namespace {

using dossier_testing::Contains;
using dossier_testing::DossierPages;
using testing::Browser;

class Retention : public DossierPages {
protected:
    // A classmate of Lotte with a dossier, who left `ago` seconds before now.
    storage::StudentRecord Leaver(int64_t ago) {
        auto& s = app.services();
        for (auto student : s.students.InGroup(GroupId("H4A"))) {
            if (student.id == own || dossiers().Entries(student.id).empty()) continue;
            student.left_at = app.clock().Now() - ago;
            s.students.Update(student);
            return student;
        }
        ADD_FAILURE() << "no classmate with a dossier";
        return {};
    }
    size_t Mails() { return app.services().outbox.Recent(100000).size(); }
};

TEST_F(Retention, ALeaverIsWarnedOnceAndTheDossierIsErasedAtTheEndOfTheTerm) {
    const int64_t two_years = core::RetentionFor(0, 2).erase_at;
    const auto leaver = Leaver(two_years - 10 * 86400);  // ten days before the end
    const auto recent = Leaver(86400);                   // left yesterday
    const size_t mails = Mails();
    KeepDossierRetention(app.services());
    ASSERT_EQ(Mails(), mails + 1);
    const auto mail = app.services().outbox.Recent(1).front();
    EXPECT_EQ(mail.to, app.services().users.ById(leaver.user_id)->email);
    EXPECT_TRUE(
        Contains(mail.body, "/leerlingen/" + std::to_string(leaver.id) + "/dossier/meenemen"));
    EXPECT_TRUE(Contains(mail.subject, "wordt gewist"));
    KeepDossierRetention(app.services());
    EXPECT_EQ(Mails(), mails + 1) << "warned once";
    EXPECT_FALSE(dossiers().Entries(leaver.id).empty()) << "kept until the end of the term";

    app.clock().Advance(11 * 86400);
    KeepDossierRetention(app.services());
    EXPECT_TRUE(dossiers().Entries(leaver.id).empty());
    EXPECT_TRUE(dossiers().Looks(leaver.id, 10).empty());
    const auto audit = app.services().audit.Recent(1).front();
    EXPECT_EQ(audit.action, "dossier.erased");
    EXPECT_TRUE(Contains(audit.detail, "bewaartermijn verstreken"));
    // With the dossier the enrolment goes, and the account that only it held (decision 0049).
    EXPECT_FALSE(app.services().students.Student(leaver.id));
    EXPECT_FALSE(app.services().users.ById(leaver.user_id));
    EXPECT_TRUE(Contains(audit.detail, "het account van de leerling is gewist")) << audit.detail;
    EXPECT_FALSE(Contains(audit.detail, leaver.name)) << "nobody's name in the log";
    EXPECT_FALSE(dossiers().Entries(recent.id).empty());
    EXPECT_TRUE(app.services().students.Student(recent.id));
    EXPECT_FALSE(dossiers().Entries(own).empty()) << "a current student is never touched";

    // A school that keeps dossiers five years has not reached the end yet.
    DossierOf(app.services()).retention.SetYears(school, 5);
    const auto longer = Leaver(two_years + 86400);
    KeepDossierRetention(app.services());
    EXPECT_FALSE(dossiers().Entries(longer.id).empty());
}

// A leaver whose dossier holds nothing gets no mail (there is nothing to download), and the
// enrolment is forgotten at the end of the term all the same.
TEST_F(Retention, AnEmptyDossiersEnrolmentIsForgottenAtTheEndOfTheTermToo) {
    auto& s = app.services();
    std::optional<storage::StudentRecord> empty;
    for (auto student : s.students.InGroup(GroupId("H4A")))
        if (student.id != own && dossiers().Entries(student.id).empty() &&
            dossiers().Looks(student.id, 1).empty())
            empty = student;
    ASSERT_TRUE(empty) << "a classmate without a dossier";
    const int64_t two_years = core::RetentionFor(0, 2).erase_at;
    empty->left_at = app.clock().Now() - two_years + 10 * 86400;
    s.students.Update(*empty);
    const size_t mails = Mails();
    KeepDossierRetention(s);
    EXPECT_EQ(Mails(), mails) << "no warning about an empty dossier";
    EXPECT_TRUE(s.students.Student(empty->id));
    app.clock().Advance(11 * 86400);
    KeepDossierRetention(s);
    EXPECT_FALSE(s.students.Student(empty->id));
    EXPECT_TRUE(Contains(s.audit.Recent(1).front().detail, "(0 stukken)"));
}

TEST_F(Retention, TheSchoolSetsItsTerm) {
    const std::string path =
        "/scholen/" + std::to_string(school) + "/loopbaandossiers/bewaartermijn";
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    auto res = decaan.Get(path);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "<option value=\"2\" selected>2 jaar</option>"));
    EXPECT_EQ(decaan.Post(path, {{"jaren", "4"}}).status, 303);
    EXPECT_EQ(DossierOf(app.services()).retention.Years(school), 4);
    for (const char* bad : {"11", "0", "twee", ""})
        EXPECT_EQ(decaan.Post(path, {{"jaren", bad}}).status, 400) << bad;
    EXPECT_EQ(DossierOf(app.services()).retention.Years(school), 4);
    Browser mentor(app);
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    EXPECT_EQ(mentor.Post(path, {{"jaren", "1"}}).status, 403);
}

TEST_F(Retention, TheStudentErasesTheirDossierAfterConfirmingAndNobodyElseCan) {
    Browser mentor(app);
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    EXPECT_EQ(mentor.Get(base + "/wissen").status, 403);
    EXPECT_EQ(mentor.Post(base + "/wissen", {{"zeker", "ja"}}).status, 403);
    ASSERT_EQ(mentor.Get(base).status, 200);  // a look, logged
    auto res = student.Get(base + "/wissen");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Download het eerst."));
    res = student.Post(base + "/wissen", {});
    EXPECT_EQ(res.status, 400);
    EXPECT_TRUE(Contains(res.body, "Vink aan dat je zeker weet"));
    EXPECT_FALSE(dossiers().Entries(own).empty());
    ASSERT_EQ(student.Post(base + "/wissen", {{"zeker", "ja"}}).status, 303);
    EXPECT_TRUE(dossiers().Entries(own).empty());
    EXPECT_TRUE(dossiers().Looks(own, 10).empty());
    EXPECT_TRUE(Contains(student.Get(base).body, "Je dossier is gewist."));
    EXPECT_EQ(app.services().audit.Recent(1).front().action, "dossier.erased");
}

TEST_F(Retention, AParentErasesOnlyWhileTheChildIsUnder16) {
    Browser parent(app);
    ASSERT_TRUE(parent.SignIn("ouder@demo.koers.nl"));
    const std::string lotte = base.substr(0, base.size() - std::string("/dossier").size());
    EXPECT_EQ(parent.Get(lotte + "/ouders/wissen").status, 403) << "Lotte is 16";
    EXPECT_EQ(parent.Post(lotte + "/ouders/wissen", {{"zeker", "ja"}}).status, 403);
    EXPECT_FALSE(dossiers().Entries(own).empty());
    int64_t younger = 0;
    for (const auto& s : app.services().students.ChildrenAt(
             app.services().users.ByEmail("ouder@demo.koers.nl")->id, school))
        if (s.id != own) younger = s.id;
    ASSERT_GT(younger, 0);
    dossiers().Add(younger, core::EntryKind::kKeuze, {{"soort", "doel"}, {"titel", "Iets"}},
                   {std::nullopt, "Kind"}, app.clock().Now());
    const std::string child =
        "/scholen/" + std::to_string(school) + "/leerlingen/" + std::to_string(younger);
    EXPECT_TRUE(Contains(parent.Get(child + "/ouders").body, "Dossier wissen"));
    auto res = parent.Get(child + "/ouders/wissen");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Bespreek het eerst met uw kind."));
    ASSERT_EQ(parent.Post(child + "/ouders/wissen", {{"zeker", "ja"}}).status, 303);
    EXPECT_TRUE(dossiers().Entries(younger).empty());
    // Another child's dossier is not theirs to erase.
    EXPECT_EQ(student.Post(child + "/ouders/wissen", {{"zeker", "ja"}}).status, 403);
}

// A leaver finds the dossier Koers still keeps from the dashboard's way in, and reads until
// when it is kept, with the way to download it: for a leaver without an e-mail address (a
// sign-in name from an activation code) this is the only warning there is. Staff read it too;
// a dossier already erased is not found, and a current student reads no such notice.
TEST_F(Retention, ALeaverFindsTheirDossierAndReadsUntilWhenItIsKept) {
    const auto mine = "/scholen/" + std::to_string(school) + "/mijn-dossier";
    EXPECT_EQ(student.Get(mine).status, 303);
    EXPECT_FALSE(Contains(student.Get(base).body, "Koers bewaart je dossier nog tot"));

    auto& s = app.services();
    auto me = *s.students.Student(own);
    me.left_at = app.clock().Now() - 86400;
    s.students.Update(me);
    const auto in = student.Get(mine);
    ASSERT_EQ(in.status, 303) << "not the page that says there is no dossier";
    EXPECT_EQ(in.Header("Location").value_or(""), base);
    const auto erase_at = core::RetentionFor(*me.left_at, 2).erase_at;
    const auto page = student.Get(base);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(Contains(page.body,
                         "Je zit niet meer op Veldzicht College. Koers bewaart je "
                         "dossier nog tot " +
                             core::FormatDateLong(erase_at)))
        << page.body;
    EXPECT_TRUE(Contains(page.body, base + "/meenemen\">Download het"));

    // The school's term counts: five years is said as five years.
    DossierOf(s).retention.SetYears(school, 5);
    EXPECT_TRUE(Contains(student.Get(base).body,
                         core::FormatDateLong(core::RetentionFor(*me.left_at, 5).erase_at)));
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    EXPECT_TRUE(
        Contains(decaan.Get(base).body, "niet meer op school. Koers bewaart het dossier tot"));

    // Erased: nothing is kept, so nothing is found.
    DossierOf(s).retention.Erase(own, app.clock().Now());
    const auto none = student.Get(mine);
    EXPECT_EQ(none.status, 200);
    EXPECT_TRUE(Contains(none.body, "niet meer op deze school"));
}

}  // namespace
}  // namespace koers::web
