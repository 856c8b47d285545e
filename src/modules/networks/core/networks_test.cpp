// The networks' rules: a member is a school or a named organisation; a regiocontactpersoon has a
// name; meeting records need a real date and a known kind; actions say what, who and when.
#include "modules/networks/core/networks.hpp"

#include <gtest/gtest.h>

namespace koers::core {
namespace {

TEST(NetworkRules, AMemberIsASchoolOrANamedOrganisation) {
    Validation v;
    EXPECT_FALSE(ValidateMember({std::nullopt, " ", "", "", false}, v));
    EXPECT_EQ(v.For("organisation"), "Kies een school, of vul de naam van de organisatie in.");
    Validation w;
    EXPECT_TRUE(ValidateMember({int64_t{3}, "", "", "", false}, w));
    Validation x;
    const auto m = ValidateMember({std::nullopt, "UWV", "Jan", "Jan@UWV.nl", true}, x);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->contact_email, "jan@uwv.nl");
    Validation y;
    EXPECT_FALSE(ValidateMember({std::nullopt, "UWV", "", "geen-adres", true}, y));
    EXPECT_EQ(y.For("contact_email"), "Vul een e-mailadres in zoals naam@school.nl.");
    EXPECT_EQ(y.For("contact_name"), "Een regiocontactpersoon heeft een naam.");
}

TEST(NetworkRules, RecordsAndActionsNeedRealDatesAndKnownKinds) {
    Validation v;
    EXPECT_TRUE(ValidateMeeting({"2027-03-11", "Werkgroep", "", "", ""}, v));
    for (const auto& date : {"2027-02-30", "11-03-2027", "2027-03-11T10:00", ""}) {
        Validation w;
        EXPECT_FALSE(ValidateMeeting({date, "Werkgroep", "", "", ""}, w)) << date;
        EXPECT_NE(w.For("held_on"), "") << date;
    }
    Validation k;
    EXPECT_FALSE(ValidateMeeting({"2027-03-11", "Feest", "", "", ""}, k));
    EXPECT_EQ(k.For("kind"), "Kies wat voor bijeenkomst het was.");
    Validation a;
    EXPECT_FALSE(ValidateAction({"", "", "morgen"}, a));
    EXPECT_EQ(a.For("what"), "Vul de actie in.");
    EXPECT_EQ(a.For("owner"), "Vul wie het doet in.");
    EXPECT_EQ(a.For("due"), "Vul de datum in als datum.");
    Validation n;
    EXPECT_FALSE(ValidateNetwork({"", std::string(4001, 'x'), "", ""}, n));
    EXPECT_EQ(n.errors().size(), 2u);
}

}  // namespace
}  // namespace koers::core
