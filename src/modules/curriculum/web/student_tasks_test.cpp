// The planner's activities reach students, through the router on the demo world: the decaan gives
// an activity to a group, its student finds it among their opdrachten and begins it in their
// loopbaandossier (an entry filled in from the activity, once), the mentor reads whether they
// did and the look is logged, the activity's page counts who began; another group's student, a
// tampered group and another school's planner change nothing.
#include <gtest/gtest.h>

#include <memory>
#include <thread>

#include "modules/curriculum/web/curriculum_parts.hpp"
#include "modules/curriculum/web/dossier_start.hpp"
#include "modules/dossier/web/dossier_parts.hpp"
#include "platform/core/lob/vocabulary.hpp"
#include "platform/storage/student_repo.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Contains;
using testing::TestApp;

class StudentTasks : public ::testing::Test {
protected:
    void SetUp() override {
        veldzicht = app.SchoolId("21VZ");
        for (const auto& g : app.services().students.Groups(veldzicht))
            groups[g.name] = std::to_string(g.id);
        ASSERT_TRUE(groups.contains("H4A") && groups.contains("H4B"));
        planner = "/scholen/" + std::to_string(veldzicht) + "/curriculum";
        tasks = "/scholen/" + std::to_string(veldzicht) + "/leerlingen/1/opdrachten";
        ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
        ASSERT_TRUE(lotte.SignIn("leerling@demo.koers.nl"));
        ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    }
    std::vector<int64_t> Census() {
        auto figures = CurriculumOf(app.services()).reach.Census();
        figures.push_back(
            static_cast<int64_t>(DossierOf(app.services()).dossiers.Entries(1).size()));
        return figures;
    }

    TestApp app;
    Browser decaan{app}, lotte{app}, mentor{app};
    int64_t veldzicht = 0;
    std::map<std::string, std::string> groups;
    std::string planner, tasks;
};

TEST_F(StudentTasks, AStudentBeginsTheirGroupsActivityInTheirDossierOnce) {
    const auto activity = CurriculumOf(app.services()).activities.Find(veldzicht, 1);
    ASSERT_TRUE(activity);
    const std::string title(core::FieldOf(activity->fields, "titel"));
    ASSERT_EQ(decaan.Post(planner + "/1/groepen", {{"groep", groups["H4A"]}}).status, 303);

    auto res = lotte.Get(tasks);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Mijn opdrachten"));
    EXPECT_TRUE(Contains(res.body, title));
    EXPECT_TRUE(Contains(res.body, "Begin in je dossier"));
    const size_t before = DossierOf(app.services()).dossiers.Entries(1).size();
    res = lotte.Post(tasks + "/1", {});
    ASSERT_EQ(res.status, 303);
    const std::string entry(res.Header("location").value_or(""));
    EXPECT_TRUE(Contains(entry, "/leerlingen/1/dossier/")) << entry;
    const auto entries = DossierOf(app.services()).dossiers.Entries(1);
    ASSERT_EQ(entries.size(), before + 1);
    EXPECT_EQ(core::FieldOf(entries.front().fields, "titel"), title);
    res = lotte.Get(entry);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "De opdracht staat nu in je dossier."));

    // Once: beginning again leads to the same entry; the list links to it.
    res = lotte.Post(tasks + "/1", {});
    EXPECT_EQ(res.Header("location").value_or(""), entry);
    EXPECT_EQ(DossierOf(app.services()).dossiers.Entries(1).size(), before + 1);
    EXPECT_TRUE(Contains(lotte.Get(tasks).body, "Verder in je dossier"));

    // The mentor reads that she began it (logged), and begins nothing for her.
    res = mentor.Get(tasks);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Begonnen: het stuk in het dossier"));
    EXPECT_FALSE(Contains(res.body, "Begin in je dossier"));
    const auto looks = DossierOf(app.services()).dossiers.Looks(1, 5);
    ASSERT_FALSE(looks.empty());
    EXPECT_EQ(looks.front().what, "de opdrachten");
    EXPECT_EQ(mentor.Post(tasks + "/1", {}).status, 403);

    // The activity's page counts her, per group.
    res = decaan.Get(planner + "/1");
    EXPECT_TRUE(Contains(res.body,
                         ">H4A</th><td class=\"utrecht-table__cell "
                         "utrecht-table__cell--numeric\">"));
    EXPECT_TRUE(Contains(res.body, "utrecht-table__cell--numeric\">1</td></tr>"));

    // Deleted from her dossier, it no longer counts, and she can begin it anew.
    const auto stored = DossierOf(app.services()).dossiers.Entries(1).front();
    ASSERT_EQ(
        lotte.Post(entry + "/verwijderen", {{"version", std::to_string(stored.version)}}).status,
        303);
    EXPECT_TRUE(
        Contains(decaan.Get(planner + "/1").body, "utrecht-table__cell--numeric\">0</td></tr>"));
    EXPECT_TRUE(Contains(lotte.Get(tasks).body, "Begin in je dossier"));
}

