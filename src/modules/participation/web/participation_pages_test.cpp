// Participation through the router (no socket), on the demo world: the overview lists this
// schooljaar's activities with counts; an activity shows its figures per cohort and per group;
// the mentor records who of their own group took part (and only of their group); a closed
// schooljaar's participation stays as it was; students and parents see none of it.
#include <gtest/gtest.h>

#include "modules/participation/web/participation_parts.hpp"
#include "modules/quality/web/quality_parts.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Contains;
using testing::TestApp;

class ParticipationPages : public ::testing::Test {
protected:
    void SetUp() override {
        school = app.SchoolId("21VZ");
        base = "/scholen/" + std::to_string(school) + "/deelname";
        auto& quality = QualityOf(app.services()).quality;
        const auto years = quality.Years(school);
        ASSERT_EQ(years.size(), 2u);
        for (const auto& a : quality.Records(years.front().id, core::Kind::kActiviteit))
            if (a.record.status == core::kGepland && !current) current = a.record.id;
        last_year = quality.Records(years.back().id, core::Kind::kActiviteit).front().record.id;
        visie = quality.Records(years.front().id, core::Kind::kVisie).front().record.id;
        ASSERT_GT(current, 0);
        for (const auto& g : app.services().students.Groups(school)) groups[g.name] = g.id;
        ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
        ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    }
    std::string GroupPath(int64_t activity, const std::string& group) {
        return base + "/" + std::to_string(activity) + "/groepen/" + std::to_string(groups[group]);
    }
    std::set<int64_t> Took(int64_t activity) {
        return ParticipationOf(app.services()).participation.StudentsOf(activity);
    }

    TestApp app;
    Browser decaan{app}, mentor{app};
    int64_t school = 0, current = 0, last_year = 0, visie = 0;
    std::map<std::string, int64_t> groups;
    std::string base;
};

TEST_F(ParticipationPages, TheMentorRecordsTheGroupAndTheFiguresFollow) {
    auto res = decaan.Get(base);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Meeloopdag in het mbo of hbo"));
    EXPECT_TRUE(Took(current).empty()) << "a planned activity has no participants yet";
    res = decaan.Get(base + "/" + std::to_string(current));
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Er is nog niet vastgelegd wie meedeed."));

    const auto h4a = app.services().students.InGroup(groups["H4A"]);
    const auto h4b = app.services().students.InGroup(groups["H4B"]);
    ASSERT_GE(h4a.size(), 20u);
    // The mentor of H4A ticks twenty of their group, and tries one of H4B along.
    Pairs form;
    for (size_t i = 0; i < 20; ++i) form.emplace_back("leerling", std::to_string(h4a[i].id));
    form.emplace_back("leerling", std::to_string(h4b[0].id));
    EXPECT_TRUE(Contains(mentor.Get(GroupPath(current, "H4A")).body, h4a[0].name));
    res = mentor.Post(GroupPath(current, "H4A"), form);
    ASSERT_EQ(res.status, 303);
    EXPECT_EQ(res.Header("Location"), base + "/" + std::to_string(current));
    EXPECT_EQ(Took(current).size(), 20u);
    EXPECT_FALSE(Took(current).count(h4b[0].id)) << "another group's student is ignored";
    // The figures: havo 4 is H4A and H4B together.
    const int students = static_cast<int>(h4a.size() + h4b.size());
    res = mentor.Get(base + "/" + std::to_string(current));
    EXPECT_TRUE(Contains(res.body, "havo 4"));
    EXPECT_TRUE(Contains(res.body, "20 van " + std::to_string(students) + " (" +
                                       std::to_string(20 * 100 / students) + "%)"));
    EXPECT_TRUE(Contains(res.body, "H4A: 20 van " + std::to_string(h4a.size())));
    EXPECT_TRUE(Contains(res.body, GroupPath(current, "H4A")));
    EXPECT_FALSE(Contains(res.body, GroupPath(current, "H4B"))) << "not the mentor's group";
    // Saving again replaces: untick one.
    form.erase(form.begin());
    ASSERT_EQ(mentor.Post(GroupPath(current, "H4A"), form).status, 303);
    EXPECT_EQ(Took(current).size(), 19u);
    EXPECT_FALSE(Took(current).count(h4a[0].id));
    // A leaver counts nowhere in the figures.
    auto leaver = h4a[1];
    leaver.left_at = app.clock().Now();
    app.services().students.Update(leaver);
    res = decaan.Get(base + "/" + std::to_string(current));
    EXPECT_TRUE(Contains(res.body, "18 van " + std::to_string(students - 1)));
}

