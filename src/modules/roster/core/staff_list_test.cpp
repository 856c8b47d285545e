#include "modules/roster/core/staff_list.hpp"

#include <gtest/gtest.h>

namespace koers::core {
namespace {

TEST(StaffList, AnExportWithDutchColumnsAndTheWordsSchoolsUseForRolesIsRead) {
    const auto file = ReadStaffList(
        "Roepnaam;Tussenvoegsel;Achternaam;E-mail;Functie;Team;Mentor van\n"
        "Anouk;van;Dijk;A.vanDijk@School.nl;SLB'er en docent;Bovenbouw;\"H4A, H4B\"\n"
        "Bram;;Bos;b.bos@school.nl;LOB-coördinator;;\n"
        "Cor;;Claes;c.claes@school.nl;Afdelingsleider / Docent;Onderbouw;\n"
        "Dana;;Dekker;d.dekker@school.nl;docent;;H3C\n");
    ASSERT_TRUE(file.problems.empty()) << file.problems.front();
    ASSERT_EQ(file.rows.size(), 4u);
    EXPECT_EQ(file.RowsWithErrors(), 0);
    EXPECT_TRUE(file.has_groups_column);
    const auto& anouk = file.rows[0];
    EXPECT_EQ(anouk.name, "Anouk van Dijk");
    EXPECT_EQ(anouk.email, "a.vandijk@school.nl");
    EXPECT_EQ(anouk.roles, (std::vector<Role>{Role::kMentor, Role::kDocent}));
    EXPECT_EQ(anouk.team, "Bovenbouw");
    EXPECT_EQ(anouk.groups, (std::vector<std::string>{"H4A", "H4B"}));
    EXPECT_EQ(file.rows[1].roles, std::vector<Role>{Role::kDecaan});
    EXPECT_EQ(file.rows[2].roles, (std::vector<Role>{Role::kTeamleider, Role::kDocent}));
    // Naming a group to mentor makes a docent its mentor too.
    EXPECT_EQ(file.rows[3].roles, (std::vector<Role>{Role::kMentor, Role::kDocent}));
    EXPECT_EQ(file.rows[3].line, 5);
}

TEST(StaffList, EachRowSaysWhatIsWrongInDutch) {
    const auto file = ReadStaffList(
        "naam,email,rol\n"
        "Anouk,anouk@school.nl,conciërge\n"
        "Bram,bram@school.nl,directeur\n"
        ",geen-adres,docent\n"
        "Cor,anouk@school.nl,docent\n"
        "=HYPERLINK(1),d@school.nl,docent\n"
        "Eva,e@school.nl,\n");
    ASSERT_TRUE(file.problems.empty());
    ASSERT_EQ(file.rows.size(), 6u);
    EXPECT_EQ(file.RowsWithErrors(), 6);
    EXPECT_NE(file.rows[0].errors.front().find("Functie “conciërge” kent Koers niet"),
              std::string::npos);
    EXPECT_NE(file.rows[1].errors.front().find("schoolleider geeft de beheerder"),
              std::string::npos);
    EXPECT_EQ(file.rows[2].errors.size(), 2u);  // no name, no address
    EXPECT_NE(file.rows[3].errors.front().find("staat ook op regel 2"), std::string::npos);
    EXPECT_NE(file.rows[4].errors.front().find("formule"), std::string::npos);
    EXPECT_NE(file.rows[5].errors.front().find("Functie ontbreekt"), std::string::npos);
}

TEST(StaffList, AFileWithoutTheNeededColumnsOrWithABsnIsRefusedWhole) {
    auto file = ReadStaffList("naam,telefoon\nAnouk,0612345678\n");
    EXPECT_EQ(file.problems.size(), 2u);  // no e-mail, no functie
    EXPECT_TRUE(file.rows.empty());
    file = ReadStaffList("naam,email,functie,bsn\nAnouk,a@school.nl,docent,\n");
    ASSERT_EQ(file.problems.size(), 1u);
    EXPECT_NE(file.problems[0].find("BSN"), std::string::npos);
    file = ReadStaffList(
        "naam,email,functie,nummer\nA,a@s.nl,docent,111222333\nB,b@s.nl,docent,123456782\n");
    ASSERT_EQ(file.problems.size(), 1u);
    EXPECT_NE(file.problems[0].find("burgerservicenummers"), std::string::npos);
    EXPECT_FALSE(ReadStaffList("naam,email,functie\n").problems.empty());
    std::string many = "naam,email,functie\n";
    for (int i = 0; i < 2001; ++i) many += "A,a" + std::to_string(i) + "@s.nl,docent\n";
    ASSERT_EQ(ReadStaffList(many).problems.size(), 1u) << "2,000 colleagues at most";
    EXPECT_TRUE(ReadStaffList(many).rows.empty());
    EXPECT_FALSE(ReadStaffList("naam,email,functie\n\"A,a@s.nl,docent\n").problems.empty());
}

}  // namespace
}  // namespace koers::core
