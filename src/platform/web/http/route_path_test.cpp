#include "platform/web/http/route_path.hpp"

#include <gtest/gtest.h>

namespace koers::web {
namespace {

constexpr RoutePath kRound{"/scholen/{school}/scan/{round}"};
constexpr RoutePath kSearch{"/zoeken"};
constexpr RoutePath kItem{"/{kind}/{slug}"};

TEST(RoutePath, LinksAreBuiltFromTheRoutesOwnPattern) {
    EXPECT_EQ(kRound.pattern(), "/scholen/{school}/scan/{round}");
    EXPECT_EQ(kRound.With(3, int64_t{17}), "/scholen/3/scan/17");
    EXPECT_EQ(kSearch.With(), "/zoeken");
    EXPECT_EQ(kItem.With("kennisbank", std::string("loopbaan-gesprek")),
              "/kennisbank/loopbaan-gesprek");
}

TEST(RoutePath, TextIsOneEncodedSegment) {
    EXPECT_EQ(kItem.With("a b", "c/d?e#f"), "/a%20b/c%2Fd%3Fe%23f");
    EXPECT_EQ(kItem.With("..", "."), "/%2E%2E/%2E") << "never a step up the path";
    EXPECT_EQ(kItem.With("v1.2", "caf\xc3\xa9"), "/v1.2/caf%C3%A9");
}

TEST(RoutePath, AWrongNumberOfValuesIsAProgrammingError) {
    EXPECT_THROW(kRound.With(3), std::logic_error);
    EXPECT_THROW(kSearch.With(1), std::logic_error);
}

}  // namespace
}  // namespace koers::web
