// Static assets: Koers's stylesheet refers to the web font by its fingerprinted URL, and that
// URL serves the font from npm, cached for a year; text files go out compressed to browsers
// that accept it.
#include <gtest/gtest.h>

#include <regex>

#include "platform/web/render/templates.hpp"
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
    EXPECT_TRUE(Contains(css, "font-family:\"Noto Sans Variable\""));
}

// One stylesheet, with the NL Design System components the templates use and the tokens those
// read, under 30 KB as a browser receives it (issue 13; decision 0021).
TEST(Assets, OneLeanStylesheetHoldsWhatThePagesUse) {
    TestApp app;
    Browser b(app);
    const std::string home = b.Get("/").body;
    const std::regex link(R"re(<link rel="stylesheet" href="([^"]+)")re");
    const auto links =
        std::distance(std::sregex_iterator(home.begin(), home.end(), link), std::sregex_iterator());
    EXPECT_EQ(links, 1);
    web::Request req;
    req.method = "GET";
    req.target = Match(home, R"re(href="(/static/[0-9a-f]{12}/koers\.css)")re");
    const std::string css(b.Send(req).static_body);
    req.headers.emplace_back("accept-encoding", "br");
    const auto packed = b.Send(req);
    EXPECT_EQ(packed.Header("content-encoding"), "br");
    EXPECT_LT(packed.static_body.size(), 30U * 1024);
    for (const char* used : {".utrecht-button{", ".utrecht-form-field--invalid", ".utrecht-table{",
                             ".utrecht-alert--error", ".utrecht-page-footer", ".koers-lead"})
        EXPECT_TRUE(Contains(css, used)) << used;
    EXPECT_FALSE(Contains(css, "utrecht-accordion")) << "no template uses the accordion";
    EXPECT_FALSE(Contains(css, "--utrecht-accordion-")) << "nor its tokens";
    EXPECT_TRUE(Contains(css, "--utrecht-button-primary-action-background-color:"));
}

// A class name a template composes ("utrecht-button--{{kind}}") is one the stylesheet cannot
// see; templates spell each one out, conditional parts included ({{#x}} utrecht-a--b{{/x}}).
TEST(Assets, TemplatesSpellOutEveryDesignSystemClass) {
    TestApp app;
    const std::string markup = Templates::Markup();
    const std::regex composed(R"re(utrecht-[a-z0-9_-]*\{\{[^#/^])re");
    std::smatch m;
    EXPECT_FALSE(std::regex_search(markup, m, composed)) << m.str(0);
    EXPECT_GT(markup.size(), 100000U) << "every module's templates";
}

TEST(Assets, TextFilesGoOutCompressedEachEncodingWithItsOwnTag) {
    TestApp app;
    Browser b(app);
    const std::string url =
        Match(b.Get("/").body, R"re(href="(/static/[0-9a-f]{12}/koers\.css)")re");
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
