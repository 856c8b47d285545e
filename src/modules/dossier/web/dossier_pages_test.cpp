// The loopbaandossier through the router (no socket): the student writes, changes and removes
// entries (input kept on every error, a stale save overwrites nothing), the mentor and the
// decaan read and the student sees who did, a mentor sees only their own groups.
#include <gtest/gtest.h>

#include "modules/dossier/core/entries.hpp"
#include "modules/dossier/web/dossier_pages_test_support.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/storage/user_repo.hpp"

namespace koers::web {
namespace {

using dossier_testing::Contains;
using dossier_testing::DossierPages;
using testing::Browser;

TEST_F(DossierPages, TheStudentFindsTheirDossierFromTheDashboard) {
    auto res = student.Get("/dashboard");
    ASSERT_EQ(res.status, 200);
    const std::string mine = "/scholen/" + std::to_string(school) + "/mijn-dossier";
    EXPECT_TRUE(Contains(res.body, "href=\"" + mine + "\"")) << res.body;
    EXPECT_TRUE(Contains(res.body, "Het dossier is van jou"));
    res = student.Get(mine);
    ASSERT_EQ(res.status, 303);
    EXPECT_EQ(res.Header("Location"), base);
    res = student.Get(base);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Mijn loopbaandossier"));
    EXPECT_TRUE(Contains(res.body, "Open dag Horizon mbo, verpleegkunde"));  // from the demo
    EXPECT_TRUE(Contains(res.body, "Je dossier in één oogopslag"));
    EXPECT_FALSE(Contains(res.body, " u "));  // a student is spoken to with "je"
}

TEST_F(DossierPages, AnErvaringIsWrittenAndAMistakeKeepsWhatWasTyped) {
    const size_t before = dossiers().Entries(own).size();
    auto res = student.Post(base + "/nieuw/ervaring",
                            {{"soort", "open-dag"}, {"resultaat", "Veel gezien bij de bakkerij"}});
    ASSERT_EQ(res.status, 400);
    EXPECT_TRUE(Contains(res.body, "Veel gezien bij de bakkerij"));
    EXPECT_TRUE(Contains(res.body, "Vul “Wat was het?” in."));  // the missing title is named
    EXPECT_EQ(dossiers().Entries(own).size(), before);
    res = student.Post(base + "/nieuw/ervaring", {{"soort", "vliegen"}, {"titel", "Iets"}});
    EXPECT_EQ(res.status, 400);
    res = student.Post(base + "/nieuw/ervaring", {{"soort", "meeloopdag"},
                                                  {"titel", "Meeloopdag bakkerij"},
                                                  {"competenties", "werk"},
                                                  {"competenties", "netwerk"}});
    ASSERT_EQ(res.status, 303);
    const auto entries = dossiers().Entries(own);
    ASSERT_EQ(entries.size(), before + 1);
    EXPECT_EQ(core::FieldOf(entries.front().fields, "competenties"), "werk,netwerk");
    res = student.Get(base);
    EXPECT_TRUE(Contains(res.body, "Meeloopdag bakkerij"));
    EXPECT_TRUE(Contains(res.body, "Opgeslagen in je dossier."));
}

TEST_F(DossierPages, AReflectieAsksTheQuestionsOfTheChosenCompetency) {
    auto res = student.Get(base + "/nieuw/reflectie?competentie=netwerk");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Wie ken je die iets weet over werk"));
    res = student.Get(base + "/nieuw/reflectie?competentie=kwaliteiten");
    EXPECT_TRUE(Contains(res.body, "Waar ben je goed in?"));
    EXPECT_EQ(student.Get(base + "/nieuw/taak").status, 404);
    res = student.Post(base + "/nieuw/reflectie",
                       {{"competentie", "netwerk"}, {"titel", "Wie ik ken"}, {"vraag1", "Oom"}});
    ASSERT_EQ(res.status, 303);
    const auto entry = dossiers().Entries(own).front();
    res = student.Get(base + "/" + std::to_string(entry.id));
    EXPECT_TRUE(Contains(res.body, "Wie ken je die iets weet over werk"));
    EXPECT_TRUE(Contains(res.body, "Oom"));
}

TEST_F(DossierPages, AStaleSaveShowsBothVersionsAndOverwritesNothing) {
    const auto entry = dossiers().Entries(own).front();
    const std::string path = base + "/" + std::to_string(entry.id);
    const std::string version = std::to_string(entry.version);
    auto with = [&](const std::string& title) {
        Pairs post = {{"version", version}};
        for (const auto& [name, value] : entry.fields)
            if (name != "titel") post.emplace_back(name, value);
        post.emplace_back("titel", title);
        return post;
    };
    ASSERT_EQ(student.Post(path, with("Eerste tab")).status, 303);
    auto res = student.Post(path, with("Tweede tab"));
    ASSERT_EQ(res.status, 409);
    EXPECT_TRUE(Contains(res.body, "Jouw versie"));
    EXPECT_TRUE(Contains(res.body, "Tweede tab"));  // kept in the form
    EXPECT_EQ(core::FieldOf(dossiers().Entry(own, entry.id)->fields, "titel"), "Eerste tab");
    // Removing it from the stale page is refused as well; from the fresh one it works.
    EXPECT_EQ(student.Post(path + "/verwijderen", {{"version", version}}).status, 409);
    const auto fresh = std::to_string(dossiers().Entry(own, entry.id)->version);
    EXPECT_EQ(student.Post(path + "/verwijderen", {{"version", fresh}}).status, 303);
    EXPECT_FALSE(dossiers().Entry(own, entry.id));
    EXPECT_EQ(student.Get(path).status, 404);
}

TEST_F(DossierPages, TheMentorReadsAndTheStudentSeesThatTheyDid) {
    ASSERT_EQ(student.Get(base).status, 200);
    EXPECT_TRUE(dossiers().Looks(own, 10).empty());  // the student's own looks are not logged
    Browser mentor(app);
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    auto res = mentor.Get(base);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Loopbaandossier van Lotte Leerling"));
    EXPECT_TRUE(Contains(res.body, "De leerling ziet dat u het heeft bekeken."));
    const auto entry = dossiers().Entries(own).front();
    res = mentor.Get(base + "/" + std::to_string(entry.id));
    ASSERT_EQ(res.status, 200);
    EXPECT_FALSE(Contains(res.body, "name=\"version\""));  // reading, not writing (reacting only)
    EXPECT_EQ(mentor
                  .Post(base + "/" + std::to_string(entry.id),
                        {{"version", std::to_string(entry.version)}, {"titel", "Mentor"}})
                  .status,
              403);
    // The log of looks is the student's: the mentor does not read it.
    EXPECT_EQ(mentor.Get(base + "/inzage").status, 403);
    res = student.Get(base + "/inzage");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Mohamed Mentor"));
    EXPECT_TRUE(Contains(res.body, "mentor van groep H4A"));
    EXPECT_TRUE(Contains(res.body, "het dossier"));
    EXPECT_EQ(dossiers().Looks(own, 10).size(), 2u);
}

TEST_F(DossierPages, TheMentorRecordsAGesprekAndTheStudentFindsTheAgreedActions) {
    Browser mentor(app);
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    auto res = mentor.Get(base);
    EXPECT_TRUE(Contains(res.body, "Loopbaangesprek vastleggen"));
    EXPECT_FALSE(Contains(student.Get(base).body, "Loopbaangesprek vastleggen"));
    res = mentor.Get(base + "/gesprek");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Vragen voor het gesprek"));
    EXPECT_TRUE(
        Contains(res.body, "Welk werk of welke opleiding heb je onlangs van dichtbij gezien?"));
    EXPECT_EQ(mentor.Post(base + "/gesprek", {{"datum", ""}, {"terugblik", "Stage"}}).status, 400);
    ASSERT_EQ(mentor
                  .Post(base + "/gesprek",
                        {{"datum", "2026-11-20"},
                         {"terugblik", "Snuffelstage bij de kinderopvang."},
                         {"actie", "Open dag Horizon bezoeken\n- Tante bellen over haar werk"},
                         {"competenties", "werk"}})
                  .status,
              303);
    const auto talk = dossiers().Entries(own).front();
    ASSERT_EQ(talk.kind, core::EntryKind::kGesprek);
    const std::string path = base + "/" + std::to_string(talk.id);

    // The student reads it and finds the actions on their to-do list.
    res = student.Get(base);
    EXPECT_TRUE(Contains(res.body, "Wat je hebt afgesproken"));
    EXPECT_TRUE(Contains(res.body, "Tante bellen over haar werk"));
    res = student.Get(path);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Snuffelstage bij de kinderopvang."));
    EXPECT_FALSE(Contains(res.body, "name=\"version\""));
    // The gesprek is the mentor's: the student neither changes nor removes it.
    const std::string version = std::to_string(talk.version);
    EXPECT_EQ(student.Post(path, {{"version", version}, {"datum", "2026-11-21"}}).status, 403);
    EXPECT_EQ(student.Post(path + "/verwijderen", {{"version", version}}).status, 403);
    EXPECT_EQ(student
                  .Post(base + "/gesprek/" + std::to_string(talk.id),
                        {{"version", version}, {"datum", "2026-11-21"}})
                  .status,
              403);
    // The mentor changes it; a student's own entry is not a gesprek to them.
    EXPECT_EQ(mentor
                  .Post(base + "/gesprek/" + std::to_string(talk.id),
                        {{"version", version}, {"datum", "2026-11-21"}, {"actie", "Bellen"}})
                  .status,
              303);
    EXPECT_EQ(core::FieldOf(dossiers().Entry(own, talk.id)->fields, "datum"), "2026-11-21");
    const auto ervaring = dossiers().Entries(own).back();
    EXPECT_EQ(mentor
                  .Post(base + "/gesprek/" + std::to_string(ervaring.id),
                        {{"version", std::to_string(ervaring.version)}, {"datum", "2026-11-21"}})
                  .status,
              404);
    // The group overview shows when the last gesprek was.
    int64_t h4a = 0;
    for (const auto& g : app.services().students.Groups(school))
        if (g.name == "H4A") h4a = g.id;
    res = mentor.Get("/scholen/" + std::to_string(school) + "/groepen/" + std::to_string(h4a));
    EXPECT_TRUE(Contains(res.body, "Laatste gesprek"));
}

TEST_F(DossierPages, AParentSeesWhatTheAgeRulesAllowAndTheScreenSaysWhy) {
    // The demo parent's children: Lotte (born 2010-03-14, 16) and a 13-year-old in V3A.
    Browser parent(app);
    ASSERT_TRUE(parent.SignIn("ouder@demo.koers.nl"));
    const std::string children = "/scholen/" + std::to_string(school) + "/mijn-kinderen";
    EXPECT_TRUE(Contains(parent.Get("/dashboard").body, "href=\"" + children + "\""));
    auto res = parent.Get(children);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Lotte Leerling"));
    const auto lotte_path =
        base.substr(0, base.size() - std::string("/dossier").size()) + "/ouders";
    res = parent.Get(lotte_path);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Uw kind is 16 jaar of ouder"));
    EXPECT_FALSE(Contains(res.body, "in één oogopslag"));
    EXPECT_TRUE(dossiers().Looks(own, 10).empty()) << "nothing shown, nothing to log";

    // The younger child: the summary and what the gesprekken agreed, never what they wrote.
    int64_t younger = 0;
    for (const auto& s : app.services().students.ChildrenAt(
             app.services().users.ByEmail("ouder@demo.koers.nl")->id, school))
        if (s.id != own) younger = s.id;
    ASSERT_GT(younger, 0);
    dossiers().Add(
        younger, core::EntryKind::kReflectie,
        {{"competentie", "motieven"}, {"titel", "Geheim"}, {"vraag1", "Mijn eigen tekst"}},
        {std::nullopt, "Leerling"}, app.clock().Now());
    dossiers().Add(younger, core::EntryKind::kGesprek,
                   {{"datum", "2026-11-20"}, {"actie", "Open dag bezoeken"}},
                   {std::nullopt, "Mentor"}, app.clock().Now());
    const std::string younger_path =
        "/scholen/" + std::to_string(school) + "/leerlingen/" + std::to_string(younger);
    res = parent.Get(younger_path + "/ouders");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Uw kind is jonger dan 16 jaar"));
    EXPECT_TRUE(Contains(res.body, "Het dossier in één oogopslag"));
    EXPECT_TRUE(Contains(res.body, "Open dag bezoeken"));
    EXPECT_FALSE(Contains(res.body, "Mijn eigen tekst"));
    EXPECT_FALSE(Contains(res.body, "Geheim"));
    const auto looks = dossiers().Looks(younger, 10);
    ASSERT_EQ(looks.size(), 1u);
    EXPECT_EQ(looks[0].basis, "Ouder/verzorger");
    // Never the dossier itself, never another child.
    EXPECT_EQ(parent.Get(younger_path + "/dossier").status, 403);
    const auto classmates =
        app.services().students.InGroup(*app.services().students.Student(younger)->group_id);
    for (const auto& s : classmates) {
        if (s.id == younger) continue;
        EXPECT_EQ(parent
                      .Get("/scholen/" + std::to_string(school) + "/leerlingen/" +
                           std::to_string(s.id) + "/ouders")
                      .status,
                  403);
    }
    EXPECT_EQ(student.Get(younger_path + "/ouders").status, 403);
}

TEST_F(DossierPages, MijnKeuzesShowsTheStudentsChoicesOverTheYearsFromEverySchool) {
    auto& s = app.services();
    const auto lotte = *s.students.Student(own);
    // Lotte's earlier school (she left it): its dossier held her profile choice.
    storage::SchoolRecord earlier;
    earlier.name = "Basisschool De Wilg";
    earlier.brin = "99WL";
    earlier.sector = "vo";
    const int64_t earlier_school = s.orgs.AddSchool(earlier, 1);
    storage::StudentRecord before = lotte;
    before.school_id = earlier_school;
    before.group_id.reset();
    const int64_t old = s.students.Enrol(before, 1);
    before.id = old;
    before.left_at = 2;
    s.students.Update(before);
    const int64_t september_2024 = 1726000000;
    const int64_t old_entry = dossiers().Add(
        old, core::EntryKind::kKeuze,
        {{"soort", "profiel"}, {"titel", "Havo met natuur en gezondheid"}, {"waarom", "Biologie"}},
        {std::nullopt, "Lotte"}, september_2024);
    ASSERT_EQ(student
                  .Post(base + "/nieuw/keuze", {{"soort", "opleiding"},
                                                {"titel", "Hbo-v in Zwolle"},
                                                {"twijfel", "Of ik het aankan"}})
                  .status,
              303);
    auto res = student.Get(base + "/keuzes");
    ASSERT_EQ(res.status, 200);
    const size_t now = res.body.find("Hbo-v in Zwolle"), then = res.body.find("Havo met natuur");
    ASSERT_NE(now, std::string::npos);
    ASSERT_NE(then, std::string::npos);
    EXPECT_LT(now, then) << "the latest first";
    EXPECT_TRUE(Contains(res.body, "Schooljaar 2024-2025"));
    EXPECT_TRUE(Contains(res.body, "Basisschool De Wilg"));
    EXPECT_TRUE(Contains(res.body, "Of ik het aankan"));
    EXPECT_TRUE(Contains(res.body, "Profiel, sector of richting"));
    // The old school's entry is read here, not linked to a dossier she can no longer open.
    EXPECT_FALSE(Contains(res.body, "/dossier/" + std::to_string(old_entry) + "\""));
    // Only the student reads it: not the mentor, who never sees the earlier school's dossier.
    Browser mentor(app);
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    EXPECT_EQ(mentor.Get(base + "/keuzes").status, 403);
    EXPECT_FALSE(Contains(mentor.Get(base).body, "Havo met natuur"));
}

TEST_F(DossierPages, AMentorSeesOnlyTheirOwnGroupsAndTheDecaanAll) {
    const std::string groups = "/scholen/" + std::to_string(school) + "/groepen";
    Browser mentor(app);
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    auto res = mentor.Get(groups);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, ">H4A<"));
    EXPECT_FALSE(Contains(res.body, ">H4B<"));
    EXPECT_FALSE(Contains(res.body, ">V3A<"));
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    res = decaan.Get(groups);
    EXPECT_TRUE(Contains(res.body, ">H4A<"));
    EXPECT_TRUE(Contains(res.body, ">H4B<"));
    EXPECT_TRUE(Contains(res.body, ">V3A<"));
    int64_t h4a = 0, h4b = 0;
    for (const auto& g : app.services().students.Groups(school)) {
        if (g.name == "H4A") h4a = g.id;
        if (g.name == "H4B") h4b = g.id;
    }
    res = mentor.Get(groups + "/" + std::to_string(h4a));
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Lotte Leerling"));
    EXPECT_TRUE(Contains(res.body, "24 leerlingen"));
    EXPECT_TRUE(Contains(res.body, "hebben nog geen vervolgopleiding gekozen"));
    EXPECT_TRUE(Contains(res.body, "nog geen keuze"));
    EXPECT_EQ(mentor.Get(groups + "/" + std::to_string(h4b)).status, 403);
    EXPECT_EQ(student.Get(groups).status, 403);
    // Nothing of the group overview is a look at a dossier.
    EXPECT_TRUE(dossiers().Looks(own, 10).empty());
}

}  // namespace
}  // namespace koers::web
