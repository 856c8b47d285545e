// Importing a school's student list through the router (no socket): a file with mistakes shows
// them all and changes nothing; the corrected file creates students, groups and mentors; the
// same file again changes nothing; a shorter one marks leavers; the last import is undone; a
// BSN column is refused before anything is stored; a replayed post applies nothing twice.
#include <gtest/gtest.h>

#include <algorithm>

#include "modules/roster/web/roster_parts.hpp"
#include "platform/core/demo/demo_data.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "platform/web/auth/crypto.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::TestApp;

using testing::Contains;

constexpr const char* kHeader =
    "Stamnummer;Roepnaam;Tussenvoegsel;Achternaam;E-mailadres;Geboortedatum;Leerweg;Leerjaar;"
    "Stamgroep;Mentor\n";

// De Linden (14LD) has no students yet; its decaan and a mentor are made here.
class RosterPages : public ::testing::Test {
protected:
    void SetUp() override {
        school = app.SchoolId("14LD");
        base = "/scholen/" + std::to_string(school) + "/leerlingen";
        auto& users = app.services().users;
        const auto hash = auth::HashPassword(core::kDemoPassword);
        const int64_t decaan_id = users.Add("decaan@linden.example", "Lies Linden", hash, 1);
        users.AddMembership(decaan_id, core::Role::kDecaan, school, std::nullopt, 1);
        mentor = users.Add("mentor@linden.example", "Mo Linden", std::nullopt, 1);
        users.AddMembership(mentor, core::Role::kMentor, school, std::nullopt, 1);
        ASSERT_TRUE(decaan.SignIn("decaan@linden.example"));
    }
    // Uploads `csv` and returns the preview's path (or "" when the upload was refused).
    std::string Upload(const std::string& csv, int expect = 303) {
        auto res = decaan.Upload(base + "/importeren", "bestand", "export.csv", csv);
        EXPECT_EQ(res.status, expect) << res.body.substr(0, 2000);
        return std::string(res.Header("Location").value_or(""));
    }
    std::vector<storage::StudentRecord> Students() {
        return app.services().students.OfSchool(school);
    }

    TestApp app;
    Browser decaan{app};
    int64_t school = 0, mentor = 0;
    std::string base;
};

TEST_F(RosterPages, AFileWithMistakesShowsThemAllAndChangesNothing) {
    const std::string preview = Upload(std::string(kHeader) +
                                       "501;Sem;;Bakker;sem@linden.example;14-03-2012;kader;2;"
                                       "2K1;mentor@linden.example\n"
                                       "502;Noor;;Yilmaz;;31-02-2012;kader;2;2K1;\n"
                                       "503;Ezra;;Smit;ezra@linden.example;01-05-2012;kader;2;2K2;"
                                       "onbekend@linden.example\n"
                                       "5.04;Ivo;;Bos;;01-05-2012;kader;2;2K2;\n");
    ASSERT_FALSE(preview.empty());
    auto res = decaan.Get(preview);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "3 regels kloppen niet."));
    EXPECT_FALSE(Contains(res.body, "Let op:"));
    // Without e-mail the leerlingnummer makes the sign-in name: "5.04" cannot.
    EXPECT_TRUE(Contains(res.body, "dit leerlingnummer heeft tekens die daar niet in passen"));
    EXPECT_TRUE(Contains(res.body, "Geboortedatum “31-02-2012”"));
    EXPECT_TRUE(Contains(res.body, "Mentor onbekend@linden.example is geen medewerker"));
    EXPECT_FALSE(Contains(res.body, ">Verwerken<"));
    EXPECT_EQ(decaan.Post(preview + "/verwerken", {}).status, 409);
    EXPECT_TRUE(Students().empty());
}

