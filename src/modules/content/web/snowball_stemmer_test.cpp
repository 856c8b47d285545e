#include "modules/content/web/snowball_stemmer.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "modules/content/core/search/index.hpp"

namespace koers::web {
namespace {

TEST(SnowballDutch, StemsDutchWords) {
    SnowballDutch s;
    EXPECT_EQ(s.Stem("loopbaangesprekken"), s.Stem("loopbaangesprek"));
    EXPECT_EQ(s.Stem("scholen"), s.Stem("school"));
    EXPECT_EQ(s.Stem("opleidingen"), s.Stem("opleiding"));
}

TEST(SnowballDutch, DiminutivesOfferTheirBase) {
    SnowballDutch s;
    auto has = [&](std::string_view word, const std::string& base) {
        const auto forms = s.BaseForms(word);
        return std::find(forms.begin(), forms.end(), base) != forms.end();
    };
    EXPECT_TRUE(has("gesprekje", "gesprek"));
    EXPECT_TRUE(has("kaartjes", "kaart"));
    EXPECT_TRUE(has("stoeltje", "stoel"));
    EXPECT_TRUE(has("filmpje", "film"));
    EXPECT_TRUE(has("balletje", "bal"));
    EXPECT_TRUE(has("autootje", "auto"));
    EXPECT_TRUE(s.BaseForms("loopbaan").empty());
    EXPECT_TRUE(s.BaseForms("je").empty());
}

TEST(SnowballDutch, PluralsFindSingularsInTheIndex) {
    SnowballDutch s;
    core::SearchIndex index(s);
    core::SearchDocument d;
    d.id = 1;
    d.kind = "kennisbank";
    d.title = "Vragen voor het loopbaangesprek";
    index.Upsert(d);
    core::SearchRequest req;
    req.query = core::ParseQuery("loopbaangesprekken");
    req.now = 1;
    EXPECT_EQ(index.Search(req).total, 1U);
}

}  // namespace
}  // namespace koers::web
