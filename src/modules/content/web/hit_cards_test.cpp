// The cards of search results and "Ook interessant" (issue 14): a card shows only its own
// item's soort and school (a news item beside a wegwijzer read "Nieuwsbericht · Wegwijzer",
// borrowed from the page around it), and a snippet shows words, never Markdown.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <string>
#include <vector>

#include "modules/content/web/content_view.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::TestApp;

TEST(HitCards, ShowTheirOwnSoortNeverThePages) {
    TestApp app;
    Browser reader(app);
    const auto page = reader.Get("/kennisbank/wegwijzer-lob-beleid-smart");
    ASSERT_EQ(page.status, 200);
    const auto aside = page.body.find("id=\"verwant\"");
    ASSERT_NE(aside, std::string::npos);
    const std::string cards = page.body.substr(aside);
    const std::regex kind(R"(<span class="koers-hit__kind">([^<]*)</span>)");
    size_t news = 0, others = 0;
    for (auto it = std::sregex_iterator(cards.begin(), cards.end(), kind);
         it != std::sregex_iterator(); ++it) {
        const std::string label = (*it)[1];
        if (label.rfind("Nieuwsbericht", 0) == 0) {
            EXPECT_EQ(label, "Nieuwsbericht");  // news has no soort
            ++news;
        } else {
            ++others;
        }
    }
    EXPECT_GT(news + others, 0U);
}

TEST(HitCards, SnippetsShowWordsNotTablePipesOrListDashes) {
    TestApp app;
    Browser reader(app);
    // The wegwijzer's body has a table of examples per sector and numbered lists.
    const auto page = reader.Get("/zoeken?q=voorbeeld+doel");
    ASSERT_EQ(page.status, 200);
    size_t snippets = 0;
    for (size_t at = 0; (at = page.body.find("koers-hit__snippet\">", at)) != std::string::npos;) {
        const size_t end = page.body.find("</p>", at);
        const std::string snippet = page.body.substr(at, end - at);
        EXPECT_EQ(snippet.find('|'), std::string::npos) << snippet;
        EXPECT_EQ(snippet.find("**"), std::string::npos) << snippet;
        EXPECT_EQ(snippet.find(" - "), std::string::npos) << snippet;
        ++snippets;
        at = end;
    }
    EXPECT_GT(snippets, 0U);
}

// Uitgelicht on the home page repeated the two latest news items shown just above it.
TEST(HitCards, TheHomePagesHighlightsNeverRepeatItsNews) {
    TestApp app;
    // December 2026: the demo's latest news items are highlighted too.
    app.clock().AdvanceMillis(int64_t{1'796'000'000 - 1'790'000'000} * 1000);
    Browser reader(app);
    const auto page = reader.Get("/");
    ASSERT_EQ(page.status, 200);
    const size_t highlights = page.body.find("Uitgelicht");
    ASSERT_NE(highlights, std::string::npos);
    const std::regex link(R"re(koers-hit__title"><a class="utrecht-link" href="([^"]+)")re");
    auto links = [&](const std::string& html) {
        std::vector<std::string> out;
        for (auto it = std::sregex_iterator(html.begin(), html.end(), link);
             it != std::sregex_iterator(); ++it)
            out.push_back((*it)[1]);
        return out;
    };
    const auto news = links(page.body.substr(0, highlights));
    const auto highlighted = links(page.body.substr(highlights));
    ASSERT_FALSE(news.empty());
    ASSERT_FALSE(highlighted.empty());
    for (const auto& href : highlighted)
        EXPECT_EQ(std::find(news.begin(), news.end(), href), news.end()) << href;
}

// A card sets every field it can show, also when empty, so no template can borrow it.
TEST(HitCards, AHitViewSetsEveryFieldEvenWhenEmpty) {
    core::SearchHit hit;
    hit.doc.kind = "nieuws";
    hit.doc.slug = "x";
    hit.doc.title = "X";
    const View v = HitView(hit, TermLabels(std::vector<core::TermRef>{}));
    for (const char* field :
         {"title", "href", "summary", "date", "kind", "soort", "school", "tags", "snippet"})
        EXPECT_NE(v.Find(field), nullptr) << field;
}

}  // namespace
}  // namespace koers::web
