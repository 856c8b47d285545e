// A body is rendered once per version: an edit is never served stale, and items never share.
#include "modules/content/web/rendered_bodies.hpp"

#include <gtest/gtest.h>

#include "platform/web/render/markdown.hpp"

namespace koers::web {
namespace {

TEST(RenderedBodies, GiveWhatMarkdownGivesForTheBodyAsItIsNow) {
    RenderedBodies bodies;
    EXPECT_EQ(bodies.Html(1, "# Kop\n\nTekst"), MarkdownToHtml("# Kop\n\nTekst"));
    EXPECT_EQ(bodies.Html(1, "# Kop\n\nTekst"), MarkdownToHtml("# Kop\n\nTekst"));
    // Edited (here or in another process): the new body, at once.
    EXPECT_EQ(bodies.Html(1, "*Nieuw*"), MarkdownToHtml("*Nieuw*"));
    // Another item with another body is its own.
    EXPECT_EQ(bodies.Html(2, "Ander"), MarkdownToHtml("Ander"));
    EXPECT_EQ(bodies.Html(1, "*Nieuw*"), MarkdownToHtml("*Nieuw*"));
    // Many items: the cache stays bounded and still right.
    for (int64_t id = 3; id < 5000; ++id)
        ASSERT_EQ(bodies.Html(id, "item " + std::to_string(id)),
                  MarkdownToHtml("item " + std::to_string(id)));
    EXPECT_EQ(bodies.Html(2, "Ander"), MarkdownToHtml("Ander"));
}

}  // namespace
}  // namespace koers::web
