// A school's own questions for loopbaangesprekken through the router: the decaan adds and
// removes them, mistakes get a Dutch 400 with the input kept, the school's mentors find them in
// the library on the gesprek form, and nobody else changes them.
#include <gtest/gtest.h>

#include "modules/dossier/web/dossier_pages_test_support.hpp"

namespace koers::web {
namespace {

using dossier_testing::Contains;
using dossier_testing::DossierPages;
using testing::Browser;

TEST_F(DossierPages, TheSchoolAddsItsOwnQuestionsAndMentorsFindThemInTheLibrary) {
    const std::string path = "/scholen/" + std::to_string(school) + "/loopbaandossiers/vragen";
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    EXPECT_TRUE(Contains(decaan.Get("/dashboard").body, "href=\"" + path + "\""));
    auto res = decaan.Get(path);
    ASSERT_EQ(res.status, 200);
    EXPECT_TRUE(Contains(res.body, "Uw school heeft nog geen eigen vragen."));
    res = decaan.Post(path, {{"deel", "weetniet"},
                             {"competentie", "werk"},
                             {"vraag", "Welke stage past bij je profiel?"}});
    EXPECT_EQ(res.status, 400);
    EXPECT_TRUE(Contains(res.body, "Welke stage past bij je profiel?")) << "the input is kept";
    EXPECT_EQ(decaan.Post(path, {{"deel", "vooruitblik"}, {"competentie", "werk"}}).status, 400);
    ASSERT_EQ(decaan
                  .Post(path, {{"deel", "vooruitblik"},
                               {"competentie", "werk"},
                               {"vraag", "Welke stage past bij je profiel?"}})
                  .status,
              303);
    EXPECT_TRUE(Contains(decaan.Get(path).body, "Welke stage past bij je profiel?"));

    Browser mentor(app);
    ASSERT_TRUE(mentor.SignIn("mentor@demo.koers.nl"));
    res = mentor.Get(base + "/gesprek");
    EXPECT_TRUE(Contains(res.body,
                         "Welke stage past bij je profiel? <span class=\"koers-muted\">(werk "
                         "verkennen, vraag van de school)</span>"));
    EXPECT_EQ(
        mentor.Post(path, {{"deel", "actie"}, {"competentie", "werk"}, {"vraag", "X?"}}).status,
        403);

    const auto id = DossierOf(app.services()).questions.OfSchool(school).front().id;
    EXPECT_EQ(mentor.Post(path + "/" + std::to_string(id) + "/verwijderen", {}).status, 403);
    // Another school's URL does not reach this school's question.
    ASSERT_EQ(decaan
                  .Post("/scholen/" + std::to_string(app.SchoolId("30HZ")) +
                            "/loopbaandossiers/vragen/" + std::to_string(id) + "/verwijderen",
                        {})
                  .status,
              403);
    ASSERT_EQ(decaan.Post(path + "/" + std::to_string(id) + "/verwijderen", {}).status, 303);
    EXPECT_FALSE(Contains(mentor.Get(base + "/gesprek").body, "Welke stage past bij je profiel?"));
    EXPECT_EQ(decaan.Post(path + "/" + std::to_string(id) + "/verwijderen", {}).status, 404);
}

}  // namespace
}  // namespace koers::web
