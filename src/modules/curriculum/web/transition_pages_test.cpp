// Leerlijnen and the overstap through the router on the demo world: a school's planner and
// coverage show one leerlijn with the whole school's activities and refuse an unknown one; the
// overstap puts Veldzicht's last leerjaren beside Horizon's first once Horizon shares, never a
// school that does not share or lies in another region, and the gaps it counts are the cells
// neither school covers.
#include <gtest/gtest.h>

#include "modules/curriculum/web/curriculum_parts.hpp"
#include "platform/web/http/parse.hpp"
#include "platform/web/render/mustache.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Contains;
using testing::TestApp;

std::string HtmlEscape(std::string_view s) {
    std::string out;
    AppendEscaped(s, out);
    return out;
}

class TransitionPages : public ::testing::Test {
protected:
    void SetUp() override {
        veldzicht = app.SchoolId("21VZ");
        horizon = app.SchoolId("30HZ");
        ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
        ASSERT_TRUE(mbo.SignIn("decaan.mbo@demo.koers.nl"));
    }
    storage::ActivityRepo& Activities() { return CurriculumOf(app.services()).activities; }
    static std::string Planner(int64_t school) {
        return "/scholen/" + std::to_string(school) + "/curriculum";
    }

    TestApp app;
    Browser decaan{app}, mbo{app};
    int64_t veldzicht = 0, horizon = 0;
};

TEST_F(TransitionPages, ALeerlijnShowsItsActivitiesWithTheWholeSchoolsAndNoOther) {
    const auto lines = Activities().Leerlijnen(veldzicht);
    ASSERT_GE(lines.size(), 2U) << "the demo plans more than one leerlijn";
    const std::string line = lines.front();
    const auto of_line = Activities().Plan(veldzicht, line);
    const auto all = Activities().Plan(veldzicht);
    ASSERT_LT(of_line.size(), all.size());
    for (const auto& a : of_line) EXPECT_TRUE(a.leerlijn == line || a.leerlijn.empty());

    auto res = decaan.Get(Planner(veldzicht));
    ASSERT_EQ(res.status, 200);
    const std::string link = WithQuery(Planner(veldzicht), {{"leerlijn", line}});
    EXPECT_TRUE(Contains(res.body, "href=\"" + HtmlEscape(link) + "\""));
    res = decaan.Get(link);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Curriculumplanner: " + HtmlEscape(line)));
    EXPECT_TRUE(Contains(
        res.body, "van de " + std::to_string(of_line.size()) + " activiteiten zijn geëvalueerd"))
        << "step 4 counts the leerlijn's activities";
    EXPECT_TRUE(Contains(
        res.body, HtmlEscape(WithQuery(Planner(veldzicht) + "/nieuw",
                                       {{"leerjaar", "1"}, {"periode", "1"}, {"leerlijn", line}}))))
        << "what is added here belongs to the leerlijn";
    res = decaan.Get(WithQuery(Planner(veldzicht) + "/dekking", {{"leerlijn", line}}));
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Dekking per leerjaar: " + HtmlEscape(line)));
    res = decaan.Get(WithQuery(Planner(veldzicht) + "/nieuw", {{"leerlijn", line}}));
    EXPECT_TRUE(Contains(res.body, "value=\"" + HtmlEscape(line) + "\""));

    EXPECT_EQ(decaan.Get(Planner(veldzicht) + "?leerlijn=bestaat-niet").status, 404);

    // At most 40 leerlijnen: a 41st is refused in the form, an existing one still taken.
    core::Fields f{{"titel", "Lijn"},        {"leerjaar", "1"},
                   {"periode", "1"},         {"competenties", "motieven"},
                   {"elementen", "ervaren"}, {"fase", "gepland"}};
    for (size_t i = lines.size(); i < 40; ++i) {
        f["leerlijn"] = "lijn " + std::to_string(i);
        Activities().Create(veldzicht, f, std::nullopt, {std::nullopt, "Test"}, 1);
    }
    Pairs post{{"titel", "Nog een"},         {"leerjaar", "1"},        {"periode", "1"},
               {"competenties", "motieven"}, {"elementen", "ervaren"}, {"fase", "gepland"},
               {"leerlijn", "de 41e"}};
    res = decaan.Post(Planner(veldzicht) + "/nieuw", post);
    EXPECT_EQ(res.status, 400);
    EXPECT_TRUE(Contains(res.body, "Uw school heeft al 40 leerlijnen."));
    post.back().second = line;
    EXPECT_EQ(decaan.Post(Planner(veldzicht) + "/nieuw", post).status, 303);
    // Written with other capitals, an existing leerlijn keeps the school's spelling: no 41st.
    std::string shouted = line;
    for (auto& ch : shouted) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    ASSERT_NE(shouted, line);
    post.back().second = shouted;
    res = decaan.Post(Planner(veldzicht) + "/nieuw", post);
    ASSERT_EQ(res.status, 303);
    const std::string location(res.Header("location").value_or(""));
    const auto made =
        Activities().Find(veldzicht, std::stoll(location.substr(Planner(veldzicht).size() + 1)));
    ASSERT_TRUE(made);
    EXPECT_EQ(core::FieldOf(made->fields, "leerlijn"), line);
    EXPECT_EQ(Activities().Leerlijnen(veldzicht).size(), 40U);
    EXPECT_EQ(decaan.Get(Planner(veldzicht) + "/dekking?leerlijn=%00").status, 404);
}