TEST_F(RosterPages, ImportReimportLeaversAndUndo) {
    const std::string rows =
        "501;Sem;;Bakker;sem@linden.example;14-03-2012;kader;2;2K1;mentor@linden.example\n"
        "502;Noor;;Yilmaz;noor@linden.example;02-11-2011;kader;3;3K1;mentor@linden.example\n"
        "503;Ezra;van;Smit;ezra@linden.example;01-05-2012;basis;2;2B1;\n";
    std::string preview = Upload(kHeader + rows);
    auto res = decaan.Get(preview);
    EXPECT_TRUE(Contains(res.body, "3 nieuw, 0 gewijzigd, 0 vertrokken, 0 ongewijzigd"));
    ASSERT_EQ(decaan.Post(preview + "/verwerken", {}).status, 303);
    // A replayed post (a second click, the back button) applies nothing twice.
    EXPECT_EQ(decaan.Post(preview + "/verwerken", {}).status, 409);
    auto students = Students();
    ASSERT_EQ(students.size(), 3u);
    EXPECT_EQ(students[2].name, "Ezra van Smit");
    EXPECT_EQ(students[2].group_name, "2B1");
    EXPECT_EQ(students[0].birth_date, "2012-03-14");
    const auto groups = app.services().students.Groups(school);
    ASSERT_EQ(groups.size(), 3u);
    EXPECT_EQ(groups[0].mentors, "");  // 2B1
    EXPECT_EQ(groups[1].mentors, "Mo Linden");
    // The mentor now reaches the groups: their principal holds them.
    EXPECT_EQ(app.services().users.LoadPrincipal(mentor)->mentor_groups.size(), 2u);

    // The same file again: nothing changes.
    preview = Upload(kHeader + rows);
    res = decaan.Get(preview);
    EXPECT_TRUE(Contains(res.body, "0 nieuw, 0 gewijzigd, 0 vertrokken, 3 ongewijzigd"));
    ASSERT_EQ(decaan.Post(preview + "/verwerken", {}).status, 303);

    // Next year: Sem moves up, Noor left, Ezra stays.
    preview = Upload(std::string(kHeader) +
                     "501;Sem;;Bakker;sem@linden.example;14-03-2012;kader;3;3K1;"
                     "mentor@linden.example\n"
                     "503;Ezra;van;Smit;ezra@linden.example;01-05-2012;basis;2;2B1;\n");
    res = decaan.Get(preview);
    EXPECT_TRUE(Contains(res.body, "leerjaar 2 → 3; groep 2K1 → 3K1"));
    EXPECT_TRUE(Contains(res.body, "Noor Yilmaz (502, 3K1)"));
    ASSERT_EQ(decaan.Post(preview + "/verwerken", {}).status, 303);
    students = Students();
    EXPECT_EQ(students[0].group_name, "3K1");
    ASSERT_TRUE(students[1].left_at.has_value()) << "Noor is marked, not deleted";

    // Undo the last import: Sem is back in 2K1, Noor is back on the list.
    auto page = decaan.Get(base + "/importeren");
    ASSERT_TRUE(Contains(page.body, preview + "/terugdraaien"));
    ASSERT_EQ(decaan.Post(preview + "/terugdraaien", {}).status, 303);
    students = Students();
    EXPECT_EQ(students[0].group_name, "2K1");
    EXPECT_EQ(students[0].leerjaar, 2);
    EXPECT_FALSE(students[1].left_at.has_value());
    EXPECT_EQ(decaan.Post(preview + "/terugdraaien", {}).status, 409) << "only once";
}

TEST_F(RosterPages, UndoingTheFirstImportRemovesTheAccountsItMade) {
    const std::string preview = Upload(std::string(kHeader) +
                                       "501;Sem;;Bakker;sem@linden.example;14-03-2012;kader;2;"
                                       "2K1;\n");
    ASSERT_EQ(decaan.Post(preview + "/verwerken", {}).status, 303);
    ASSERT_TRUE(app.services().users.ByEmail("sem@linden.example"));
    ASSERT_EQ(decaan.Post(preview + "/terugdraaien", {}).status, 303);
    EXPECT_FALSE(app.services().users.ByEmail("sem@linden.example"));
    EXPECT_TRUE(Students().empty());
}

TEST_F(RosterPages, ABsnColumnIsRefusedAndNothingOfTheFileIsKept) {
    const std::string csv =
        "llnr;naam;bsn;geboortedatum;leerjaar;klas\n1;Sem;111222333;14-03-2012;2;2K1\n";
    Upload(csv, 422);
    auto page = decaan.Get(base + "/importeren");
    EXPECT_FALSE(Contains(page.body, "Eerdere imports"));
    auto res = decaan.Upload(base + "/importeren", "bestand", "export.csv", csv);
    EXPECT_TRUE(Contains(res.body, "BSN of onderwijsnummer mag niet"));
    EXPECT_EQ(RosterOf(app.services())
                  .imports.OfSchool(school, storage::ImportKind::kStudents, 10)
                  .size(),
              0u);
    // An empty upload and a file that is not CSV at all get a Dutch answer too.
    EXPECT_EQ(decaan.Upload(base + "/importeren", "bestand", "leeg.csv", "").status, 400);
    res = decaan.Upload(base + "/importeren", "bestand", "foto.png", "\x89PNG\r\n\x1a\n\x01\x02");
    EXPECT_EQ(res.status, 422);
}

