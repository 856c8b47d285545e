#include "modules/roster/core/roster.hpp"

#include "modules/roster/core/export_columns.hpp"

#include <gtest/gtest.h>

namespace koers::core {
namespace {

constexpr int kYear = 2026;

TEST(Roster, AMagisterStyleExportIsReadWithItsDutchColumnNames) {
    const auto f = ReadRoster(
        "Stamnummer;Roepnaam;Tussenvoegsel;Achternaam;E-mailadres;Geboortedatum;Leerweg;"
        "Leerjaar;Stamgroep;Mentor\n"
        "1001;Sem;de;Vries;Sem.deVries@School.nl;14-03-2010;havo;4;H4A;m.mentor@school.nl\n"
        "1002;Noor;;Bakker;;2011-1-2;havo;3;H3B;\n",
        kYear);
    ASSERT_TRUE(f.ok()) << (f.problems.empty() ? "" : f.problems[0]);
    ASSERT_EQ(f.rows.size(), 2u);
    EXPECT_EQ(f.rows[0].name, "Sem de Vries");
    EXPECT_EQ(f.rows[0].email, "sem.devries@school.nl");
    EXPECT_EQ(f.rows[0].birth_date, "2010-03-14");
    EXPECT_EQ(f.rows[0].leerjaar, 4);
    EXPECT_EQ(f.rows[0].group, "H4A");
    EXPECT_EQ(f.rows[0].mentor_email, "m.mentor@school.nl");
    EXPECT_TRUE(f.has_mentor_column);
    EXPECT_EQ(f.rows[1].name, "Noor Bakker");
    EXPECT_EQ(f.rows[1].birth_date, "2011-01-02");
    EXPECT_EQ(f.rows[1].line, 3);
}

TEST(Roster, EveryRowIsCheckedAndEveryMistakeNamed) {
    const auto f = ReadRoster(
        "leerlingnummer,naam,email,geboortedatum,leerjaar,klas\n"
        "1,Ann,ann@x.nl,01-01-2010,2,1A\n"
        "1,Bob,geen-adres,31-02-2010,9,1A\n"
        ",=HYPERLINK(\"x\"),ann@x.nl,01-01-1900,2,\n",
        kYear);
    EXPECT_TRUE(f.problems.empty());
    EXPECT_EQ(f.RowsWithErrors(), 2);
    EXPECT_FALSE(f.ok());
    const auto& bob = f.rows[1].errors;
    ASSERT_EQ(bob.size(), 4u);
    EXPECT_EQ(bob[0], "Leerlingnummer 1 staat ook op regel 2.");
    EXPECT_NE(bob[1].find("geen geldig e-mailadres"), std::string::npos);
    EXPECT_NE(bob[2].find("Geboortedatum"), std::string::npos);
    EXPECT_NE(bob[3].find("Leerjaar"), std::string::npos);
    const auto& third = f.rows[2].errors;
    EXPECT_EQ(third[0], "Leerlingnummer ontbreekt.");
    EXPECT_TRUE(std::any_of(third.begin(), third.end(),
                            [](const auto& e) { return e.find("formule") != std::string::npos; }));
    EXPECT_TRUE(std::any_of(third.begin(), third.end(), [](const auto& e) {
        return e.find("ook op regel 2") != std::string::npos;  // the e-mail address
    }));
}

TEST(Roster, AColumnWithABsnRefusesTheWholeFile) {
    EXPECT_TRUE(LooksLikeBsn("111222333"));
    EXPECT_FALSE(LooksLikeBsn("111222334"));
    EXPECT_FALSE(LooksLikeBsn("12345678"));
    auto f =
        ReadRoster("llnr;naam;BSN;geboortedatum;leerjaar;klas\n1;A;x;01-01-2010;1;1A\n", kYear);
    ASSERT_FALSE(f.problems.empty());
    EXPECT_NE(f.problems[0].find("BSN"), std::string::npos);
    EXPECT_TRUE(f.rows.empty());
    // Named innocently, but holding numbers that pass the elfproef.
    f = ReadRoster(
        "llnr;naam;extra;geboortedatum;leerjaar;klas\n"
        "1;A;111222333;01-01-2010;1;1A\n2;B;123456782;01-01-2010;1;1A\n"
        "3;C;111111110;01-01-2010;1;1A\n",
        kYear);
    ASSERT_EQ(f.problems.size(), 1u);
    EXPECT_NE(f.problems[0].find("“extra”"), std::string::npos);
}

TEST(Roster, MissingColumnsAndBrokenFilesAreNamedBeforeAnyRowIsRead) {
    auto f = ReadRoster("naam;klas\nA;1A\n", kYear);
    EXPECT_GE(f.problems.size(), 3u);
    EXPECT_TRUE(f.rows.empty());
    f = ReadRoster("llnr;naam;geboortedatum;leerjaar;klas\n1;\"open;01-01-2010;1;1A\n", kYear);
    ASSERT_EQ(f.problems.size(), 1u);
    EXPECT_NE(f.problems[0].find("Regel 2"), std::string::npos);
    f = ReadRoster("", kYear);
    EXPECT_FALSE(f.problems.empty());
}

TEST(Roster, UpToTwoParentsPerRowEachWithAnAddress) {
    const auto f = ReadRoster(
        "llnr;naam;geboortedatum;leerjaar;klas;e-mail ouder 1;naam ouder 1;e-mail ouder 2;"
        "naam ouder 2\n"
        "1;Sem;01-01-2012;2;2A;P.Bakker@Ouders.example;Piet;p.bakker@ouders.example;Piet\n"
        "2;Noor;01-01-2012;2;2A;;;x@ouders.example;=HYPERLINK()\n"
        "3;Ezra;01-01-2012;2;2A;geen-adres;;;\n",
        kYear);
    ASSERT_TRUE(f.problems.empty());
    ASSERT_EQ(f.rows[0].parents.size(), 1u) << "the same parent twice is one";
    EXPECT_EQ(f.rows[0].parents[0].email, "p.bakker@ouders.example");
    EXPECT_EQ(f.rows[0].parents[0].name, "Piet");
    EXPECT_NE(f.rows[1].errors.at(0).find("formule"), std::string::npos);
    EXPECT_NE(f.rows[2].errors.at(0).find("geen geldig e-mailadres"), std::string::npos);
}

}  // namespace
}  // namespace koers::core
