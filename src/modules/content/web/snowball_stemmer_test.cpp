#include "modules/content/web/snowball_stemmer.hpp"

#include <gtest/gtest.h>

#include "modules/content/core/search/index.hpp"

namespace koers::web {
namespace {

TEST(SnowballDutch, StemsDutchWords) {
    SnowballDutch s;
    EXPECT_EQ(s.Stem("loopbaangesprekken"), s.Stem("loopbaangesprek"));
    EXPECT_EQ(s.Stem("scholen"), s.Stem("school"));
    EXPECT_EQ(s.Stem("opleidingen"), s.Stem("opleiding"));
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
