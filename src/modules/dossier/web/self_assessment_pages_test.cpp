// The zelfbeeld through the router: the student fills it in on the form of its kind (the date
// already filled in, only the four steps accepted), and the dossier page shows the trend per
// loopbaancompetentie as a chart and as a table, to the student and to the mentor.
#include <gtest/gtest.h>

#include "modules/dossier/web/dossier_pages_test_support.hpp"

namespace koers::web {
namespace {

using dossier_testing::Contains;
using dossier_testing::DossierPages;
using testing::Browser;

std::vector<std::pair<std::string, std::string>> Zelfbeeld(const std::string& date,
                                                           const std::string& werk) {
    return {{"datum", date}, {"kwaliteiten", "3"}, {"motieven", "3"},
            {"werk", werk},  {"sturing", "2"},     {"netwerk", "1"}};
}

TEST_F(DossierPages, TheStudentFillsInAZelfbeeldAndSeesTheTrend) {
    auto res = student.Get(base);
    EXPECT_TRUE(Contains(res.body, "Kijk hoe je ervoor staat"));
    EXPECT_FALSE(Contains(res.body, "Hoe sta je ervoor?")) << "no trend before the first zelfbeeld";
    res = student.Get(base + "/nieuw/zelfbeeld");
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Ik weet waar ik goed in ben."));
    EXPECT_TRUE(Contains(res.body, "Daar ben ik goed in"));
    EXPECT_TRUE(Contains(res.body, "name=\"datum\" value=\"20")) << "today is filled in";

    auto wrong = Zelfbeeld("2026-09-15", "5");
    res = student.Post(base + "/nieuw/zelfbeeld", wrong);
    ASSERT_EQ(res.status, 400);
    EXPECT_TRUE(Contains(res.body, "een van de mogelijkheden"));
    ASSERT_EQ(student.Post(base + "/nieuw/zelfbeeld", Zelfbeeld("2026-09-15", "1")).status, 303);
    ASSERT_EQ(student.Post(base + "/nieuw/zelfbeeld", Zelfbeeld("2026-11-20", "3")).status, 303);

    res = student.Get(base);
    EXPECT_TRUE(Contains(res.body, "Hoe sta je ervoor?"));
    EXPECT_TRUE(Contains(res.body, "de laatste keer op 20 november 2026"));
    EXPECT_TRUE(Contains(res.body,
                         "Dat lukt meestal <span class=\"koers-muted\">(beter dan de vorige "
                         "keer)</span>"));
    EXPECT_TRUE(Contains(res.body, "koers-sparkline"));
    EXPECT_TRUE(Contains(res.body, ">15 september 2026</th>"));
    EXPECT_TRUE(Contains(res.body, "Zelfbeeld van 20 november 2026"));

    Browser mentor(app);
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    res = mentor.Get(base);
    EXPECT_TRUE(Contains(res.body, "Zelfbeeld van de leerling"));
    EXPECT_TRUE(Contains(res.body, "beter dan de vorige keer"));
    // A mentor does not fill it in for the student.
    EXPECT_EQ(mentor.Post(base + "/nieuw/zelfbeeld", Zelfbeeld("2026-11-21", "4")).status, 403);
}

}  // namespace
}  // namespace koers::web