TEST_F(RosterPages, ImportedStudentsAreInvitedOnceInTheirOwnWords) {
    const std::string preview = Upload(std::string(kHeader) +
                                       "501;Sem;;Bakker;sem@linden.example;14-03-2012;kader;2;"
                                       "2K1;\n"
                                       "502;Noor;;Yilmaz;noor@linden.example;02-11-2011;kader;3;"
                                       "3K1;\n");
    ASSERT_EQ(decaan.Post(preview + "/verwerken", {}).status, 303);
    auto page = decaan.Get(base);
    EXPECT_TRUE(
        Contains(page.body,
                 "2 leerlingen en 0 ouders of verzorgers hebben hun account nog niet geactiveerd"));
    auto& outbox = app.services().outbox;
    const size_t before = outbox.Recent(1000).size();
    ASSERT_EQ(decaan.Post(base + "/uitnodigen", {}).status, 303);
    const auto mails = outbox.Recent(1000);
    ASSERT_EQ(mails.size(), before + 2);
    EXPECT_EQ(mails.front().subject, "Je loopbaandossier in Koers");
    EXPECT_TRUE(Contains(mails.front().body, "Kies via deze link binnen een week je wachtwoord"));
    EXPECT_TRUE(Contains(mails.front().body, "/wachtwoord-instellen?soort=invite&code="));
    // A second click within the week sends nothing new.
    ASSERT_EQ(decaan.Post(base + "/uitnodigen", {}).status, 303);
    EXPECT_EQ(outbox.Recent(1000).size(), before + 2);
}

TEST_F(RosterPages, AnotherSchoolsImportIsNotFound) {
    const std::string preview = Upload(std::string(kHeader) +
                                       "501;Sem;;Bakker;sem@linden.example;14-03-2012;kader;2;"
                                       "2K1;\n");
    Browser other(app);
    ASSERT_TRUE(other.SignIn("decaan@demo.koers.nl"));
    const std::string id = preview.substr(preview.rfind('/') + 1);
    const std::string own =
        "/scholen/" + std::to_string(app.SchoolId("21VZ")) + "/leerlingen/importeren/" + id;
    EXPECT_EQ(other.Get(own).status, 404);
    EXPECT_EQ(other.Post(own + "/verwerken", {}).status, 404);
    EXPECT_EQ(other.Get(preview).status, 403);
}

