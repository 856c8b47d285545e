// Instroom on the doorstroom pages through the router (no socket), on the demo world: the
// beheerder imports a file of its own kind (a bad one is refused with its line and column); the
// receiving institution sees where its new students came from, with the names of the schools
// Koers knows; the school they came from, another institution and the region see none of it
// (decision 0044: beside the sending school's own flows, an institution's count would let
// another's "<5" be worked out).
#include <gtest/gtest.h>

#include "modules/doorstroom/web/doorstroom_parts.hpp"
#include "platform/storage/org_repo.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Contains;
using testing::TestApp;

constexpr std::string_view kInflowCsv =
    "instelling;herkomst;onderwijstype;jaar;aantal\n"
    "30HZ;21VZ;vmbo-kb;2025;38\n"
    "30HZ;21VZ;vmbo-tl;2025;17\n"
    "30HZ;16TE;vmbo-tl;2025;3\n"
    "27HO;21VZ;havo;2025;44\n";

class InflowPages : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(beheerder.SignIn("beheerder@demo.koers.nl"));
        ASSERT_TRUE(mbo.SignIn("decaan.mbo@demo.koers.nl"));
        ASSERT_TRUE(vo.SignIn("decaan@demo.koers.nl"));
        horizon = "/scholen/" + std::to_string(app.SchoolId("30HZ")) + "/doorstroom";
        veldzicht = "/scholen/" + std::to_string(app.SchoolId("21VZ")) + "/doorstroom";
    }

    TestApp app;
    Browser beheerder{app};
    Browser mbo{app};
    Browser vo{app};
    std::string horizon, veldzicht;
};

TEST_F(InflowPages, TheInstitutionSeesWhereItsNewStudentsCameFromAndNoOneElseDoes) {
    auto res = beheerder.Upload("/beheer/doorstroom", "bestand", "instroom-fout.csv",
                                "instelling;herkomst;onderwijstype;jaar;aantal\n"
                                "30HZ;21VZ;vmbo-kb;2025;38\n30HZ;21VZ;gymnasium;2025;17\n");
    EXPECT_EQ(res.status, 422);
    EXPECT_TRUE(
        Contains(res.body, "Regel 3, kolom 3: &quot;gymnasium&quot; is geen onderwijstype"));
    res = beheerder.Upload("/beheer/doorstroom", "bestand", "instroom-2025.csv",
                           std::string(kInflowCsv));
    ASSERT_EQ(res.status, 303) << res.body;
    EXPECT_TRUE(Contains(beheerder.Get("/beheer/doorstroom").body,
                         "<td class=\"utrecht-table__cell\">Instroom</td>"
                         "<td class=\"utrecht-table__cell\">instroom-2025.csv</td>"));

    res = mbo.Get(horizon + "?jaar=2025");
    ASSERT_EQ(res.status, 200);
    const auto from = res.body.find("id=\"instroom\"");
    ASSERT_NE(from, std::string::npos);
    const auto part = res.body.substr(from, res.body.find("door de jaren</caption>", from) - from);
    EXPECT_TRUE(Contains(part,
                         ">Veldzicht College (21VZ)</th><td class=\"utrecht-table__cell\">"
                         "vmbo-kb</td><td class=\"utrecht-table__cell utrecht-table__cell--"
                         "numeric\">38</td>"))
        << part;
    EXPECT_TRUE(Contains(part, ">55 en 1× &lt;5</td>")) << "the 3 is in no total";
    for (const char* leak : {">3<", "58", ">44<"}) EXPECT_FALSE(Contains(part, leak)) << leak;
    const auto csv = mbo.Get(horizon + "/doorstroom.csv?jaar=2025").body;
    EXPECT_TRUE(Contains(csv, "\"Veldzicht College (21VZ)\";\"vmbo-kb\";\"38\"")) << csv;

    // The school they came from sees its own flows, not where at Horizon or Oostrand they went.
    res = vo.Get(veldzicht + "?jaar=2025");
    ASSERT_EQ(res.status, 200);
    EXPECT_FALSE(Contains(res.body, "id=\"instroom\""));
    EXPECT_FALSE(Contains(vo.Get(veldzicht + "/doorstroom.csv?jaar=2025").body, "Instroom"));
    EXPECT_EQ(vo.Get(horizon).status, 403);
    EXPECT_EQ(vo.Get(horizon + "/doorstroom.csv").status, 403);
    EXPECT_EQ(mbo.Get(veldzicht).status, 403);
    Browser regio{app};
    ASSERT_TRUE(regio.SignIn("regio@demo.koers.nl"));
    const auto region = app.services().orgs.School(app.SchoolId("30HZ"))->region_id;
    ASSERT_TRUE(region.has_value());
    res = regio.Get("/regios/" + std::to_string(*region) + "/doorstroom?jaar=2025");
    ASSERT_EQ(res.status, 200);
    EXPECT_FALSE(Contains(res.body, "id=\"instroom\""));
}

// Fifteen lines one by one, the rest added up with their "<5" beside the sum, never in it.
TEST_F(InflowPages, AfterFifteenLinesTheRestIsAddedUp) {
    std::string csv = "instelling;herkomst;onderwijstype;jaar;aantal\n";
    for (int i = 0; i < 16; ++i)
        csv += "30HZ;" + std::to_string(40 + i) + "AA;vmbo-kb;2025;" + std::to_string(200 - 3 * i) +
               "\n";
    csv += "30HZ;99ZZ;vmbo-kb;2025;2\n";
    ASSERT_EQ(beheerder.Upload("/beheer/doorstroom", "bestand", "instroom.csv", csv).status, 303);
    const auto html = mbo.Get(horizon + "?jaar=2025").body;
    const auto from = html.find("id=\"instroom\"");
    const auto part = html.substr(from, html.find("Instroom door de jaren", from) - from);
    EXPECT_TRUE(Contains(part,
                         ">Overige herkomst (2 regels)</th><td class=\"utrecht-table__cell\">"
                         "</td><td class=\"utrecht-table__cell utrecht-table__cell--numeric\">"
                         "155 en 1× &lt;5</td>"))
        << part;
    EXPECT_TRUE(Contains(part, ">2840 en 1× &lt;5</td>")) << "the total: 200 + 197 + ... + 155";
    for (const char* leak : {"157", "2842"}) EXPECT_FALSE(Contains(part, leak)) << leak;
}

}  // namespace
}  // namespace koers::web
