// Static assets: Koers's stylesheet refers to the web font by its fingerprinted URL, and that
// URL serves the font from npm, cached for a year; text files go out compressed to browsers
// that accept it.
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

TEST(Assets, TextFilesGoOutCompressedEachEncodingWithItsOwnTag) {
    TestApp app;
    Browser b(app);
    const std::string url =
        Match(b.Get("/").body, R"re(href="(/static/[0-9a-f]{12}/utrecht\.css)")re");
    ASSERT_FALSE(url.empty());
    auto ask = [&](const std::string& accept, const std::string& etag = "") {
        web::Request req;
        req.method = "GET";
        req.target = url;
        if (!accept.empty()) req.headers.emplace_back("accept-encoding", accept);
        if (!etag.empty()) req.headers.emplace_back("if-none-match", etag);
        return b.Send(req);
    };
    const auto plain = ask("");
    const auto br = ask("gzip, deflate, br");
    const auto gz = ask("gzip");
    EXPECT_FALSE(plain.Header("content-encoding"));
    EXPECT_EQ(br.Header("content-encoding"), "br");
    EXPECT_EQ(gz.Header("content-encoding"), "gzip");
    for (const auto* r : {&plain, &br, &gz}) EXPECT_EQ(r->Header("vary"), "Accept-Encoding");
    EXPECT_LT(br.static_body.size(), plain.static_body.size() / 5);
    EXPECT_LT(br.static_body.size(), gz.static_body.size());
    const std::string tag(br.Header("etag").value_or(""));
    EXPECT_NE(tag, std::string(plain.Header("etag").value_or("")));
    EXPECT_EQ(ask("br", tag).status, 304);
    EXPECT_EQ(ask("gzip", tag).status, 200) << "another encoding is another variant";
    // A font is compressed already: it goes as it is, without Vary.
    const std::string css(plain.static_body);
    const std::string font = Match(
        std::string(b.Get(Match(b.Get("/").body, R"re(href="(/static/[0-9a-f]{12}/koers\.css)")re"))
                        .static_body),
        R"re(url\((/static/[0-9a-f]{12}/noto-sans-latin\.woff2)\))re");
    web::Request req;
    req.method = "GET";
    req.target = font;
    req.headers.emplace_back("accept-encoding", "br");
    const auto woff = b.Send(req);
    EXPECT_FALSE(woff.Header("content-encoding"));
    EXPECT_FALSE(woff.Header("vary"));
}

}  // namespace
}  // namespace koers::web