TEST_F(StudentTasks, OnlyTheGroupsStudentsSeeAnActivityAndTamperedGroupsStoreNothing) {
    ASSERT_EQ(decaan.Post(planner + "/1/groepen", {{"groep", groups["H4B"]}}).status, 303);
    EXPECT_FALSE(Contains(lotte.Get(tasks).body, "opdracht-1\""));
    const auto census = Census();
    EXPECT_EQ(lotte.Post(tasks + "/1", {}).status, 404) << "not her group's";
    EXPECT_EQ(lotte.Post(tasks + "/999999", {}).status, 404);

    EXPECT_EQ(decaan.Post(planner + "/1/groepen", {{"groep", "abc"}}).status, 400);
    const int64_t horizon = app.SchoolId("30HZ");
    const auto theirs = app.services().students.Groups(horizon);
    if (!theirs.empty()) {
        EXPECT_EQ(
            decaan.Post(planner + "/1/groepen", {{"groep", std::to_string(theirs[0].id)}}).status,
            400)
            << "another school's group";
    }
    web::Pairs many;
    for (int i = 0; i < 50; ++i) many.emplace_back("groep", groups["H4A"]);
    EXPECT_EQ(decaan.Post(planner + "/1/groepen", many).status, 400);
    EXPECT_EQ(decaan.Post(planner + "/999999/groepen", {{"groep", groups["H4A"]}}).status, 404);
    Browser docent{app}, mbo{app};
    ASSERT_TRUE(docent.SignIn("docent@demo.koers.nl"));
    ASSERT_TRUE(mbo.SignIn("decaan.mbo@demo.koers.nl"));
    EXPECT_EQ(docent.Post(planner + "/1/groepen", {{"groep", groups["H4A"]}}).status, 403);
    EXPECT_EQ(mbo.Post(planner + "/1/groepen", {{"groep", groups["H4A"]}}).status, 403);
    EXPECT_EQ(
        mbo.Post("/scholen/" + std::to_string(horizon) + "/curriculum/1/groepen", Pairs{}).status,
        404)
        << "Veldzicht's activity under Horizon's planner";
    EXPECT_EQ(mbo.Get(tasks).status, 403);
    EXPECT_EQ(Census(), census);

    // No group chosen: the activity is given to none.
    ASSERT_EQ(decaan.Post(planner + "/1/groepen", {}).status, 303);
    EXPECT_TRUE(Contains(decaan.Get(planner + "/1").body, "Nog aan geen groep gegeven."));
}

TEST(DossierStart, EveryCompetencyOfThePlannerIsOneTheDossierKnows) {
    const auto dossier = core::Competencies();
    ASSERT_EQ(core::LoopbaanCompetencies().size(), dossier.size());
    for (size_t i = 0; i < dossier.size(); ++i)
        EXPECT_EQ(DossierCompetency(core::LoopbaanCompetencies()[i].code), dossier[i].code);
    EXPECT_EQ(DossierCompetency("onbekend"), "");
}