TEST_F(RosterPages, ParentsOnTheListAreLinkedInvitedAndUndoneWithTheImport) {
    const std::string header =
        "Stamnummer;Roepnaam;Achternaam;E-mailadres;Geboortedatum;Leerweg;Leerjaar;Stamgroep;"
        "E-mail ouder 1;Naam ouder 1;E-mail ouder 2\n";
    // Mistakes first: a parent who is a student (in the file, or in Koers), a name without an
    // address.
    std::string preview = Upload(header +
                                 "501;Sem;Bakker;sem@linden.example;14-03-2012;kader;2;2K1;"
                                 "noor@linden.example;;\n"
                                 "502;Noor;Yilmaz;noor@linden.example;02-11-2011;kader;3;3K1;"
                                 "leerling@demo.koers.nl;;\n"
                                 "503;Ezra;Smit;ezra@linden.example;01-05-2012;basis;2;2B1;;Oma "
                                 "Smit;\n");
    auto res = decaan.Get(preview);
    EXPECT_TRUE(Contains(res.body, "3 regels kloppen niet."));
    EXPECT_TRUE(
        Contains(res.body, "E-mailadres noor@linden.example is ook van de leerling op regel 3."));
    EXPECT_TRUE(Contains(res.body, "hoort bij een leerling in Koers, niet bij een ouder"));
    EXPECT_TRUE(Contains(res.body, "heeft een naam maar geen e-mailadres"));

    const std::string rows =
        "501;Sem;Bakker;sem@linden.example;14-03-2012;kader;2;2K1;p.bakker@ouders.example;"
        "Piet Bakker;\n"
        "502;Noor;Yilmaz;noor@linden.example;02-11-2011;kader;3;3K1;y.yilmaz@ouders.example;;"
        "a.yilmaz@ouders.example\n"
        "503;Ezra;Smit;ezra@linden.example;01-05-2012;basis;2;2B1;decaan@linden.example;;\n";
    preview = Upload(header + rows);
    res = decaan.Get(preview);
    EXPECT_TRUE(Contains(res.body,
                         "3 nieuw, 0 gewijzigd, 0 vertrokken, 0 ongewijzigd, 4 ouders of "
                         "verzorgers gekoppeld"));
    EXPECT_TRUE(
        Contains(res.body, "ouder/verzorger p.bakker@ouders.example koppelen (nieuw account)"));
    EXPECT_TRUE(Contains(res.body, "ouder/verzorger decaan@linden.example koppelen<"));
    ASSERT_EQ(decaan.Post(preview + "/verwerken", {}).status, 303);
    const std::string applied = preview;
    auto& users = app.services().users;
    auto& students = app.services().students;
    const auto piet = users.ByEmail("p.bakker@ouders.example");
    ASSERT_TRUE(piet);
    EXPECT_EQ(piet->display_name, "Piet Bakker");
    EXPECT_EQ(users.ByEmail("a.yilmaz@ouders.example")->display_name,
              "Ouder/verzorger van Noor Yilmaz");
    const auto sem = users.ByEmail("sem@linden.example");
    EXPECT_EQ(students.ParentIds(sem->id), std::vector<int64_t>{piet->id});
    EXPECT_EQ(students.ParentIds(users.ByEmail("noor@linden.example")->id).size(), 2u);
    // Piet may now look at Sem's page for parents, by the age rules.
    ASSERT_EQ(users.LoadPrincipal(piet->id)->children, std::vector<int64_t>{sem->id});
    // A teacher who is also a parent keeps their role and becomes a parent too.
    const auto decaan_id = users.ByEmail("decaan@linden.example")->id;
    EXPECT_EQ(users.Memberships(decaan_id).size(), 2u);

    // The invitations: three students' and three parents' (the decaan has a password already).
    auto& outbox = app.services().outbox;
    const size_t before = outbox.Recent(1000).size();
    EXPECT_TRUE(Contains(decaan.Get(base).body, "3 leerlingen en 3 ouders of verzorgers"));
    ASSERT_EQ(decaan.Post(base + "/uitnodigen", {}).status, 303);
    const auto mails = outbox.Recent(1000);
    ASSERT_EQ(mails.size(), before + 6);
    int to_parents = 0;
    for (size_t i = 0; i < 6; ++i)
        if (mails[i].subject == "Meekijken met de loopbaanoriëntatie van uw kind") {
            ++to_parents;
            EXPECT_TRUE(
                Contains(mails[i].body, "Kies via deze link binnen een week een wachtwoord"));
        }
    EXPECT_EQ(to_parents, 3);

    // The same file again links nothing twice.
    preview = Upload(header + rows);
    EXPECT_TRUE(
        Contains(decaan.Get(preview).body, "0 nieuw, 0 gewijzigd, 0 vertrokken, 3 ongewijzigd."));

    // Undoing the import that made them takes the links and the unused accounts along; the
    // decaan stays, without the ouder role.
    ASSERT_EQ(decaan.Post(applied + "/terugdraaien", {}).status, 303);
    EXPECT_FALSE(users.ByEmail("p.bakker@ouders.example"));
    EXPECT_FALSE(users.ByEmail("a.yilmaz@ouders.example"));
    EXPECT_TRUE(users.ByEmail("decaan@linden.example"));
    EXPECT_EQ(users.Memberships(decaan_id).size(), 1u);
    EXPECT_TRUE(Students().empty());
}

