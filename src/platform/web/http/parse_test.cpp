#include "platform/web/http/parse.hpp"

#include <gtest/gtest.h>

namespace koers::web {
namespace {

TEST(Parse, FormBodies) {
    auto p = *ParseUrlEncoded("naam=Jan+de+Vries&email=jan%40school.nl&leeg=&x");
    EXPECT_EQ(Find(p, "naam"), "Jan de Vries");
    EXPECT_EQ(Find(p, "email"), "jan@school.nl");
    EXPECT_EQ(Find(p, "leeg"), "");
    EXPECT_EQ(Find(p, "x"), "");
    EXPECT_FALSE(Find(p, "y").has_value());
}

TEST(Parse, BrokenEscapesAreDroppedNotFatal) {
    auto p = *ParseUrlEncoded("a=%zz&b=%4&c=ok&=zonder-naam&d=%");
    EXPECT_FALSE(Find(p, "a").has_value());
    EXPECT_FALSE(Find(p, "b").has_value());
    EXPECT_FALSE(Find(p, "d").has_value());
    EXPECT_EQ(Find(p, "c"), "ok");
    EXPECT_EQ(p.size(), 1u);
}

TEST(Parse, RepeatedFields) {
    auto p = *ParseUrlEncoded("t=havo&t=vwo");
    EXPECT_EQ(FindAll(p, "t"), (std::vector<std::string>{"havo", "vwo"}));
}

TEST(Parse, AFormOrQueryWithTooManyFieldsIsRefused) {
    std::string fields;
    for (size_t i = 0; i < kMaxFields; ++i) fields += "a_" + std::to_string(i) + "=1&";
    ASSERT_TRUE(ParseUrlEncoded(fields).has_value()) << "exactly the maximum is fine";
    EXPECT_EQ(ParseUrlEncoded(fields)->size(), kMaxFields);
    EXPECT_FALSE(ParseUrlEncoded(fields + "een=te+veel").has_value());
    EXPECT_TRUE(ParseUrlEncoded(fields + "&&&").has_value()) << "empty parts are no fields";
    EXPECT_FALSE(ParseTarget("/zoeken?" + fields + "q=x").valid);
}

TEST(Parse, AFieldIndexFindsFirstAndAllValues) {
    const Pairs form = {{"t", "havo"}, {"naam", "Jan"}, {"t", "vwo"}};
    const FieldIndex index(form);
    ASSERT_NE(index.First("t"), nullptr);
    EXPECT_EQ(*index.First("t"), "havo");
    EXPECT_EQ(index.All("t"), (std::vector<std::string>{"havo", "vwo"}));
    EXPECT_EQ(index.First("x"), nullptr);
    EXPECT_TRUE(index.All("x").empty());
}

TEST(Parse, Targets) {
    auto t = ParseTarget("/beheer/scholen/12?pagina=2&q=caf%C3%A9");
    EXPECT_TRUE(t.valid);
    EXPECT_EQ(t.path, "/beheer/scholen/12");
    EXPECT_EQ(Find(t.query, "q"), "café");
    EXPECT_FALSE(ParseTarget("geen-slash").valid);
    EXPECT_FALSE(ParseTarget("/a%00b").valid);
    EXPECT_FALSE(ParseTarget("http://elders.nl/").valid);
}

TEST(Parse, Cookies) {
    auto c = ParseCookies("koers_sessie=abc; theme=dark;  leeg=; =x; kapot");
    EXPECT_EQ(Find(c, "koers_sessie"), "abc");
    EXPECT_EQ(Find(c, "theme"), "dark");
    EXPECT_EQ(Find(c, "leeg"), "");
    EXPECT_EQ(c.size(), 3u);
}

TEST(Parse, PositiveIds) {
    EXPECT_EQ(ParsePositiveId("12"), 12);
    for (auto bad : {"", "0", "-1", "+1", " 1", "1 ", "1a", "99999999999999999999"})
        EXPECT_FALSE(ParsePositiveId(bad).has_value()) << bad;
}

TEST(Parse, UrlEncodeRoundTrips) {
    std::string s = "a b&c=d/é?";
    auto p = *ParseUrlEncoded("x=" + UrlEncode(s));
    EXPECT_EQ(Find(p, "x"), s);
}

}  // namespace
}  // namespace koers::web
