// Uitval en overstap on the doorstroom pages through the router (no socket), on the demo world:
// the beheerder imports a file of its own kind (a bad one is refused with its line and column and
// changes nothing; a good one replaces its years and leaves the flows alone); the decaan sees the
// school beside the region and the country, in the years and the download; and what an insider
// would try, a share or a sum that gives a "<5" away, is on no page and in no download.
#include <gtest/gtest.h>

#include "modules/doorstroom/web/doorstroom_parts.hpp"
#include "platform/storage/org_repo.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Contains;
using testing::TestApp;

constexpr std::string_view kAttritionCsv =
    "brin;onderwijstype;jaar;ingeschreven;uitgevallen;overgestapt\n"
    "21VZ;havo;2025;412;12;3\n"  // 3 of 412 would be 0,7%
    "21VZ;vwo;2025;4;0;0\n"      // a group of 4: nothing of it is shown
    "21VZ;havo;2024;398;10;14\n"
    "99ZY;havo;2025;600;30;20\n";  // a school elsewhere in the country

class AttritionPages : public ::testing::Test {
protected:
    void SetUp() override {
        school = app.SchoolId("21VZ");
        base = "/scholen/" + std::to_string(school) + "/doorstroom";
        ASSERT_TRUE(beheerder.SignIn("beheerder@demo.koers.nl"));
        ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    }

    TestApp app;
    Browser beheerder{app};
    Browser decaan{app};
    int64_t school = 0;
    std::string base;
};

TEST_F(AttritionPages, ABadFileIsRefusedAndAGoodOneReplacesOnlyItsKindOfItsYears) {
    auto& repo = DoorstroomOf(app.services()).flows;
    const int64_t flows = repo.Census(storage::FigureKind::kFlows);
    const int64_t attrition = repo.Census(storage::FigureKind::kAttrition);
    ASSERT_GT(attrition, 0) << "the demo has uitval en overstap";
    auto res = beheerder.Upload("/beheer/doorstroom", "bestand", "uitval-fout.csv",
                                "brin;onderwijstype;jaar;ingeschreven;uitgevallen;overgestapt\n"
                                "21VZ;havo;2025;412;12;3\n21VZ;vwo;2025;40;30;20\n");
    EXPECT_EQ(res.status, 422);
    EXPECT_TRUE(Contains(res.body, "Regel 3, kolom 6: Er vielen er 30 uit en stapten er 20 over"))
        << res.body;
    EXPECT_TRUE(Contains(res.body, "er is niets veranderd"));
    EXPECT_EQ(repo.Census(storage::FigureKind::kAttrition), attrition);

    res = beheerder.Upload("/beheer/doorstroom", "bestand", "uitval-2024-2025.csv",
                           std::string(kAttritionCsv));
    ASSERT_EQ(res.status, 303) << res.body;
    EXPECT_EQ(repo.Census(storage::FigureKind::kFlows), flows) << "the flows of 2025 stay";
    res = beheerder.Get("/beheer/doorstroom");
    EXPECT_TRUE(Contains(res.body, "De doorstroomcijfers zijn geïmporteerd."));
    EXPECT_TRUE(Contains(res.body,
                         "<td class=\"utrecht-table__cell\">Uitval en overstap</td>"
                         "<td class=\"utrecht-table__cell\">uitval-2024-2025.csv</td>"));
    EXPECT_TRUE(Contains(res.body, "uitval-demo-2021-2025.csv")) << "2021 to 2023 stay";
    EXPECT_TRUE(Contains(res.body, "doorstroom-demo-2021-2025.csv"));
}

