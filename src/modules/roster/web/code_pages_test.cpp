// Students without e-mail through the router (no socket): the import gives them a sign-in name,
// no invitation mail goes to it, their mentor prints activation codes, and the student activates
// with one. A code works once and only until a newer one replaces it; a mentor of another group
// cannot make codes; guessing codes stops at the login throttle.
#include <gtest/gtest.h>

#include "platform/core/demo/demo_data.hpp"
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

// The codes on a printed sheet, in order.
std::vector<std::string> CodesOn(const std::string& html) {
    std::vector<std::string> out;
    const std::string mark = "data-code>";
    for (size_t at = html.find(mark); at != std::string::npos; at = html.find(mark, at + 1)) {
        const size_t from = at + mark.size();
        out.push_back(html.substr(from, html.find('<', from) - from));
    }
    return out;
}

// De Linden (14LD): its decaan, the mentor of 2K1, and a mentor without that group.
class ActivationCodes : public ::testing::Test {
protected:
    void SetUp() override {
        school = app.SchoolId("14LD");
        base = "/scholen/" + std::to_string(school);
        auto& users = app.services().users;
        const auto hash = auth::HashPassword(core::kDemoPassword);
        const int64_t decaan_id = users.Add("decaan@linden.example", "Lies Linden", hash, 1);
        users.AddMembership(decaan_id, core::Role::kDecaan, school, std::nullopt, 1);
        const int64_t mentor_id = users.Add("mentor@linden.example", "Mo Linden", hash, 1);
        users.AddMembership(mentor_id, core::Role::kMentor, school, std::nullopt, 1);
        const int64_t other_id = users.Add("ander@linden.example", "An Linden", hash, 1);
        users.AddMembership(other_id, core::Role::kMentor, school, std::nullopt, 1);
        ASSERT_TRUE(decaan.SignIn("decaan@linden.example"));
        auto res = decaan.Upload(
            base + "/leerlingen/importeren", "bestand", "export.csv",
            "Stamnummer;Roepnaam;Achternaam;E-mailadres;Geboortedatum;Leerweg;Leerjaar;"
            "Stamgroep;Mentor\n"
            "601;Noor;Yilmaz;;02-11-2011;kader;3;3K1;mentor@linden.example\n"
            "602;Sem;Bakker;sem@linden.example;14-03-2012;kader;3;3K1;mentor@linden.example\n");
        ASSERT_EQ(res.status, 303) << res.body.substr(0, 2000);
        preview = std::string(res.Header("Location").value_or(""));
        // The preview says what happens to a student without e-mail before anything is written.
        EXPECT_TRUE(Contains(decaan.Get(preview).body,
                             "geen e-mailadres: inlognaam 601.14ld, de mentor geeft een "
                             "activeringscode"));
        ASSERT_EQ(decaan.Post(preview + "/verwerken", {}).status, 303);
        for (const auto& s : app.services().students.OfSchool(school)) {
            (s.local_id == "601" ? noor : sem) = s;
        }
        codes = base + "/groepen/" + std::to_string(*noor.group_id) + "/activeringscodes";
        ASSERT_TRUE(mentor.SignIn("mentor@linden.example"));
    }
    // The mentor makes codes for `students` (enrolment ids) and returns them.
    std::vector<std::string> Issue(const std::vector<int64_t>& students) {
        Pairs form;
        for (int64_t id : students) form.emplace_back("leerling", std::to_string(id));
        auto res = mentor.Post(codes, form);
        EXPECT_EQ(res.status, 200) << res.body.substr(0, 2000);
        return CodesOn(res.body);
    }
    Response Activate(Browser& b, const std::string& code, const std::string& password) {
        return b.Post("/activeren", {{"code", code}, {"password", password}, {"repeat", password}});
    }

    TestApp app;
    Browser decaan{app}, mentor{app};
    int64_t school = 0;
    std::string base, preview, codes;
    storage::StudentRecord noor, sem;
};

TEST_F(ActivationCodes, AStudentWithoutEmailGetsASignInNameAndNoMail) {
    EXPECT_EQ(noor.sign_in_name, "601.14ld");
    EXPECT_EQ(sem.sign_in_name, "sem@linden.example");
    auto& outbox = app.services().outbox;
    const size_t before = outbox.Recent(1000).size();
    ASSERT_EQ(decaan.Post(base + "/leerlingen/uitnodigen", {}).status, 303);
    const auto mails = outbox.Recent(1000);
    ASSERT_EQ(mails.size(), before + 1) << "only Sem has an address";
    EXPECT_EQ(mails.front().to, "sem@linden.example");
    // The group overview points the mentor to the codes.
    const auto group = mentor.Get(base + "/groepen/" + std::to_string(*noor.group_id));
    EXPECT_TRUE(Contains(group.body, "2 leerlingen hebben nog geen account"));
    EXPECT_TRUE(Contains(group.body, codes));
}

