// The doorstroom pages through the router (no socket), on the demo world: a school's staff see
// its dashboard beside the region and the country, with its flow diagram, tables and downloads;
// other schools, students and parents do not; a region's coordinator sees only their region; the
// beheerder imports a file, and a bad one is refused with its line and column and changes
// nothing; and a "<5" cell shows as "<5" everywhere, outside every total.
#include <gtest/gtest.h>

#include "modules/doorstroom/web/doorstroom_parts.hpp"
#include "modules/networks/storage/network_repo.hpp"
#include "modules/quality/web/quality_parts.hpp"
#include "platform/storage/org_repo.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Contains;
using testing::TestApp;

class DoorstroomPages : public ::testing::Test {
protected:
    void SetUp() override {
        school = app.SchoolId("21VZ");
        base = "/scholen/" + std::to_string(school) + "/doorstroom";
        ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    }
    int64_t RegionId(const std::string& name) {
        for (const auto& r : app.services().orgs.Regions())
            if (r.name == name) return r.id;
        ADD_FAILURE() << name;
        return 0;
    }

    TestApp app;
    Browser decaan{app};
    int64_t school = 0;
    std::string base;
};

TEST_F(DoorstroomPages, TheDecaanSeesWhereTheLeaversWentBesideTheRegionAndTheCountry) {
    auto res = decaan.Get(base);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Doorstroom · Veldzicht College"));
    EXPECT_TRUE(Contains(res.body, "Waar gingen ze heen? alle onderwijstypen, 2025"));
    EXPECT_TRUE(Contains(res.body, "koers-sankey__band koers-sankey__band--hbo"));
    EXPECT_TRUE(Contains(res.body, ">Regio Amstelland</th>"));
    EXPECT_TRUE(Contains(res.body, ">Nederland</th>"));
    EXPECT_TRUE(Contains(res.body, "<option value=\"2021\">2021</option>"));
    res = decaan.Get(base + "?type=havo&jaar=2023");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Waar gingen ze heen? havo, 2023"));
    EXPECT_TRUE(Contains(res.body, "<option value=\"havo\" selected>havo</option>"));
    // Only what has figures can be chosen.
    EXPECT_EQ(decaan.Get(base + "?type=gymnasium").status, 404);
    EXPECT_EQ(decaan.Get(base + "?jaar=1900").status, 404);
    EXPECT_EQ(decaan.Get(base + "?jaar=twintig").status, 404);
    EXPECT_TRUE(Contains(decaan.Get(base + "?jaar=twintig").body,
                         "Voor dit jaar zijn er geen doorstroomcijfers."));
    // The school's page links to it.
    EXPECT_TRUE(Contains(decaan.Get("/scholen/" + std::to_string(school)).body, base));

    res = decaan.Get(base + "/doorstroom.csv?type=havo&jaar=2025");
    ASSERT_EQ(res.status, 200);
    EXPECT_EQ(res.Header("Content-Disposition"),
              "attachment; filename=\"doorstroom-havo-2025.csv\"");
    EXPECT_TRUE(Contains(res.body, "\"Bestemming\";\"Aantal\";\"Aandeel (%)\""));
    EXPECT_TRUE(Contains(res.body, "\"Regio Amstelland (%)\";\"Nederland (%)\""));
    res = decaan.Get(base + "/doorstroom.xlsx");
    ASSERT_EQ(res.status, 200);
    EXPECT_EQ(res.body.substr(0, 2), "PK");
}

// Closing the loop: a figure becomes a goal of the beleid with the figure as its nulmeting, for
// who writes the beleid; the goal is saved only when the form is.
TEST_F(DoorstroomPages, TheDecaanTurnsAFigureIntoAGoalWithItsNulmeting) {
    const int64_t year = QualityOf(app.services()).quality.Years(school).front().id;
    const size_t goals_before =
        QualityOf(app.services()).quality.Records(year, core::Kind::kDoel).size();
    auto res = decaan.Get(base + "?type=havo&jaar=2025");
    const auto link = testing::HrefWith(res.body, "?titel=Doorstroom%20havo%20naar%20hbo");
    ASSERT_FALSE(link.empty()) << "a link on the hbo row";
    EXPECT_EQ(link.find("/scholen/" + std::to_string(school) + "/kwaliteit/"), 0u) << link;
    const auto form = decaan.Get(link);
    ASSERT_EQ(form.status, 200) << link;
    EXPECT_TRUE(Contains(form.body, "value=\"Doorstroom havo naar hbo\""));
    EXPECT_TRUE(Contains(form.body, "Aandeel van de leerlingen havo dat na school naar hbo gaat"));
    EXPECT_TRUE(Contains(form.body, "in 2025 (Regio Amstelland "));
    EXPECT_EQ(QualityOf(app.services()).quality.Records(year, core::Kind::kDoel).size(),
              goals_before)
        << "nothing is saved by opening the form";
    // Who reads the figures but does not write the beleid gets no such link.
    Browser docent{app};
    ASSERT_TRUE(docent.SignIn("docent@demo.koers.nl"));
    res = docent.Get(base + "?type=havo&jaar=2025");
    ASSERT_EQ(res.status, 200);
    EXPECT_FALSE(Contains(res.body, "Maak er een doel van"));
}