TEST_F(RosterPages, UndoingAnImportGivesTheGroupsTheirMentorsBack) {
    auto& users = app.services().users;
    const int64_t other = users.Add("ander@linden.example", "An Linden", std::nullopt, 1);
    users.AddMembership(other, core::Role::kMentor, school, std::nullopt, 1);
    std::string preview = Upload(std::string(kHeader) +
                                 "501;Sem;;Bakker;sem@linden.example;14-03-2012;kader;2;2K1;"
                                 "mentor@linden.example\n");
    ASSERT_EQ(decaan.Post(preview + "/verwerken", {}).status, 303);
    const int64_t group = Students()[0].group_id.value();
    EXPECT_EQ(app.services().students.MentorIds(group), std::vector<int64_t>{mentor});
    preview = Upload(std::string(kHeader) +
                     "501;Sem;;Bakker;sem@linden.example;14-03-2012;kader;2;2K1;"
                     "ander@linden.example\n");
    ASSERT_EQ(decaan.Post(preview + "/verwerken", {}).status, 303);
    EXPECT_EQ(app.services().students.MentorIds(group), std::vector<int64_t>{other});
    ASSERT_EQ(decaan.Post(preview + "/terugdraaien", {}).status, 303);
    EXPECT_EQ(app.services().students.MentorIds(group), std::vector<int64_t>{mentor});
}

TEST_F(RosterPages, ASiblingsParentIsOneAccountAndUndoingTakesItBackWhole) {
    const std::string header =
        "Stamnummer;Roepnaam;Achternaam;E-mailadres;Geboortedatum;Leerweg;Leerjaar;Stamgroep;"
        "E-mail ouder 1\n";
    std::string preview = Upload(header +
                                 "501;Sem;Bakker;sem@linden.example;14-03-2012;kader;2;2K1;\n"
                                 "502;Mila;Bakker;mila@linden.example;02-11-2010;kader;4;4K1;\n");
    ASSERT_EQ(decaan.Post(preview + "/verwerken", {}).status, 303);
    // Next: their shared parent comes along on both rows.
    preview = Upload(header +
                     "501;Sem;Bakker;sem@linden.example;14-03-2012;kader;2;2K1;"
                     "ouder@bakker.example\n"
                     "502;Mila;Bakker;mila@linden.example;02-11-2010;kader;4;4K1;"
                     "ouder@bakker.example\n");
    EXPECT_TRUE(Contains(decaan.Get(preview).body,
                         "0 nieuw, 2 gewijzigd, 0 vertrokken, 0 ongewijzigd, "
                         "2 ouders of verzorgers gekoppeld"));
    ASSERT_EQ(decaan.Post(preview + "/verwerken", {}).status, 303);
    auto& users = app.services().users;
    const auto parent = users.ByEmail("ouder@bakker.example");
    ASSERT_TRUE(parent);
    EXPECT_EQ(users.LoadPrincipal(parent->id)->children.size(), 2u);
    EXPECT_EQ(users.Memberships(parent->id).size(), 1u) << "one ouder membership for both";
    ASSERT_EQ(decaan.Post(preview + "/terugdraaien", {}).status, 303);
    EXPECT_FALSE(users.ByEmail("ouder@bakker.example")) << "nothing of the parent is left";
    EXPECT_EQ(Students().size(), 2u) << "the children stay";
}

TEST_F(RosterPages, TheWaitingPageAsksHowFarApplyingIs) {
    const std::string preview = Upload(std::string(kHeader) +
                                       "501;Sem;;Bakker;sem@linden.example;14-03-2012;kader;2;"
                                       "2K1;mentor@linden.example\n");
    EXPECT_TRUE(Contains(decaan.Get(preview).body, "data-progress=\"" + preview + "/voortgang\""));
    auto res = decaan.Get(preview + "/voortgang");
    ASSERT_EQ(res.status, 200);
    EXPECT_EQ(res.content_type, "application/json");
    EXPECT_EQ(res.body, R"({"state":"waiting"})");
    const int64_t id = std::stoll(preview.substr(preview.rfind('/') + 1));
    auto& progress = RosterOf(app.services()).progress;
    progress.Set(id, {1200, 5000});  // as Apply tells it, while it runs
    EXPECT_EQ(decaan.Get(preview + "/voortgang").body,
              R"({"state":"busy","done":1200,"total":5000})");
    progress.Forget(id);
    ASSERT_EQ(decaan.Post(preview + "/verwerken", {}).status, 303);
    EXPECT_EQ(decaan.Get(preview + "/voortgang").body, R"({"state":"applied"})");
    EXPECT_FALSE(progress.Of(id)) << "forgotten once done";
    Browser mentor_browser{app, "192.0.2.20"};
    const auto hash = auth::HashPassword(core::kDemoPassword);
    app.services().users.SetPasswordHash(mentor, hash);
    ASSERT_TRUE(mentor_browser.SignIn("mentor@linden.example"));
    EXPECT_EQ(mentor_browser.Get(preview + "/voortgang").status, 403);
}

