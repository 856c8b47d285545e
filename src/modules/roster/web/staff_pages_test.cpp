// Importing a school's staff list through the router (no socket): a file with mistakes changes
// nothing; the corrected file gives roles, teams and groups, makes and invites new colleagues and
// takes the roles of those no longer on it, at once for their open sessions; the schoolleider and
// the person applying keep theirs; a replay applies nothing twice; undo puts everything back; a
// BSN column is refused before anything is stored; only the school's leiding and decaan may.
#include <gtest/gtest.h>

#include <algorithm>

#include "modules/roster/web/roster_parts.hpp"
#include "platform/core/demo/demo_data.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "platform/web/auth/crypto.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Contains;
using testing::TestApp;

constexpr const char* kStaffHeader =
    "Roepnaam;Tussenvoegsel;Achternaam;E-mail;Functie;Team;Mentor van\n";

// De Linden (14LD): its decaan (who imports), a schoolleider, a mentor of 2K1 and a docent, two
// groups and a team.
class StaffPages : public ::testing::Test {
protected:
    void SetUp() override {
        auto& s = app.services();
        school = app.SchoolId("14LD");
        base = "/scholen/" + std::to_string(school) + "/medewerkers";
        const auto hash = auth::HashPassword(core::kDemoPassword);
        decaan_id = s.users.Add("decaan@linden.example", "Lies Linden", hash, 1);
        s.users.AddMembership(decaan_id, core::Role::kDecaan, school, std::nullopt, 1);
        leider = s.users.Add("leiding@linden.example", "Lex Linden", hash, 1);
        s.users.AddMembership(leider, core::Role::kSchoolleider, school, std::nullopt, 1);
        mentor = s.users.Add("mo@linden.example", "Mo Linden", hash, 1);
        s.users.AddMembership(mentor, core::Role::kMentor, school, std::nullopt, 1);
        docent = s.users.Add("dirk@linden.example", "Dirk Linden", hash, 1);
        s.users.AddMembership(docent, core::Role::kDocent, school, std::nullopt, 1);
        group1 = s.students.GroupNamed(school, "2K1", 1);
        group2 = s.students.GroupNamed(school, "2K2", 1);
        s.students.SetMentors(group1, {mentor});
        team = s.orgs.AddTeam(school, "Onderbouw", 1);
        ASSERT_TRUE(decaan.SignIn("decaan@linden.example"));
        ASSERT_TRUE(mo.SignIn("mo@linden.example"));
    }
    std::string Upload(const std::string& csv, int expect = 303) {
        auto res = decaan.Upload(base + "/importeren", "bestand", "personeel.csv", csv);
        EXPECT_EQ(res.status, expect) << res.body.substr(0, 2000);
        return std::string(res.Header("Location").value_or(""));
    }
    std::vector<core::Role> RolesOf(int64_t user) {
        std::vector<core::Role> out;
        for (const auto& m : app.services().users.Memberships(user))
            if (m.membership.school_id == school) out.push_back(m.membership.role);
        std::sort(out.begin(), out.end());
        return out;
    }
    std::string GroupPath(int64_t group) {
        return "/scholen/" + std::to_string(school) + "/groepen/" + std::to_string(group);
    }

    TestApp app;
    Browser decaan{app};
    Browser mo{app, "192.0.2.11"};
    int64_t school = 0, decaan_id = 0, leider = 0, mentor = 0, docent = 0;
    int64_t group1 = 0, group2 = 0, team = 0;
    std::string base;
};

TEST_F(StaffPages, AListWithMistakesChangesNothing) {
    const std::string preview = Upload(std::string(kStaffHeader) +
                                       "Anouk;van;Dijk;anouk@linden.example;conciërge;;\n"
                                       "Bram;;Bos;bram@linden.example;mentor;Bovenbouw;2K9\n"
                                       "Lex;;Linden;leiding@linden.example;directeur;;\n");
    ASSERT_FALSE(preview.empty());
    auto res = decaan.Get(preview);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "3 regels kloppen niet."));
    EXPECT_TRUE(Contains(res.body, "Functie “conciërge” kent Koers niet"));
    EXPECT_TRUE(Contains(res.body, "Team “Bovenbouw” bestaat niet bij deze school"));
    EXPECT_TRUE(Contains(res.body, "Klas “2K9” staat niet in Koers"));
    EXPECT_TRUE(Contains(res.body, "de rol schoolleider geeft de beheerder van Koers"));
    EXPECT_FALSE(Contains(res.body, ">Verwerken<"));
    const size_t users = app.services().users.Count();
    EXPECT_EQ(decaan.Post(preview + "/verwerken", {}).status, 409);
    EXPECT_EQ(app.services().users.Count(), users);
    EXPECT_EQ(RolesOf(mentor), std::vector<core::Role>{core::Role::kMentor});
}