// A figure noted in the evaluation of the beleid: below what the evaluation says, with the
// doorstroom among its sources, and nothing saved before the form is.
TEST_F(DoorstroomPages, TheDecaanNotesAFigureInTheEvaluation) {
    auto& quality = QualityOf(app.services()).quality;
    const auto year = quality.Years(school).front();
    const std::string evaluation = "/scholen/" + std::to_string(school) + "/kwaliteit/" +
                                   std::to_string(year.start_year) + "/evaluatie";
    // What the evaluation says already.
    const auto stored = quality.Single(year.id, core::Kind::kEvaluatie, std::nullopt);
    const std::string version = stored ? std::to_string(stored->version) : "0";
    ASSERT_EQ(decaan
                  .Post(evaluation, {{"version", version},
                                     {"resultaten", "De ouderavond werd goed bezocht."},
                                     {"bronnen", "scan"}})
                  .status,
              303);
    const auto saved = quality.Single(year.id, core::Kind::kEvaluatie, std::nullopt);
    ASSERT_TRUE(saved.has_value());

    const auto res = decaan.Get(base + "?type=havo&jaar=2025");
    const auto link = testing::HrefWith(res.body, "/evaluatie?resultaten=");
    ASSERT_FALSE(link.empty()) << "a link on each row with a share";
    EXPECT_EQ(link.find(evaluation + "?"), 0u) << link;
    const auto form = decaan.Get(link);
    ASSERT_EQ(form.status, 200) << link;
    EXPECT_TRUE(Contains(form.body,
                         "De ouderavond werd goed bezocht.\n\nDoorstroomcijfers havo: "
                         "naar "))
        << "below what it said";
    EXPECT_TRUE(Contains(form.body, " in 2025 (Regio Amstelland "));
    EXPECT_TRUE(Contains(form.body, "value=\"scan\" checked"));
    EXPECT_TRUE(Contains(form.body, "value=\"doorstroom\" checked"));
    EXPECT_TRUE(Contains(form.body, "een voorstel dat nog niet is opgeslagen"));
    EXPECT_EQ(quality.Single(year.id, core::Kind::kEvaluatie, std::nullopt)->version,
              saved->version)
        << "nothing is saved by opening the form";

    // Who reads the evaluation but does not write it sees what is stored, not the proposal.
    Browser docent{app};
    ASSERT_TRUE(docent.SignIn("docent@demo.koers.nl"));
    const auto read = docent.Get(link);
    ASSERT_EQ(read.status, 200);
    EXPECT_TRUE(Contains(read.body, "De ouderavond werd goed bezocht."));
    EXPECT_FALSE(Contains(read.body, "Doorstroomcijfers havo"));
    EXPECT_FALSE(Contains(read.body, "een voorstel dat nog niet is opgeslagen"));
}

TEST_F(DoorstroomPages, OnlyTheSchoolsStaffAndTheRegionsCoordinatorSeeTheFigures) {
    Browser other{app}, student{app}, parent{app}, regio{app}, beheerder{app};
    ASSERT_TRUE(other.SignIn("decaan.mbo@demo.koers.nl"));
    ASSERT_TRUE(student.SignIn("leerling@demo.koers.nl"));
    ASSERT_TRUE(parent.SignIn("ouder@demo.koers.nl"));
    ASSERT_TRUE(regio.SignIn("regio@demo.koers.nl"));
    ASSERT_TRUE(beheerder.SignIn("beheerder@demo.koers.nl"));
    for (auto* who : {&other, &student, &parent}) {
        EXPECT_EQ(who->Get(base).status, 403);
        EXPECT_EQ(who->Get(base + "/doorstroom.csv").status, 403);
    }
    EXPECT_EQ(Browser(app).Get(base).status, 303) << "to the sign-in page";
    const int64_t amstelland = RegionId("Regio Amstelland"), twente = RegionId("Regio Twente");
    auto res = regio.Get("/regios/" + std::to_string(amstelland) + "/doorstroom");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Doorstroom · Regio Amstelland"));
    EXPECT_TRUE(Contains(res.body, ">Nederland</th>"));
    EXPECT_EQ(regio.Get("/regios/" + std::to_string(twente) + "/doorstroom").status, 403);
    // One of the region's networks: its member schools added up, beside the whole region.
    const auto networks = storage::NetworkRepo(app.db()).InRegion(amstelland);
    ASSERT_EQ(networks.size(), 1u);
    const std::string region_page = "/regios/" + std::to_string(amstelland) + "/doorstroom";
    res = regio.Get(region_page + "?netwerk=" + std::to_string(networks[0].id));
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Doorstroom · LOB-netwerk Amstelveen"));
    EXPECT_TRUE(Contains(res.body, "de scholen in dit netwerk"));
    EXPECT_TRUE(Contains(res.body, ">Regio Amstelland</th>"));
    EXPECT_TRUE(Contains(res.body, "selected>Netwerk: LOB-netwerk Amstelveen</option>"));
    EXPECT_TRUE(Contains(res.body, "doorstroom.csv?type=&amp;jaar=2025&amp;netwerk="));
    core::Network elsewhere;
    elsewhere.region_id = twente;
    elsewhere.name = "Netwerk Twente";
    const int64_t foreign = storage::NetworkRepo(app.db()).Add(elsewhere, 1);
    for (const std::string& bad : {std::to_string(foreign), std::string("999"), std::string("x")})
        EXPECT_EQ(regio.Get(region_page + "?netwerk=" + bad).status, 404) << bad;
    EXPECT_EQ(decaan.Get("/regios/" + std::to_string(amstelland) + "/doorstroom").status, 403);
    EXPECT_EQ(regio.Get(base).status, 403) << "a region sees its schools added up, not one";
    EXPECT_EQ(decaan.Get("/beheer/doorstroom").status, 403);
    EXPECT_EQ(beheerder.Get("/beheer/doorstroom").status, 200);
}

