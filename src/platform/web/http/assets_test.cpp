// Static assets: Koers's stylesheet refers to the web font by its fingerprinted URL, and that
// URL serves the font from npm, cached for a year.
#include <gtest/gtest.h>

#include <regex>

#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Contains;
using testing::TestApp;

std::string Match(const std::string& text, const std::string& pattern) {
    std::smatch m;
    return std::regex_search(text, m, std::regex(pattern)) ? m[1].str() : "";
}

TEST(Assets, StylesheetLoadsTheServedFontByItsFingerprintedUrl) {
    TestApp app;
    Browser b(app);
    const std::string css_url =
        Match(b.Get("/").body, R"re(href="(/static/[0-9a-f]{12}/koers\.css)")re");
    ASSERT_FALSE(css_url.empty());
    const std::string css(b.Get(css_url).static_body);
    EXPECT_FALSE(Contains(css, "url(/static/noto")) << "every reference is fingerprinted";
    const std::string font_url =
        Match(css, R"re(url\((/static/[0-9a-f]{12}/noto-sans-latin\.woff2)\))re");
    ASSERT_FALSE(font_url.empty());
    auto font = b.Get(font_url);
    EXPECT_EQ(font.status, 200);
    EXPECT_EQ(font.content_type, "font/woff2");
    EXPECT_EQ(font.Header("Cache-Control"), "public, max-age=31536000, immutable");
    EXPECT_EQ(std::string(font.static_body.substr(0, 4)), "wOF2");
    EXPECT_TRUE(Contains(css, "font-family: \"Noto Sans Variable\""));
}

}  // namespace
}  // namespace koers::web
