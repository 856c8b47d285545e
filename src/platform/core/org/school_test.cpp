#include "platform/core/org/school.hpp"

#include <gtest/gtest.h>

namespace koers::core {
namespace {

TEST(School, NormalisesAndAcceptsAValidSchool) {
    SchoolInput in{"  Veldzicht College ", "12ab", "vo", {"havo", "vwo", "havo"}, {}};
    auto v = ValidateSchool(in);
    EXPECT_TRUE(v.ok());
    EXPECT_EQ(in.name, "Veldzicht College");
    EXPECT_EQ(in.brin, "12AB");
    EXPECT_EQ(in.onderwijstypes, (std::vector<std::string>{"havo", "vwo"}));
}

TEST(School, ExplainsEachInvalidField) {
    SchoolInput in{"", "1234", "basis", {}, {}};
    auto v = ValidateSchool(in);
    EXPECT_EQ(v.For("name"), "Vul de naam in.");
    EXPECT_NE(v.For("brin").find("twee cijfers en twee letters"), std::string::npos);
    EXPECT_FALSE(v.For("sector").empty());
}

TEST(School, RejectsOnderwijstypesOfAnotherSector) {
    SchoolInput in{"Horizon", "30HZ", "mbo", {"havo"}, {}};
    EXPECT_FALSE(ValidateSchool(in).For("onderwijstypes").empty());
}

TEST(School, BrinCodes) {
    EXPECT_TRUE(IsValidBrin("21VZ"));
    EXPECT_TRUE(IsValidBrin("000A"));
    EXPECT_FALSE(IsValidBrin("21vz"));
    EXPECT_FALSE(IsValidBrin("ABCD"));
    EXPECT_FALSE(IsValidBrin("21VZ1"));
}

TEST(School, NamesAreBounded) {
    EXPECT_TRUE(CheckName("A", "naam").has_value());
    EXPECT_FALSE(CheckName("Ab", "naam").has_value());
    EXPECT_TRUE(CheckName(std::string(121, 'x'), "naam").has_value());
    EXPECT_TRUE(CheckName(std::string(60, '\xc3'), "naam").has_value());  // broken UTF-8
}

}  // namespace
}  // namespace koers::core
