// Every page's footer links the installation's own pages (over ons, contact, privacy,
// toegankelijkheid) that exist, and the vacatures; a page taken offline drops out.
#include <gtest/gtest.h>

#include "modules/content/web/content_parts.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::TestApp;

std::vector<std::string> FooterHrefs(const std::string& page) {
    std::vector<std::string> out;
    const size_t footer = page.find("<footer");
    if (footer == std::string::npos) return out;
    for (size_t at = page.find("href=\"", footer); at != std::string::npos;
         at = page.find("href=\"", at + 1)) {
        const size_t from = at + 6;
        out.push_back(page.substr(from, page.find('"', from) - from));
    }
    return out;
}

TEST(FooterLinks, EveryPageLinksTheSitesOwnPagesThatExist) {
    TestApp app;
    Browser reader(app), decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    const std::vector<std::string> all = {"/over-ons", "/contact", "/privacyverklaring",
                                          "/toegankelijkheidsverklaring", "/vacatures"};
    EXPECT_EQ(FooterHrefs(reader.Get("/").body), all);
    EXPECT_EQ(FooterHrefs(reader.Get("/bestaat-niet").body), all) << "the 404 page too";
    EXPECT_EQ(FooterHrefs(decaan.Get("/dashboard").body), all);

    auto& content = ContentOf(app.services());
    auto contact = content.content.BySlug("contact");
    ASSERT_TRUE(contact);
    contact->status = "gearchiveerd";
    ASSERT_TRUE(content.content.Update(*contact, contact->version, app.clock().Now()));
    Request req;
    req.method = "POST";
    req.target = "/redactie";
    const Target target = ParseTarget(req.target);
    Ctx ctx(req, app.services(), target);
    ItemChanged(ctx, contact->id);
    const std::vector<std::string> without = {"/over-ons", "/privacyverklaring",
                                              "/toegankelijkheidsverklaring", "/vacatures"};
    EXPECT_EQ(FooterHrefs(reader.Get("/").body), without);
}

}  // namespace
}  // namespace koers::web
