#include "platform/web/render/markdown.hpp"

#include <gtest/gtest.h>

namespace koers::web {
namespace {

TEST(Markdown, RendersGithubFlavour) {
    const std::string html = MarkdownToHtml(
        "# Kop\n\n**vet** en ~~weg~~\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nwww.example.nl");
    EXPECT_NE(html.find("<h2>Kop</h2>"), std::string::npos);
    EXPECT_NE(html.find("<strong>vet</strong>"), std::string::npos);
    EXPECT_NE(html.find("<del>weg</del>"), std::string::npos);
    EXPECT_NE(html.find("<table>"), std::string::npos);
    EXPECT_NE(html.find("href=\"http://www.example.nl\""), std::string::npos);
}

TEST(Markdown, HeadingsStartAtH2WhateverTheAuthorUsed) {
    EXPECT_NE(MarkdownToHtml("## Twee\n\n### Drie").find("<h2>Twee</h2>"), std::string::npos);
    EXPECT_NE(MarkdownToHtml("# Een\n\n## Twee").find("<h3>Twee</h3>"), std::string::npos);
}

TEST(Markdown, NeverPassesRawHtmlOrScriptLinks) {
    const std::string html = MarkdownToHtml(
        "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[klik](javascript:alert(1)) "
        "[data](data:text/html,x) <b onclick=x>b</b>");
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<img"), std::string::npos);
    EXPECT_EQ(html.find("javascript:"), std::string::npos);
    EXPECT_EQ(html.find("data:text"), std::string::npos);
    EXPECT_EQ(html.find("onclick"), std::string::npos);
}

TEST(Markdown, PlainTextForTheIndex) {
    EXPECT_EQ(MarkdownToText("## Kop\n\nEen **vette** [link](https://x.nl)."),
              "Kop\nEen vette link.");
}

// Snippets showed list dashes and table pipes (issue 14): the text holds words only.
TEST(Markdown, PlainTextHasNoListMarkersOrTablePipes) {
    const std::string text = MarkdownToText(
        "1. **Visie** kiezen\n2. Doelen\n\n- los\n- vast\n\n> Citaat\n\n"
        "| Sector | Doel |\n|---|---|\n| vmbo | Twee `gesprekken` |\n\n---\n\n```\ncode\n```\n");
    EXPECT_EQ(text,
              "Visie kiezen\nDoelen\nlos\nvast\nCitaat\nSector · Doel\nvmbo · Twee gesprekken\n"
              "code");
    for (const char* raw : {"|", "- ", "1.", "**", "`", ">", "---"})
        EXPECT_EQ(text.find(raw), std::string::npos) << raw;
}

}  // namespace
}  // namespace koers::web