// The insider: the school's 3 overgestapt of 412 havo leerlingen, and its vwo group of 4 with no
// one uitgevallen, on the school's page, the region's and in the download.
TEST_F(AttritionPages, ASmallCountOrGroupIsInNoShareNoSumAndNoDownload) {
    ASSERT_EQ(
        beheerder.Upload("/beheer/doorstroom", "bestand", "uitval.csv", std::string(kAttritionCsv))
            .status,
        303);
    auto res = decaan.Get(base + "?type=havo&jaar=2025");
    ASSERT_EQ(res.status, 200);
    const auto from = res.body.find("id=\"uitval\"");
    const auto part = res.body.substr(from, res.body.find("Download als CSV") - from);
    EXPECT_TRUE(Contains(part, "Uitval en overstap, havo</h2>"));
    EXPECT_TRUE(Contains(part,
                         ">Veldzicht College</th><td class=\"utrecht-table__cell "
                         "utrecht-table__cell--numeric\">412</td><td class=\"utrecht-table__"
                         "cell utrecht-table__cell--numeric\">12 (2,9%)</td><td class=\""
                         "utrecht-table__cell utrecht-table__cell--numeric\">&lt;5</td>"))
        << part;
    EXPECT_TRUE(Contains(part,
                         ">Nederland</th><td class=\"utrecht-table__cell "
                         "utrecht-table__cell--numeric\">1012</td><td class=\"utrecht-table__"
                         "cell utrecht-table__cell--numeric\">42 (4,2%)</td><td class=\""
                         "utrecht-table__cell utrecht-table__cell--numeric\">20 en 1× &lt;5 "
                         "(3,3%)</td>"))
        << "the country's share is of the school whose count is known: 20 of 600";
    EXPECT_TRUE(Contains(part, ">2024</th>")) << "the years side by side";
    // The places of 2025 (the years below hold the demo's other figures): not the 3, not its
    // share (0,7%), not the country with it (23 overgestapt, 2,3%).
    const auto places = part.substr(0, part.find("door de jaren</caption>"));
    for (const char* leak : {"0,7%", ">3<", " 3 ", "23", "(2,3%)", "1015"})
        EXPECT_FALSE(Contains(places, leak)) << leak;

    res = decaan.Get(base + "?type=vwo&jaar=2025");
    ASSERT_EQ(res.status, 200);
    const auto vwo = res.body.substr(res.body.find("id=\"uitval\""));
    EXPECT_TRUE(Contains(vwo,
                         ">Veldzicht College</th><td class=\"utrecht-table__cell "
                         "utrecht-table__cell--numeric\">&lt;5</td><td class=\"utrecht-table__"
                         "cell utrecht-table__cell--numeric\">&lt;5</td><td class=\""
                         "utrecht-table__cell utrecht-table__cell--numeric\">&lt;5</td>"))
        << "'0 of 4' would tell about each of the four";
    EXPECT_FALSE(Contains(vwo, ">0<"));
    EXPECT_FALSE(Contains(vwo, "0,0%"));

    const auto csv = decaan.Get(base + "/doorstroom.csv?type=havo&jaar=2025").body;
    const auto sheet = csv.substr(csv.find("Uitval en overstap"));
    EXPECT_TRUE(Contains(sheet, "\"Veldzicht College\";\"412\";\"12\";2,9;\"<5\";\r\n")) << sheet;
    EXPECT_FALSE(Contains(sheet, "\"3\""));
    EXPECT_FALSE(Contains(sheet, "0,7"));
    const auto xlsx = decaan.Get(base + "/doorstroom.xlsx?type=havo&jaar=2025");
    EXPECT_EQ(xlsx.status, 200);
}

// A vestiging has no uitval en overstap of its own: the page says so and shows the whole school's.
TEST_F(AttritionPages, AVestigingsPageShowsTheWholeSchoolsFiguresAndSaysSo) {
    auto res = decaan.Get(base + "?vestiging=01");
    ASSERT_EQ(res.status, 200);
    const auto part = res.body.substr(res.body.find("id=\"uitval\""));
    EXPECT_TRUE(Contains(part,
                         "Uitval en overstap zijn er alleen van de hele school, niet per "
                         "vestiging."));
    EXPECT_TRUE(Contains(part, ">Veldzicht College</th>"));
    EXPECT_FALSE(Contains(part, "Maak er een doel van"));
}

// The finding becomes a goal with its nulmeting, or a note in the evaluation, for who writes the
// beleid; a regiocoördinator sees the region's schools added up.
TEST_F(AttritionPages, AFigureBecomesAGoalAndTheRegionSeesItsSchoolsAddedUp) {
    ASSERT_EQ(
        beheerder.Upload("/beheer/doorstroom", "bestand", "uitval.csv", std::string(kAttritionCsv))
            .status,
        303);
    auto res = decaan.Get(base + "?type=havo&jaar=2025");
    const auto link = testing::HrefWith(res.body, "?titel=Minder%20uitval%20havo");
    ASSERT_FALSE(link.empty());
    const auto form = decaan.Get(link);
    ASSERT_EQ(form.status, 200) << link;
    EXPECT_TRUE(Contains(form.body, "value=\"Minder uitval havo\""));
    EXPECT_TRUE(Contains(form.body, "2,9% in 2025 (Regio Amstelland 2,9%, Nederland 4,2%)"))
        << form.body;
    const auto note = testing::HrefWith(res.body, "?resultaten=Uitval%20havo");
    ASSERT_FALSE(note.empty());
    EXPECT_EQ(decaan.Get(note).status, 200);

    Browser regio{app};
    ASSERT_TRUE(regio.SignIn("regio@demo.koers.nl"));
    const auto region = app.services().orgs.School(school)->region_id;
    ASSERT_TRUE(region.has_value());
    res = regio.Get("/regios/" + std::to_string(*region) + "/doorstroom?type=havo&jaar=2025");
    ASSERT_EQ(res.status, 200);
    const auto part = res.body.substr(res.body.find("id=\"uitval\""));
    EXPECT_TRUE(Contains(part, ">Regio Amstelland</th>"));
    EXPECT_TRUE(Contains(part, "12 (2,9%)")) << "the region's one school with figures in 2025";
    EXPECT_FALSE(Contains(part, "Maak er een doel van"));
}

}  // namespace
}  // namespace koers::web
