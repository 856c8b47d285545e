#include "modules/participation/core/participation.hpp"

#include <gtest/gtest.h>

namespace koers::core {
namespace {

TEST(Participation, SharesPerCohortCountCurrentStudentsOnly) {
    std::vector<Enrolled> current;
    for (int i = 1; i <= 30; ++i) current.push_back({i, "kader", 4});
    for (int i = 31; i <= 40; ++i) current.push_back({i, "basis", 4});
    current.push_back({41, "kader", 3});
    std::set<int64_t> took;
    for (int i = 1; i <= 27; ++i) took.insert(i);
    took.insert(41);
    took.insert(99);  // left the school: counts nowhere
    const auto shares = CohortShares(current, took);
    ASSERT_EQ(shares.size(), 2u) << "basis 4 had no one and is left out";
    EXPECT_EQ(shares[0].cohort, "kader 3");
    EXPECT_EQ(ShareText(shares[0]), "1 van 1 (100%)");
    EXPECT_EQ(shares[1].cohort, "kader 4");
    EXPECT_EQ(ShareText(shares[1]), "27 van 30 (90%)");
}

TEST(Participation, AlmostEveryoneIsNotEveryone) {
    std::vector<Enrolled> current;
    std::set<int64_t> took;
    for (int i = 1; i <= 200; ++i) {
        current.push_back({i, "havo", 5});
        if (i > 1) took.insert(i);
    }
    EXPECT_EQ(ShareText(CohortShares(current, took)[0]), "199 van 200 (99%)");
    EXPECT_TRUE(CohortShares({}, took).empty());
}

}  // namespace
}  // namespace koers::core
