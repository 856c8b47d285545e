// The links to a capability on a school's page, a region's page and the dashboard come from the
// module's descriptor (Module::school_links, region_links), shown only to who may follow them:
// the platform itself names no module's address.
#include <gtest/gtest.h>

#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Contains;
using testing::TestApp;

TEST(PlaceLinks, EachModuleLinksItsPagesForWhoMayFollowThem) {
    TestApp app;
    const std::string school = "/scholen/" + std::to_string(app.SchoolId("21VZ"));
    Browser decaan(app), mentor(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    for (const std::string& page : {school, std::string("/dashboard")}) {
        SCOPED_TRACE(page);
        const std::string seen = decaan.Get(page).body;
        EXPECT_TRUE(Contains(seen, "href=\"" + school + "/scan\">LOB-scan</a>"));
        EXPECT_TRUE(Contains(seen, "href=\"" + school + "/kwaliteit\">Kwaliteitscyclus</a>"));
        // A mentor reads the kwaliteitscyclus but not the school's LOB-scan results.
        const std::string mentor_sees = mentor.Get(page).body;
        EXPECT_TRUE(Contains(mentor_sees, "href=\"" + school + "/kwaliteit\""));
        EXPECT_FALSE(Contains(mentor_sees, "href=\"" + school + "/scan\""));
    }
    Browser regio(app);
    ASSERT_TRUE(regio.SignIn("regio@demo.koers.nl"));
    const std::string dashboard = regio.Get("/dashboard").body;
    EXPECT_TRUE(Contains(dashboard, ">LOB-scan in de regio</a>"));
    EXPECT_TRUE(Contains(dashboard, ">Kwaliteitscyclus in de regio</a>"));
}

}  // namespace
}  // namespace koers::web