TEST_F(TransitionPages, TheOverstapComparesOnlyWithSchoolsOfTheRegionThatShare) {
    const std::string ours = Planner(veldzicht) + "/overstap";
    auto res = decaan.Get(ours);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Horizon mbo (mbo)")) << "Horizon shares in the demo";
    EXPECT_TRUE(Contains(res.body, "Uw planner is alleen voor uw school."));

    // Veldzicht (vo) comes before Horizon: its last two leerjaren, Horizon's first two.
    res = decaan.Get(ours + "?met=" + std::to_string(horizon));
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Voor de overstap: Veldzicht College (hele school), leerjaar "));
    EXPECT_TRUE(Contains(res.body, "Erna: Horizon mbo (hele school), leerjaar 1 en 2."));
    core::Coverage before, after;
    int latest = 1;
    for (const auto& a : Activities().Plan(veldzicht)) latest = std::max(latest, a.place.leerjaar);
    for (const auto& a : Activities().Plan(veldzicht)) before.Add(a.place);
    for (const auto& a : Activities().Plan(horizon)) after.Add(a.place);
    const auto was = before.Span(latest - 1, latest);
    const auto next = after.Span(1, 2);
    int gaps = 0;
    for (size_t c = 0; c < core::kCompetencyCount; ++c)
        for (size_t e = 0; e < core::kElementCount; ++e)
            gaps += was[c][e] == 0 && next[c][e] == 0 ? 1 : 0;
    EXPECT_TRUE(Contains(res.body, std::to_string(gaps) + " van de 15 vakjes zijn bij geen"));
    EXPECT_EQ(
        decaan.Get(ours + "?met=" + std::to_string(horizon) + "&hun_leerlijn=onbekend").status,
        404);
    // The leerjaar the student leaves after is the user's to choose (a vmbo line ends at 4).
    res = decaan.Get(ours + "?met=" + std::to_string(horizon) + "&tot=4");
    EXPECT_TRUE(
        Contains(res.body, "Voor de overstap: Veldzicht College (hele school), leerjaar 3 en 4."));
    EXPECT_TRUE(Contains(res.body, "<option value=\"4\" selected>leerjaar 4</option>"));
    EXPECT_EQ(decaan.Get(ours + "?met=" + std::to_string(horizon) + "&tot=7").status, 400);
    EXPECT_EQ(decaan.Get(ours + "?met=" + std::to_string(horizon) + "&tot=x").status, 400);

    // Not shared, not in the region, or itself: a 404 like a school that does not exist.
    const std::string theirs = Planner(horizon) + "/overstap";
    EXPECT_EQ(mbo.Get(theirs + "?met=" + std::to_string(veldzicht)).status, 404);
    const int64_t linden = app.SchoolId("14LD");
    Activities().SetShared(linden, true, "Test", 1);
    EXPECT_FALSE(Contains(decaan.Get(ours).body, "De Linden"));
    EXPECT_EQ(decaan.Get(ours + "?met=" + std::to_string(linden)).status, 404);
    EXPECT_EQ(decaan.Get(ours + "?met=" + std::to_string(veldzicht)).status, 404);
    EXPECT_EQ(decaan.Get(ours + "?met=abc").status, 404);

    // Sharing: only who plans, only yes or no, and then Horizon sees Veldzicht first.
    const auto census = Activities().Census();
    Browser docent{app};
    ASSERT_TRUE(docent.SignIn("docent@demo.koers.nl"));
    EXPECT_EQ(docent.Post(Planner(veldzicht) + "/delen", {{"delen", "ja"}}).status, 403);
    EXPECT_EQ(mbo.Post(Planner(veldzicht) + "/delen", {{"delen", "ja"}}).status, 403);
    EXPECT_EQ(decaan.Post(Planner(veldzicht) + "/delen", {{"delen", "misschien"}}).status, 400);
    EXPECT_EQ(Activities().Census(), census);
    ASSERT_EQ(decaan.Post(Planner(veldzicht) + "/delen", {{"delen", "ja"}}).status, 303);
    res = mbo.Get(theirs + "?met=" + std::to_string(veldzicht));
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Voor de overstap: Veldzicht College"));
    EXPECT_TRUE(Contains(res.body, "Erna: Horizon mbo"));
    EXPECT_FALSE(Contains(res.body, "/curriculum/1\"")) << "no links into another school's plan";
    ASSERT_EQ(decaan.Post(Planner(veldzicht) + "/delen", {{"delen", "nee"}}).status, 303);
    EXPECT_EQ(mbo.Get(theirs + "?met=" + std::to_string(veldzicht)).status, 404);
}

}  // namespace
}  // namespace koers::web