TEST_F(RosterPages, AParentTheListNoLongerNamesIsUnlinkedAndUndoBringsThemBack) {
    const std::string header =
        "Stamnummer;Roepnaam;Achternaam;E-mailadres;Geboortedatum;Leerweg;Leerjaar;Stamgroep;"
        "E-mail ouder 1;E-mail ouder 2\n";
    std::string preview = Upload(
        header +
        "501;Sem;Bakker;sem@linden.example;14-03-2012;kader;2;2K1;p.bakker@ouders.example;"
        "m.bakker@ouders.example\n"
        "502;Isa;Bakker;isa@linden.example;14-03-2014;kader;1;1K1;p.bakker@ouders.example;\n");
    ASSERT_EQ(decaan.Post(preview + "/verwerken", {}).status, 303);
    auto& users = app.services().users;
    auto& students = app.services().students;
    const int64_t sem = users.ByEmail("sem@linden.example")->id;
    const int64_t isa = users.ByEmail("isa@linden.example")->id;
    const int64_t piet = users.ByEmail("p.bakker@ouders.example")->id;
    const int64_t marga = users.ByEmail("m.bakker@ouders.example")->id;
    constexpr core::Role kOuder[] = {core::Role::kOuder};
    ASSERT_TRUE(users.HasRole(marga, kOuder, school));

    // The next list names only Marga for Sem, and no parent for Isa.
    preview = Upload(header +
                     "501;Sem;Bakker;sem@linden.example;14-03-2012;kader;2;2K1;"
                     "m.bakker@ouders.example;\n"
                     "502;Isa;Bakker;isa@linden.example;14-03-2014;kader;1;1K1;;\n");
    auto res = decaan.Get(preview);
    EXPECT_TRUE(
        Contains(res.body,
                 "0 nieuw, 2 gewijzigd, 0 vertrokken, 0 ongewijzigd, 2 ouders of verzorgers "
                 "ontkoppeld"));
    EXPECT_TRUE(Contains(res.body, "ouder/verzorger p.bakker@ouders.example ontkoppelen"));
    ASSERT_EQ(decaan.Post(preview + "/verwerken", {}).status, 303);
    EXPECT_EQ(students.ParentIds(sem), std::vector<int64_t>{marga});
    EXPECT_TRUE(students.ParentIds(isa).empty());
    // Piet has no child at the school left: he is no ouder there any more (the account stays).
    EXPECT_FALSE(users.HasRole(piet, kOuder, school));
    EXPECT_TRUE(users.ById(piet));
    EXPECT_TRUE(users.LoadPrincipal(piet)->children.empty());
    // A list without parent columns says nothing about parents: it unlinks no one.
    preview = Upload(std::string(kHeader) +
                     "501;Sem;;Bakker;sem@linden.example;14-03-2012;kader;2;2K1;\n"
                     "502;Isa;;Bakker;isa@linden.example;14-03-2014;kader;1;1K1;\n");
    EXPECT_FALSE(Contains(decaan.Get(preview).body, "ontkoppel"));

    // Undoing the list that unlinked them brings Piet back, as ouder of both.
    const auto imports =
        RosterOf(app.services()).imports.OfSchool(school, storage::ImportKind::kStudents, 10);
    const auto last = std::find_if(imports.begin(), imports.end(),
                                   [](const auto& i) { return i.applied_at.has_value(); });
    ASSERT_NE(last, imports.end());
    ASSERT_EQ(
        decaan.Post(base + "/importeren/" + std::to_string(last->id) + "/terugdraaien", {}).status,
        303);
    EXPECT_EQ(students.ParentIds(isa), std::vector<int64_t>{piet});
    EXPECT_EQ(students.ParentIds(sem).size(), 2u);
    EXPECT_TRUE(users.HasRole(piet, kOuder, school));
}

}  // namespace
}  // namespace koers::web