TEST(DossierStart, TheActivitysElementsChooseTheKindAndItsWordsFillTheEntry) {
    core::Fields activity{{"titel", "Meeloopdag mbo"},
                          {"competenties", "werkexploratie,netwerken,verzonnen"},
                          {"elementen", "kiezen,ervaren"}};
    auto start = StartOf(activity, {{"werkvorm", "meeloopdag"}});
    EXPECT_EQ(start.kind, core::EntryKind::kErvaring);
    EXPECT_EQ(start.fields["titel"], "Meeloopdag mbo");
    EXPECT_EQ(start.fields["soort"], "meeloopdag");
    EXPECT_EQ(start.fields["competenties"], "werk,netwerk");
    const core::Form ervaring = core::EntryForm(core::EntryKind::kErvaring);
    EXPECT_TRUE(core::CheckEntry(core::EntryKind::kErvaring, ervaring, start.fields).ok());
    EXPECT_EQ(StartOf(activity, {}).fields["soort"], "anders");  // no assignment

    activity["elementen"] = "reflecteren,kiezen";
    start = StartOf(activity, {});
    EXPECT_EQ(start.kind, core::EntryKind::kReflectie);
    EXPECT_EQ(start.fields["competentie"], "werk");
    EXPECT_TRUE(core::CheckEntry(core::EntryKind::kReflectie,
                                 core::EntryForm(core::EntryKind::kReflectie, "werk"), start.fields)
                    .ok());

    activity["elementen"] = "kiezen";
    start = StartOf(activity, {});
    EXPECT_EQ(start.kind, core::EntryKind::kKeuze);
    EXPECT_TRUE(core::CheckEntry(core::EntryKind::kKeuze, core::EntryForm(core::EntryKind::kKeuze),
                                 start.fields)
                    .ok());
}

// "Begin in je dossier" pressed in four tabs at the same moment adds one entry, and every press
// leads to it.
TEST_F(StudentTasks, PressesAtTheSameMomentBeginOneEntry) {
    ASSERT_EQ(decaan.Post(planner + "/1/groepen", {{"groep", groups["H4A"]}}).status, 303);
    const size_t before = DossierOf(app.services()).dossiers.Entries(1).size();
    std::vector<std::unique_ptr<Browser>> tabs;
    for (int i = 0; i < 4; ++i) {
        tabs.push_back(std::make_unique<Browser>(app));
        ASSERT_TRUE(tabs.back()->SignIn("leerling@demo.koers.nl"));
    }
    std::vector<std::string> landed(tabs.size());
    std::vector<std::thread> presses;
    for (size_t i = 0; i < tabs.size(); ++i)
        presses.emplace_back([&, i] {
            const auto res = tabs[i]->Post(tasks + "/1", {});
            landed[i] = res.status == 303 ? res.Header("location").value_or("") : "";
        });
    for (auto& t : presses) t.join();
    EXPECT_EQ(DossierOf(app.services()).dossiers.Entries(1).size(), before + 1);
    ASSERT_FALSE(landed[0].empty());
    for (const auto& to : landed) EXPECT_EQ(to, landed[0]);
}