TEST_F(DoorstroomPages, ABadFileIsRefusedWithItsLineAndColumnAndAGoodOneReplacesItsYear) {
    Browser beheerder{app};
    ASSERT_TRUE(beheerder.SignIn("beheerder@demo.koers.nl"));
    auto& flows = DoorstroomOf(app.services()).flows;
    const int64_t before = flows.Census();
    const std::string header = "brin;onderwijstype;jaar;bestemming;aantal;na_een_jaar\n";
    auto res = beheerder.Upload("/beheer/doorstroom", "bestand", "fout.csv",
                                header + "21VZ;havo;2025;hbo;60;51\n21VZ;havo;2025;wo;veel;3\n");
    EXPECT_EQ(res.status, 422);
    EXPECT_TRUE(Contains(res.body, "Regel 3, kolom 5: &quot;veel&quot; is geen aantal"));
    EXPECT_TRUE(Contains(res.body, "er is niets veranderd"));
    EXPECT_EQ(flows.Census(), before);
    EXPECT_EQ(beheerder.Upload("/beheer/doorstroom", "bestand", "leeg.csv", "").status, 400);

    // 2025 again, only for 21VZ, with a small cell: the year is the new file, the rest stays.
    res = beheerder.Upload("/beheer/doorstroom", "bestand", "doorstroom-2025.csv",
                           header +
                               "21VZ;havo;2025;hbo;60;51\n21VZ;havo;2025;wo;3;3\n"
                               "21VZ;havo;2025;geen;20;\n");
    ASSERT_EQ(res.status, 303);
    res = beheerder.Get("/beheer/doorstroom");
    EXPECT_TRUE(Contains(res.body, "De doorstroomcijfers zijn geïmporteerd."));
    EXPECT_TRUE(Contains(res.body, "doorstroom-2025.csv"));
    EXPECT_TRUE(Contains(res.body, "doorstroom-demo-2021-2025.csv")) << "the other years stay";

    // The insider's view: the "<5" is in no total and no share, on the page and in the download.
    res = decaan.Get(base + "?type=havo&jaar=2025");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(
        res.body, "80 leerlingen gingen van school, en daarnaast een groepje van minder dan 5."));
    EXPECT_TRUE(Contains(res.body, "wo: &lt;5</text>"));
    EXPECT_TRUE(Contains(res.body, "hbo: 60 (75,0%)"));
    // The flows' part (uitval en overstap follows, with figures of its own that may hold a 3).
    const auto flows_part = res.body.substr(0, res.body.find("id=\"uitval\""));
    for (const char* leak : {">83<", " 83 ", "83 leerlingen", "(3,", ": 3 ", ">3<"})
        EXPECT_FALSE(Contains(flows_part, leak)) << leak << ": the 3 is in no figure";
    res = decaan.Get(base + "/doorstroom.csv?type=havo&jaar=2025");
    res.body = res.body.substr(0, res.body.find("Uitval en overstap"));
    EXPECT_TRUE(Contains(res.body, "\"wo\";\"<5\";;;;;"));
    EXPECT_TRUE(Contains(res.body, "\"Totaal\";\"80 en 1× <5\";;;85"));
    EXPECT_FALSE(Contains(res.body, "\"83")) << "no count (counts are quoted; shares are not)";
    EXPECT_FALSE(Contains(res.body, ";3;"));
    EXPECT_FALSE(Contains(res.body, "\"3\""));
}

}  // namespace
}  // namespace koers::web