TEST_F(ActivationCodes, TheMentorsCodeActivatesTheAccountOnce) {
    auto page = mentor.Get(codes);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(Contains(page.body, "601.14ld; geen e-mailadres: alleen met een code"));
    // Choosing no one is a Dutch 400, and makes nothing.
    auto none = mentor.Post(codes, {});
    EXPECT_EQ(none.status, 400);
    EXPECT_TRUE(Contains(none.body, "Kies de leerlingen"));
    const auto issued = Issue({noor.id});
    ASSERT_EQ(issued.size(), 1u);
    EXPECT_EQ(issued[0].size(), 14u) << issued[0];  // ABCD-EFGH-JKLM

    Browser student(app, "198.51.100.7");
    // A wrong code, and the right one with a weak password: both refused, the code still works.
    auto res = Activate(student, "ABCD-EFGH-JKLM", "een-lang-wachtwoord");
    EXPECT_EQ(res.status, 400);
    EXPECT_TRUE(Contains(res.body, "Deze code klopt niet"));
    res = Activate(student, issued[0], "kort");
    EXPECT_EQ(res.status, 400);
    // Typed in lower case and without dashes, as a student on a phone may.
    std::string typed;
    for (char c : issued[0])
        if (c != '-') typed += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    res = Activate(student, typed, "mijn-eigen-wachtwoord");
    ASSERT_EQ(res.status, 200) << res.body.substr(0, 2000);
    EXPECT_TRUE(Contains(res.body, "601.14ld"));
    EXPECT_TRUE(student.SignIn("601.14ld", "mijn-eigen-wachtwoord"));
    EXPECT_EQ(student.Get(base + "/mijn-dossier").status, 303);
    // Used once: the same code again is refused, and the mentor's list no longer has Noor.
    EXPECT_TRUE(Contains(student.Get("/wachtwoord-instellen?soort=invite&code=" + typed).body,
                         "Deze link is verlopen of al gebruikt"));
    Browser again(app, "198.51.100.8");
    EXPECT_EQ(Activate(again, issued[0], "nog-een-wachtwoord!").status, 400);
    EXPECT_FALSE(Contains(mentor.Get(codes).body, "601.14ld"));
    // An activated student gets no new code, even when their id is posted.
    auto late = mentor.Post(codes, {{"leerling", std::to_string(noor.id)}});
    EXPECT_EQ(late.status, 400);
}

TEST_F(ActivationCodes, ACodeWorksOnlyWhereGuessesCount) {
    const auto issued = Issue({noor.id});
    std::string bare;
    for (char c : issued[0])
        if (c != '-') bare += c;
    // The pages for links neither confirm nor accept a code: there a wrong guess costs nothing.
    Browser guesser(app, "203.0.113.9");
    EXPECT_TRUE(Contains(guesser.Get("/wachtwoord-instellen?soort=invite&code=" + bare).body,
                         "Deze link is verlopen of al gebruikt"));
    EXPECT_EQ(guesser
                  .Post("/wachtwoord-instellen", {{"soort", "invite"},
                                                  {"code", bare},
                                                  {"password", "mijn-eigen-wachtwoord"},
                                                  {"repeat", "mijn-eigen-wachtwoord"}})
                  .status,
              400);
    EXPECT_EQ(Activate(guesser, issued[0], "mijn-eigen-wachtwoord").status, 200);
}

TEST_F(ActivationCodes, ANewCodeReplacesTheOldOne) {
    const auto first = Issue({noor.id, sem.id});
    ASSERT_EQ(first.size(), 2u);
    const auto second = Issue({noor.id});
    ASSERT_EQ(second.size(), 1u);
    Browser student(app, "198.51.100.7");
    EXPECT_EQ(Activate(student, first[0], "mijn-eigen-wachtwoord").status, 400);
    EXPECT_EQ(Activate(student, second[0], "mijn-eigen-wachtwoord").status, 200);
    // Sem's code of the first sheet still works: only Noor got a new one.
    EXPECT_EQ(Activate(student, first[1], "sems-eigen-wachtwoord").status, 200);
    EXPECT_TRUE(student.SignIn("sem@linden.example", "sems-eigen-wachtwoord"));
}

TEST_F(ActivationCodes, OnlyTheGroupsMentorAndTheDecaanMakeCodes) {
    Browser other(app);
    ASSERT_TRUE(other.SignIn("ander@linden.example"));
    EXPECT_EQ(other.Get(codes).status, 403);
    EXPECT_EQ(other.Post(codes, {{"leerling", std::to_string(noor.id)}}).status, 403);
    Browser student(app);
    EXPECT_EQ(Activate(student, "", "x").status, 400);
    // The decaan may; a student of another school posted into this group's form is ignored.
    EXPECT_EQ(decaan.Get(codes).status, 200);
    EXPECT_EQ(decaan.Post(codes, {{"leerling", "1"}}).status, 400);
    // Another school's decaan does not reach this group at all.
    Browser foreign(app);
    ASSERT_TRUE(foreign.SignIn("decaan@demo.koers.nl"));
    EXPECT_EQ(foreign.Get(codes).status, 403);
}

TEST_F(ActivationCodes, GuessingCodesStopsAtTheThrottle) {
    const auto issued = Issue({noor.id});
    Browser guesser(app, "203.0.113.9");
    int refused = 0;
    for (int i = 0; i < 40; ++i) {
        const std::string guess = "ABCD-EFGH-" + std::to_string(2000 + i * 7).substr(0, 4);
        const auto res = Activate(guesser, guess, "een-lang-wachtwoord");
        if (res.status == 429) ++refused;
    }
    EXPECT_GT(refused, 0);
    // Even the right code is refused from that address until the window passes.
    EXPECT_EQ(Activate(guesser, issued[0], "mijn-eigen-wachtwoord").status, 429);
    app.clock().Advance(int64_t{16} * 60);
    EXPECT_EQ(Activate(guesser, issued[0], "mijn-eigen-wachtwoord").status, 200);
}

}  // namespace
}  // namespace koers::web
