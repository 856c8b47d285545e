// The stylesheet keeps what the markup uses and the tokens that reads, drops the rest, and
// never changes what a kept rule says.
#include "platform/web/http/stylesheet.hpp"

#include <gtest/gtest.h>

#include <string>

namespace koers::web {
namespace {

bool Has(const std::string& css, const std::string& part) {
    return css.find(part) != std::string::npos;
}

constexpr std::string_view kTokens = R"css(
/** @license EUPL-1.2 tokens */
/** @license EUPL-1.2 tokens */
@media (width >= 35em) {
  .utrecht-theme--media-query { --utrecht-heading-1-font-size: 28px; /* tablet */ }
  .utrecht-theme--unused { --utrecht-heading-1-font-size: 99px; }
}
.utrecht-theme {
  --utrecht-button-color: var(--utrecht-color-blue);
  --utrecht-color-blue: #0000ff;
  --utrecht-color-red: #ff0000;
  --utrecht-heading-1-font-size: 24px;
  --utrecht-document-font-family: "Noto  Sans", sans-serif;
  font-family: var(--utrecht-document-font-family);
}
)css";

constexpr std::string_view kComponents = R"css(
@charset "UTF-8";
.utrecht-button {
  color: var(--utrecht-button-color);
}
.utrecht-button--danger,
.utrecht-button:hover:not(.utrecht-button--disabled) {
  color: var(--utrecht-color-red);
}
.utrecht-heading-1 { font-size: var(--utrecht-heading-1-font-size); }
@media (forced-colors: active) {
  .utrecht-alert { border: 1px solid; }
}
@keyframes utrecht-spin { from { rotate: 0deg; } to { rotate: 360deg; } }
.utrecht-pre { white-space: pre; content: "a   b"; }
)css";

constexpr std::string_view kOwn = R"css(
/* Koers */
.koers-card { margin: var(--koers-gap, 1rem); }
.utrecht-table .koers-unused-there { color: red; }
)css";

constexpr std::string_view kMarkup =
    R"(<html class="utrecht-theme utrecht-theme--media-query"><button class="utrecht-button">)"
    R"(<h1 class="utrecht-heading-1">x</h1><div class="koers-card"></div><pre class="utrecht-pre">)"
    R"(</pre></html>)";

std::string Assembled() { return AssembleStylesheet({kTokens, kComponents, kOwn, kMarkup}); }

TEST(Stylesheet, FindsTheClassesTheMarkupUses) {
    const auto classes = ClassesIn(
        R"(class="utrecht-a utrecht-b--x" querySelector(".utrecht-c") notutrecht-d)", "utrecht-");
    EXPECT_EQ(classes,
              (std::set<std::string, std::less<>>{"utrecht-a", "utrecht-b--x", "utrecht-c"}));
}

TEST(Stylesheet, KeepsTheRulesOfUsedClassesAndDropsTheOthers) {
    const std::string css = Assembled();
    EXPECT_TRUE(Has(css, ".utrecht-button{color:var(--utrecht-button-color)}"));
    // Of a selector list only the used selectors stay; a class inside :not() never drops one.
    EXPECT_TRUE(Has(css, ".utrecht-button:hover:not(.utrecht-button--disabled){color:"));
    EXPECT_FALSE(Has(css, ".utrecht-button--danger"));
    EXPECT_TRUE(Has(css, ".utrecht-heading-1{font-size:var(--utrecht-heading-1-font-size)}"));
    // A group whose rules all go, goes; @keyframes and other at-rules stay.
    EXPECT_FALSE(Has(css, "forced-colors"));
    EXPECT_FALSE(Has(css, "utrecht-alert"));
    EXPECT_TRUE(Has(css, "@keyframes utrecht-spin{from{rotate:0deg}to{rotate:360deg}}"));
    EXPECT_FALSE(Has(css, "@charset"));
    // Koers's own rules pass the same test.
    EXPECT_TRUE(Has(css, ".koers-card{margin:var(--koers-gap, 1rem)}"));
    EXPECT_FALSE(Has(css, "koers-unused-there"));
}

TEST(Stylesheet, KeepsTheTokensSomethingReadsAndWhatTheyReadInTurn) {
    const std::string css = Assembled();
    EXPECT_TRUE(Has(css, "--utrecht-button-color:var(--utrecht-color-blue)"));
    EXPECT_TRUE(Has(css, "--utrecht-color-blue:#0000ff")) << "read by a kept token";
    EXPECT_TRUE(Has(css, "--utrecht-color-red:#ff0000")) << "read by the :hover rule";
    EXPECT_TRUE(Has(css, "--utrecht-heading-1-font-size:24px"));
    EXPECT_TRUE(Has(css,
                    "@media (width >= 35em){.utrecht-theme--media-query{"
                    "--utrecht-heading-1-font-size:28px}}"));
    EXPECT_FALSE(Has(css, "99px")) << "the selector's class is not used";
    // A plain declaration of a token rule stays, and so does what it reads.
    EXPECT_TRUE(Has(css, "font-family:var(--utrecht-document-font-family)"));
    EXPECT_TRUE(Has(css, "--utrecht-document-font-family:\"Noto  Sans\", sans-serif"))
        << "strings keep their spaces";
}

TEST(Stylesheet, DropsCommentsButKeepsEachLicenceOnce) {
    const std::string css = Assembled();
    EXPECT_FALSE(Has(css, "tablet"));
    EXPECT_FALSE(Has(css, "/* Koers */"));
    const std::string notice = "/** @license EUPL-1.2 tokens */";
    ASSERT_TRUE(Has(css, notice));
    EXPECT_EQ(css.find(notice), css.rfind(notice));
    EXPECT_TRUE(Has(css, "content:\"a   b\""));
}

TEST(Stylesheet, OrdersTokensThenComponentsThenOwnRules) {
    const std::string css = Assembled();
    EXPECT_LT(css.find(".utrecht-theme{"), css.find(".utrecht-button{"));
    EXPECT_LT(css.find(".utrecht-button{"), css.find(".koers-card{"));
}

TEST(Stylesheet, SurvivesBrokenInput) {
    for (std::string_view broken : {"", "}", "{", ".a{", ".a{color:red", "@media x{.a{b:c}",
                                    "\"unclosed", "/* open", ".a{b:url(\"x}\")}", "@import x"}) {
        const std::string css = AssembleStylesheet({broken, broken, broken, kMarkup});
        EXPECT_LE(css.size(), 3 * broken.size() + 8) << broken;
    }
}

}  // namespace
}  // namespace koers::web
