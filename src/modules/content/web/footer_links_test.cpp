// Every page's footer links the installation's own pages (over ons, contact, privacy,
// toegankelijkheid) that exist, and the vacatures (and after them, the nieuwsbrief's module adds
// its page); a page taken offline drops out.
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
    const std::vector<std::string> all = {"/over-ons",          "/contact",
                                          "/privacyverklaring", "/toegankelijkheidsverklaring",
                                          "/vacatures",         "/nieuwsbrief"};
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
                                              "/toegankelijkheidsverklaring", "/vacatures",
                                              "/nieuwsbrief"};
    EXPECT_EQ(FooterHrefs(reader.Get("/").body), without);
}

// With the content out of reach (the database away), every page, the error page included, is still
// a page with the footer it had: the footer never makes a page fail.
TEST(FooterLinks, AFooterThatCannotBeRefreshedKeepsItsLinks) {
    TestApp app;
    Browser reader(app);
    const auto before = FooterHrefs(reader.Get("/bestaat-niet").body);
    ASSERT_EQ(before.size(), 6U);
    testing::TableOffline offline(app, "content_items");
    app.clock().AdvanceMillis(kMaxStaleMillis);
    const auto page = reader.Get("/bestaat-niet");  // a pagina's path: it reads the table
    EXPECT_EQ(page.status, 503);
    EXPECT_EQ(page.content_type.rfind("text/html", 0), 0U) << "a page, not bare text";
    EXPECT_TRUE(testing::Contains(page.body, "Koers kan de gegevens nu niet bereiken"));
    EXPECT_EQ(FooterHrefs(page.body), before);
}

}  // namespace
}  // namespace koers::web