// The worksheets of the assignment an activity came from reach the student with the activity:
// while it is given to their group, through their own opdrachten, for who may read those.
TEST_F(StudentTasks, AStudentDownloadsTheWorksheetsOfAnActivityGivenToTheirGroup) {
    ASSERT_EQ(decaan.Post(planner + "/1/groepen", {{"groep", groups["H4A"]}}).status, 303);
    const auto page = lotte.Get(tasks).body;
    ASSERT_TRUE(Contains(page, "Werkbladen"))
        << "activity 1 comes from the bank's first assignment";
    const std::string marker = tasks + "/1/werkbladen/";
    const size_t at = page.find(marker);
    ASSERT_NE(at, std::string::npos);
    const std::string sheet = page.substr(at, page.find('"', at) - at);
    auto res = lotte.Get(sheet);
    ASSERT_EQ(res.status, 200);
    EXPECT_EQ(res.content_type, "application/pdf");
    EXPECT_EQ(res.body.substr(0, 5), "%PDF-");
    EXPECT_EQ(mentor.Get(sheet).status, 200);
    EXPECT_EQ(decaan.Get(sheet).status, 200);

    EXPECT_EQ(lotte.Get(tasks + "/1/werkbladen/999999").status, 404);
    EXPECT_EQ(lotte.Get(tasks + "/999999/werkbladen/1").status, 404);
    Browser docent{app}, mbo{app};
    ASSERT_TRUE(docent.SignIn("docent@demo.koers.nl"));
    ASSERT_TRUE(mbo.SignIn("decaan.mbo@demo.koers.nl"));
    EXPECT_EQ(docent.Get(sheet).status, 403) << "not the student's mentor or decaan";
    EXPECT_EQ(mbo.Get(sheet).status, 403) << "another school";

    // Given to another group only, the activity and its worksheets are gone for her.
    ASSERT_EQ(decaan.Post(planner + "/1/groepen", {{"groep", groups["H4B"]}}).status, 303);
    EXPECT_EQ(lotte.Get(sheet).status, 404);
    EXPECT_FALSE(Contains(lotte.Get(tasks).body, "Werkbladen"));
}

// The count of who began is the dossier's, not the planner's: in a group of one it names the
// student. A docent or teamleider who reads the planner, and a mentor looking at another group,
// see the group and its size, never that count.
std::string RowOf(const std::string& page, const std::string& group) {
    const size_t at = page.find(">" + group + "</th>");
    if (at == std::string::npos) return {};
    return page.substr(at, page.find("</tr>", at) - at);
}

TEST_F(StudentTasks, OnlyTheGroupsMentorAndTheDecaanSeeHowManyBegan) {
    ASSERT_EQ(
        decaan.Post(planner + "/1/groepen", {{"groep", groups["H4A"]}, {"groep", groups["H4B"]}})
            .status,
        303);
    ASSERT_EQ(lotte.Post(tasks + "/1", {}).status, 303);
    const std::string counted = "numeric\">1</td>";
    const std::string hidden = "numeric\">–</td>";

    auto page = decaan.Get(planner + "/1").body;
    EXPECT_TRUE(Contains(RowOf(page, "H4A"), counted)) << RowOf(page, "H4A");
    EXPECT_FALSE(Contains(page, "ziet alleen de mentor van de groep"));

    page = mentor.Get(planner + "/1").body;  // the mentor of H4A, not of H4B
    EXPECT_TRUE(Contains(RowOf(page, "H4A"), counted)) << RowOf(page, "H4A");
    EXPECT_TRUE(Contains(RowOf(page, "H4B"), hidden)) << RowOf(page, "H4B");
    EXPECT_TRUE(Contains(page, "ziet alleen de mentor van de groep"));

    for (const char* who : {"docent@demo.koers.nl", "teamleider@demo.koers.nl"}) {
        Browser staff{app};
        ASSERT_TRUE(staff.SignIn(who));
        const auto res = staff.Get(planner + "/1");
        ASSERT_EQ(res.status, 200) << who;
        for (const char* group : {"H4A", "H4B"}) {
            const auto row = RowOf(res.body, group);
            EXPECT_TRUE(Contains(row, hidden)) << who << " " << row;
            EXPECT_FALSE(Contains(row, counted)) << who << " " << row;
        }
        EXPECT_TRUE(Contains(res.body, "ziet alleen de mentor van de groep")) << who;
    }
}

}  // namespace
}  // namespace koers::web