TEST_F(ParticipationPages, OnlyTheGroupsMentorAndTheDecaanRecordAndOnlyStaffSeeTheFigures) {
    EXPECT_EQ(mentor.Get(GroupPath(current, "H4B")).status, 403);
    EXPECT_EQ(mentor.Post(GroupPath(current, "H4B"), {{"leerling", "1"}}).status, 403);
    EXPECT_EQ(decaan.Get(GroupPath(current, "H4B")).status, 200);
    for (const char* who : {"leerling@demo.koers.nl", "ouder@demo.koers.nl"}) {
        Browser b(app);
        ASSERT_TRUE(b.SignIn(who));
        EXPECT_EQ(b.Get(base).status, 403) << who;
        EXPECT_EQ(b.Get(base + "/" + std::to_string(current)).status, 403) << who;
        EXPECT_EQ(b.Post(GroupPath(current, "H4A"), {{"leerling", "1"}}).status, 403) << who;
    }
    EXPECT_TRUE(Took(current).empty());
    // A record that is no activity, or none at all, is not found.
    EXPECT_EQ(decaan.Get(base + "/" + std::to_string(visie)).status, 404);
    EXPECT_EQ(decaan.Get(base + "/999999").status, 404);
    EXPECT_EQ(decaan.Get(base + "/x").status, 404);
}

TEST_F(ParticipationPages, AClosedSchooljaarKeepsItsParticipation) {
    const auto before = Took(last_year);
    auto res = mentor.Get(GroupPath(last_year, "H4A"));
    ASSERT_EQ(res.status, 200);
    EXPECT_FALSE(Contains(res.body, ">Opslaan<"));
    res = mentor.Post(GroupPath(last_year, "H4A"), {{"leerling", "1"}});
    EXPECT_EQ(res.status, 409);
    EXPECT_TRUE(Contains(res.body, "Dit schooljaar is afgesloten"));
    EXPECT_EQ(Took(last_year), before);
}

TEST_F(ParticipationPages, TheStudentSeesTheirActivitiesAndTheDossierLinksThem) {
    auto& s = app.services();
    const int64_t lotte_user = s.users.ByEmail("leerling@demo.koers.nl")->id;
    const auto lotte = s.students.OfUser(lotte_user).front();
    ASSERT_EQ(lotte.group_id, groups["H4A"]);
    ASSERT_EQ(
        mentor.Post(GroupPath(current, "H4A"), {{"leerling", std::to_string(lotte.id)}}).status,
        303);
    auto& quality = QualityOf(s).quality;
    const std::string what(core::FieldOf(
        quality.Find(quality.Years(school).front().id, current)->record.fields, "wat"));
    const std::string dossier = "/scholen/" + std::to_string(school) + "/leerlingen/" +
                                std::to_string(lotte.id) + "/dossier";
    const std::string page = "/scholen/" + std::to_string(school) + "/leerlingen/" +
                             std::to_string(lotte.id) + "/activiteiten";
    Browser student{app};
    ASSERT_TRUE(student.SignIn("leerling@demo.koers.nl"));
    auto res = student.Get(dossier);
    EXPECT_TRUE(
        Contains(res.body, "href=\"" + page + "\">Mijn LOB-activiteiten</a>: de open dagen"));
    res = student.Get(page);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Hier zie je aan welke activiteiten van school je meedeed"));
    EXPECT_TRUE(Contains(res.body, what));
    // Her mentor and the decaan read it too, and Lotte sees that they did.
    res = mentor.Get(dossier);
    EXPECT_TRUE(Contains(res.body, "href=\"" + page + "\">LOB-activiteiten van school</a>"));
    res = mentor.Get(page);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "LOB-activiteiten van Lotte Leerling"));
    EXPECT_TRUE(Contains(res.body, what));
    EXPECT_EQ(decaan.Get(page).status, 200);
    EXPECT_TRUE(Contains(student.Get(dossier + "/inzage").body, "de LOB-activiteiten"));
    // Not a parent, not the mentor of another group.
    Browser parent{app};
    ASSERT_TRUE(parent.SignIn("ouder@demo.koers.nl"));
    EXPECT_EQ(parent.Get(page).status, 403);
    const auto h4b = s.students.InGroup(groups["H4B"]).front();
    EXPECT_EQ(mentor
                  .Get("/scholen/" + std::to_string(school) + "/leerlingen/" +
                       std::to_string(h4b.id) + "/activiteiten")
                  .status,
              403);
}

}  // namespace
}  // namespace koers::web