TEST_F(StaffPages, TheListGivesAndTakesRolesAndUndoPutsThemBack) {
    auto& s = app.services();
    ASSERT_EQ(mo.Get(GroupPath(group1)).status, 200);
    // Anouk is new: mentor of 2K2 in team Onderbouw. Mo stays, as docent only; Dirk has left;
    // the decaan (who imports) and the schoolleider are not on the list.
    const std::string preview = Upload(std::string(kStaffHeader) +
                                       "Anouk;van;Dijk;Anouk@Linden.example;slb'er;Onderbouw;2K2\n"
                                       "Mo;;Linden;mo@linden.example;docent;;\n");
    auto res = decaan.Get(preview);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "1 nieuw, 1 gewijzigd, 1 vertrokken, 0 ongewijzigd"));
    EXPECT_TRUE(Contains(res.body, "account maken en uitnodigen"));
    EXPECT_TRUE(Contains(res.body, "Mentor/SLB&#39;er (team Onderbouw) erbij"));
    EXPECT_TRUE(Contains(res.body, "Mentor/SLB&#39;er vervalt"));
    EXPECT_TRUE(Contains(res.body, "niet meer mentor van 2K1"));
    EXPECT_TRUE(Contains(res.body, "Dirk Linden (dirk@linden.example): Docent"));
    EXPECT_TRUE(Contains(res.body, "U staat zelf niet in dit bestand"));
    EXPECT_FALSE(Contains(res.body, "Lex Linden"));
    const size_t mails = s.outbox.Recent(1000).size();
    ASSERT_EQ(decaan.Post(preview + "/verwerken", {}).status, 303);

    const auto anouk = s.users.ByEmail("anouk@linden.example");
    ASSERT_TRUE(anouk);
    EXPECT_EQ(anouk->display_name, "Anouk van Dijk");
    const auto memberships = s.users.Memberships(anouk->id);
    ASSERT_EQ(memberships.size(), 1u);
    EXPECT_EQ(memberships[0].membership.role, core::Role::kMentor);
    EXPECT_EQ(memberships[0].membership.team_id, team);
    EXPECT_EQ(s.students.MentorIds(group2), std::vector<int64_t>{anouk->id});
    EXPECT_TRUE(s.students.MentorIds(group1).empty());
    EXPECT_EQ(RolesOf(mentor), std::vector<core::Role>{core::Role::kDocent});
    EXPECT_TRUE(RolesOf(docent).empty());
    EXPECT_TRUE(s.users.ById(docent));  // the account stays
    EXPECT_EQ(RolesOf(leider), std::vector<core::Role>{core::Role::kSchoolleider});
    EXPECT_EQ(RolesOf(decaan_id), std::vector<core::Role>{core::Role::kDecaan});
    // Mo's open session sees it at once.
    EXPECT_EQ(mo.Get(GroupPath(group1)).status, 403);
    const auto mail = s.outbox.Recent(1000);
    ASSERT_EQ(mail.size(), mails + 1);
    EXPECT_EQ(mail.front().to, "anouk@linden.example");
    EXPECT_EQ(mail.front().subject, "Uitnodiging voor Koers");
    EXPECT_TRUE(Contains(mail.front().body, "heeft u als medewerker toegevoegd"));
    // The staff page shows who has which role.
    res = decaan.Get(base);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Anouk van Dijk"));
    EXPECT_TRUE(Contains(res.body, "Mentor/SLB&#39;er (team Onderbouw)"));
    EXPECT_TRUE(Contains(res.body, "1 medewerkers hebben hun account nog niet geactiveerd"));
    EXPECT_FALSE(Contains(res.body, "Dirk Linden"));
    // A replay applies nothing twice.
    EXPECT_EQ(decaan.Post(preview + "/verwerken", {}).status, 409);

    ASSERT_EQ(decaan.Post(preview + "/terugdraaien", {}).status, 303);
    EXPECT_FALSE(s.users.ByEmail("anouk@linden.example"));  // unused: gone
    EXPECT_EQ(RolesOf(mentor), std::vector<core::Role>{core::Role::kMentor});
    EXPECT_EQ(RolesOf(docent), std::vector<core::Role>{core::Role::kDocent});
    EXPECT_EQ(s.students.MentorIds(group1), std::vector<int64_t>{mentor});
    EXPECT_TRUE(s.students.MentorIds(group2).empty());
    EXPECT_EQ(mo.Get(GroupPath(group1)).status, 200);
    EXPECT_EQ(decaan.Post(preview + "/terugdraaien", {}).status, 409);
}

