// A school's figures per vestiging through the router, on the demo world (Veldzicht's figures are
// per vestiging: Dorpsstraat 01, Parkweg 02): the school's staff choose a vestiging and see it
// beside the whole school, the region and the country, with its downloads and its goal; an
// unknown vestiging is a 404; and a vestiging's "<5" is in no figure of the whole school.
#include <gtest/gtest.h>

#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Contains;
using testing::TestApp;

class DoorstroomVestigingen : public ::testing::Test {
protected:
    void SetUp() override {
        base = "/scholen/" + std::to_string(app.SchoolId("21VZ")) + "/doorstroom";
        ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    }

    TestApp app;
    Browser decaan{app};
    std::string base;
};

TEST_F(DoorstroomVestigingen, TheDecaanChoosesAVestigingBesideTheWholeSchool) {
    auto res = decaan.Get(base);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "for=\"vestiging\">Vestiging</label>"));
    EXPECT_TRUE(Contains(res.body, "<option value=\"\" selected>De hele school</option>"));
    EXPECT_TRUE(Contains(res.body, "<option value=\"01\">Dorpsstraat (vestiging 01)</option>"));
    EXPECT_TRUE(Contains(res.body, "<option value=\"02\">Parkweg (vestiging 02)</option>"));

    res = decaan.Get(base + "?vestiging=02&type=havo&jaar=2025");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Doorstroom · Veldzicht College, Parkweg (vestiging 02)"));
    EXPECT_TRUE(Contains(res.body, "de leerlingen van deze vestiging"));
    EXPECT_TRUE(Contains(res.body, "selected>Parkweg (vestiging 02)</option>"));
    EXPECT_TRUE(Contains(res.body, ">Veldzicht College</th><th"));
    EXPECT_TRUE(Contains(res.body, ">Regio Amstelland</th>"));
    EXPECT_TRUE(Contains(res.body, "doorstroom.csv?type=havo&amp;jaar=2025&amp;vestiging=02"));
    res = decaan.Get(base + "/doorstroom.csv?type=havo&jaar=2025&vestiging=02");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "\"Veldzicht College (%)\";\"Regio Amstelland (%)\""));

    // A figure of the vestiging becomes a goal that says whose figure it is.
    res = decaan.Get(base + "?vestiging=02&type=havo&jaar=2025");
    const auto link = testing::HrefWith(res.body, "?titel=Doorstroom%20havo%20naar%20hbo");
    ASSERT_FALSE(link.empty());
    const auto form = decaan.Get(link);
    ASSERT_EQ(form.status, 200) << link;
    EXPECT_TRUE(Contains(form.body, "value=\"Doorstroom havo naar hbo, Parkweg (vestiging 02)\""));
    EXPECT_TRUE(Contains(form.body, "in 2025 (Veldzicht College "));

    // The same form chose a vestiging without the type or year asked for: the page says so and
    // shows what there is, rather than a dead end.
    res = decaan.Get(base + "?vestiging=01&type=niveau%204&jaar=2019");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body,
                         "Van niveau 4 zijn er hier geen doorstroomcijfers; u ziet alle "
                         "onderwijstypen. Van 2019 zijn er hier geen doorstroomcijfers; u ziet "
                         "2025."));
    EXPECT_TRUE(Contains(res.body, "Waar gingen ze heen? alle onderwijstypen, 2025"));
    EXPECT_EQ(decaan.Get(base + "?vestiging=01&type=gymnasium").status, 404)
        << "not an onderwijstype at all";

    for (const char* bad : {"07", "x", "1"})
        EXPECT_EQ(decaan.Get(base + "?vestiging=" + bad).status, 404) << bad;
    EXPECT_TRUE(Contains(decaan.Get(base + "?vestiging=07").body,
                         "Van deze vestiging zijn er geen doorstroomcijfers."));
    Browser other{app};
    ASSERT_TRUE(other.SignIn("decaan.mbo@demo.koers.nl"));
    EXPECT_EQ(other.Get(base + "?vestiging=01").status, 403) << "another school's vestiging";
    EXPECT_EQ(other.Get(base + "/doorstroom.csv?vestiging=01").status, 403);
}

// The insider: Parkweg's 3 to wo is "<5"; Dorpsstraat's 12 is shown. The whole school's wo is
// "12 en 1× <5", so neither the school minus Dorpsstraat nor any share tells the 3.
TEST_F(DoorstroomVestigingen, AVestigingsSmallCellIsInNoFigureOfTheWholeSchool) {
    Browser beheerder{app};
    ASSERT_TRUE(beheerder.SignIn("beheerder@demo.koers.nl"));
    auto res = beheerder.Upload(
        "/beheer/doorstroom", "bestand", "vestigingen-2025.csv",
        "brin;vestiging;vestigingsnaam;onderwijstype;jaar;bestemming;aantal;na_een_jaar\n"
        "21VZ;01;Dorpsstraat;havo;2025;hbo;40;35\n21VZ;01;Dorpsstraat;havo;2025;wo;12;10\n"
        "21VZ;02;Parkweg;havo;2025;hbo;20;18\n21VZ;02;Parkweg;havo;2025;wo;3;3\n");
    ASSERT_EQ(res.status, 303) << res.body;

    res = decaan.Get(base + "?type=havo&jaar=2025");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(
        res.body, "72 leerlingen gingen van school, en daarnaast een groepje van minder dan 5."));
    EXPECT_TRUE(Contains(res.body, "wo: 12 en 1× &lt;5 (16,7%)</text>"));
    EXPECT_TRUE(Contains(res.body, "hbo: 60 (83,3%)</text>"));
    res = decaan.Get(base + "?type=havo&jaar=2025&vestiging=02");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "wo: &lt;5</text>"));
    EXPECT_TRUE(Contains(res.body, "hbo: 20 (100,0%)"));
    for (const auto* page : {"", "&vestiging=01", "&vestiging=02"}) {
        // The flows' part of the page and the download (uitval en overstap follows, with
        // figures of its own that may well hold a 3).
        auto html = decaan.Get(base + "?type=havo&jaar=2025" + page).body;
        html = html.substr(0, html.find("id=\"uitval\""));
        auto csv = decaan.Get(base + "/doorstroom.csv?type=havo&jaar=2025" + page).body;
        csv = csv.substr(0, csv.find("Uitval en overstap"));
        for (const char* leak : {">15<", " 15 ", "(3,", ": 3 ", ">3<", "75 leerlingen", ">75<"})
            EXPECT_FALSE(Contains(html, leak)) << page << " " << leak;
        // Counts are quoted in the download, shares are not (a share of 15% is no leak).
        for (const char* leak : {"\"3\"", "\"15", "\"75", ";3;"})
            EXPECT_FALSE(Contains(csv, leak)) << page << " " << leak;
    }
}

}  // namespace
}  // namespace koers::web
