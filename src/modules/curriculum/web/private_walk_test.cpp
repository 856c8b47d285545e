// The access walk of the curriculum's own records: every route that takes an {opdracht}, an
// {activiteit} or a {werkblad}, GET and POST, under Horizon's own school (where its decaan may do
// everything) and on the public bank, aimed at Veldzicht's private assignment, its worksheet and
// Veldzicht's activity. Another school never sees them: each answers 404 (or 403 where the role
// may not act at all), never shows the private title, and changes nothing.
#include <gtest/gtest.h>

#include <algorithm>

#include "modules/curriculum/web/curriculum_parts.hpp"
#include "platform/core/demo/demo_data.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Contains;
using testing::Substitute;
using testing::TestApp;

std::vector<int64_t> CurriculumCensus(TestApp& app) {
    auto& parts = CurriculumOf(app.services());
    auto out = parts.assignments.Census();
    for (const auto& part :
         {parts.activities.Census(), parts.worksheets.Census(), parts.reach.Census()})
        out.insert(out.end(), part.begin(), part.end());
    return out;
}

TEST(PrivateWalk, AnotherSchoolNeverSeesOrTouchesAPrivateAssignmentOrActivity) {
    TestApp app;
    const int64_t veldzicht = app.SchoolId("21VZ");
    const int64_t horizon = app.SchoolId("30HZ");
    auto& parts = CurriculumOf(app.services());
    const auto all = parts.assignments.All();
    const auto secret = std::find_if(all.begin(), all.end(), [&](const auto& a) {
        return a.school_id == veldzicht && !a.shared() && !a.deleted;
    });
    ASSERT_NE(secret, all.end()) << "the demo keeps some of Veldzicht's assignments private";
    const auto sheet = parts.worksheets.Add(
        {0, secret->id, "Geheim werkblad", "geheim.pdf", "application/pdf", 0, 1},
        core::DemoPdf("Geheim werkblad"), std::nullopt, {});
    ASSERT_TRUE(std::holds_alternative<int64_t>(sheet));
    const auto activity = parts.activities.Plan(veldzicht).front();

    Browser mbo(app);
    ASSERT_TRUE(mbo.SignIn("decaan.mbo@demo.koers.nl"));
    const auto census = CurriculumCensus(app);
    int walked = 0;
    for (const auto& route : app.routes()) {
        const auto& p = route.pattern;
        if (p.find("{opdracht}") == std::string::npos &&
            p.find("{activiteit}") == std::string::npos &&
            p.find("{werkblad}") == std::string::npos)
            continue;
        if (p.find("{leerling}") != std::string::npos) continue;  // the person walk's
        if (p.find("/curriculum/") == std::string::npos && p.find("/opdracht") == std::string::npos)
            continue;  // another module's {activiteit}
        const std::string path =
            Substitute(p, {{"{school}", std::to_string(horizon)},
                           {"{opdracht}", std::to_string(secret->id)},
                           {"{activiteit}", std::to_string(activity.id)},
                           {"{werkblad}", std::to_string(std::get<int64_t>(sheet))}});
        const auto res = route.method == "GET"
                             ? mbo.Get(path)
                             : mbo.Post(path, {{"version", "1"}, {"titel", "Van ons"}});
        SCOPED_TRACE(route.method + " " + path);
        EXPECT_TRUE(res.status == 404 || res.status == 403) << res.status;
        EXPECT_FALSE(Contains(res.body, secret->title()));
        EXPECT_FALSE(Contains(res.body, activity.title));
        ++walked;
    }
    EXPECT_GT(walked, 15)
        << "the walk reached the bank's, the planner's and the worksheets' routes";
    EXPECT_EQ(CurriculumCensus(app), census);
}

}  // namespace
}  // namespace koers::web