TEST_F(StaffPages, TheSameListTwiceChangesNothingTheSecondTime) {
    const std::string list = std::string(kStaffHeader) +
                             "Mo;;Linden;mo@linden.example;mentor;;2K1\n"
                             "Dirk;;Linden;dirk@linden.example;docent;;\n";
    std::string preview = Upload(list);
    ASSERT_EQ(decaan.Post(preview + "/verwerken", {}).status, 303);
    preview = Upload(list);
    auto res = decaan.Get(preview);
    EXPECT_TRUE(Contains(res.body, "0 nieuw, 0 gewijzigd, 0 vertrokken, 2 ongewijzigd"));
}

TEST_F(StaffPages, AListWithoutATeamColumnLeavesEveryonesTeam) {
    auto& users = app.services().users;
    const int64_t tamara = users.Add("tamara@linden.example", "Tamara Linden", std::nullopt, 1);
    users.AddMembership(tamara, core::Role::kTeamleider, school, std::nullopt, 1, team);
    const std::string list =
        "naam;email;functie\n"
        "Tamara Linden;tamara@linden.example;teamleider\n"
        "Mo Linden;mo@linden.example;mentor\n"
        "Dirk Linden;dirk@linden.example;docent\n";
    const std::string preview = Upload(list);
    EXPECT_TRUE(
        Contains(decaan.Get(preview).body, "0 nieuw, 0 gewijzigd, 0 vertrokken, 3 ongewijzigd"));
    ASSERT_EQ(decaan.Post(preview + "/verwerken", {}).status, 303);
    // Still the teamleider of one team, not of the whole school.
    const auto memberships = users.Memberships(tamara);
    ASSERT_EQ(memberships.size(), 1u);
    EXPECT_EQ(memberships[0].membership.team_id, team);
}

TEST_F(StaffPages, ABsnColumnIsRefusedAndNothingIsKept) {
    Upload("naam,email,functie,bsn\nAnouk,anouk@linden.example,docent,\n", 422);
    EXPECT_TRUE(
        RosterOf(app.services()).imports.OfSchool(school, storage::ImportKind::kStaff, 10).empty());
    auto res = decaan.Upload(base + "/importeren", "bestand", "leeg.csv", "");
    EXPECT_EQ(res.status, 400);
    EXPECT_TRUE(Contains(res.body, "Kies het CSV-bestand met de medewerkers."));
}

TEST_F(StaffPages, AStudentsAddressIsNoColleague) {
    auto& s = app.services();
    const int64_t student = s.users.Add("sem@linden.example", "Sem", std::nullopt, 1);
    s.users.AddMembership(student, core::Role::kLeerling, school, std::nullopt, 1);
    const std::string preview =
        Upload(std::string(kStaffHeader) + "Sem;;Bakker;sem@linden.example;docent;;\n");
    EXPECT_TRUE(Contains(decaan.Get(preview).body, "hoort bij een leerling in Koers"));
    EXPECT_EQ(decaan.Post(preview + "/verwerken", {}).status, 409);
    EXPECT_TRUE(RolesOf(student) == std::vector<core::Role>{core::Role::kLeerling});
}

TEST_F(StaffPages, OnlyTheLeidingAndTheDecaanOfTheSchoolMay) {
    const std::string preview =
        Upload(std::string(kStaffHeader) + "Mo;;Linden;mo@linden.example;mentor;;\n");
    EXPECT_EQ(mo.Get(base).status, 403);
    EXPECT_EQ(mo.Get(preview).status, 403);
    EXPECT_EQ(mo.Post(preview + "/verwerken", {}).status, 403);
    // A student list's import is not found under the staff list's address, nor the other way.
    const auto students = "/scholen/" + std::to_string(school) + "/leerlingen/importeren/";
    const auto id = preview.substr(preview.rfind('/') + 1);
    EXPECT_EQ(decaan.Get(students + id).status, 404);
    EXPECT_EQ(decaan.Post(students + id + "/verwerken", {}).status, 404);
    // The decaan of another school.
    Browser other{app, "192.0.2.12"};
    ASSERT_TRUE(other.SignIn("decaan@demo.koers.nl"));
    EXPECT_EQ(other.Get(preview).status, 403);
    EXPECT_EQ(other.Post(preview + "/verwerken", {}).status, 403);
}

}  // namespace
}  // namespace koers::web
