// Instroom: the file in its forms and told apart from the other kinds, small counts hidden and
// outside every total, the largest lines first, and bad files refused with line and column.
#include "modules/doorstroom/core/inflow.hpp"

#include <gtest/gtest.h>

#include "modules/doorstroom/core/attrition_file.hpp"
#include "modules/doorstroom/core/inflow_file.hpp"
#include "modules/doorstroom/core/synthetic.hpp"

namespace koers::core {
namespace {

InflowFile ReadInflow(std::string_view text) {
    auto read = ReadInflowFile(text);
    if (auto* p = std::get_if<CsvProblem>(&read)) ADD_FAILURE() << CsvProblemText(*p);
    return std::get<InflowFile>(read);
}

std::string InflowProblem(std::string_view text) {
    auto read = ReadInflowFile(text);
    if (auto* p = std::get_if<CsvProblem>(&read)) return CsvProblemText(*p);
    return "(gelezen)";
}

TEST(InflowFile, ReadsTheDocumentedExample) {
    // docs/doorstroom-formats.md, "Instroom".
    const auto file = ReadInflow(
        "instelling;herkomst;onderwijstype;jaar;aantal\n"
        "30HZ;21VZ;vmbo-kb;2025;38\n"
        "30HZ;21VZ;vmbo-tl;2025;17\n"
        "30HZ;16TE;vmbo-tl;2025;3\n");
    ASSERT_EQ(file.cells.size(), 3u);
    EXPECT_EQ(file.cells[0].brin, "30HZ");
    EXPECT_EQ(file.cells[0].origin, "21VZ");
    EXPECT_EQ(file.cells[0].count.value, 38);
    EXPECT_FALSE(file.cells[2].count.known());
    EXPECT_EQ(file.suppressed, 1u);
    EXPECT_EQ(file.schools, 1u);
    EXPECT_EQ(file.years, (std::vector<int>{2025}));

    const auto year = InflowIn(file.cells, 2025);
    ASSERT_EQ(year.lines.size(), 3u);
    EXPECT_EQ(year.lines[0].count.Text(), "38") << "the largest first";
    EXPECT_EQ(year.lines[2].count.Text(), "<5");
    EXPECT_EQ(year.all.Text(), "55 en 1× <5") << "the 3 is in no total";
    EXPECT_TRUE(InflowIn(file.cells, 2024).lines.empty());
}

TEST(InflowFile, TellsItselfFromTheOtherKinds) {
    EXPECT_TRUE(IsInflowFile("Instelling,BRIN herkomst,Vooropleiding,Instroomjaar,Aantal\r\n"));
    EXPECT_FALSE(IsInflowFile("brin;onderwijstype;jaar;bestemming;aantal\n"));
    EXPECT_FALSE(IsInflowFile("brin;onderwijstype;jaar;ingeschreven;uitgevallen;overgestapt\n"));
    EXPECT_FALSE(IsAttritionFile("instelling;herkomst;onderwijstype;jaar;aantal\n"));
    const auto file = ReadInflow(
        "Instelling,BRIN herkomst,Vooropleiding,Instroomjaar,Aantal\r\n"
        "27ho,21vz,HAVO,2024,\"41,0\"\r\n");
    EXPECT_EQ(file.cells[0].brin, "27HO");
    EXPECT_EQ(file.cells[0].origin, "21VZ");
    EXPECT_EQ(file.cells[0].onderwijstype, "havo");
    EXPECT_EQ(file.cells[0].count.value, 41);
}

TEST(InflowFile, RefusesABadFileWithTheLineAndColumnOfItsFirstProblem) {
    const std::string head = "instelling;herkomst;onderwijstype;jaar;aantal\n";
    EXPECT_EQ(InflowProblem("instelling;herkomst;jaar;aantal\n30HZ;21VZ;2025;4\n"),
              "Regel 1: De kolom \"onderwijstype\" ontbreekt. Nodig zijn: instelling, herkomst, "
              "onderwijstype, jaar en aantal.");
    EXPECT_EQ(InflowProblem(head + "30HZ;21V;havo;2025;4\n"),
              "Regel 2, kolom 2: \"21V\" is geen BRIN-code (twee cijfers en twee letters, zoals "
              "21VZ).");
    EXPECT_EQ(InflowProblem(head + "30HZ;21VZ;havo;2025;veel\n"),
              "Regel 2, kolom 5: \"veel\" is geen aantal; vul een getal of <5 in.");
    EXPECT_EQ(InflowProblem(head + "30HZ;21VZ;havo;2025;12\n30hz;21vz;havo;2025;14\n"),
              "Regel 3: Deze regel staat er twee keer in: 30HZ uit 21VZ, havo, 2025.");
    EXPECT_EQ(InflowProblem(head), "Regel 1: Het bestand bevat geen cijfers.");
}

TEST(InflowFile, ReadsWhatTheGeneratorWrites) {
    auto schools = SyntheticSchools(20, 3, {}, 7);
    schools.push_back({"27HO", {"associate degree", "bachelor"}, 300});
    const auto flows = SyntheticFlows(schools, 2025, 2, 7);
    const auto cells = SyntheticInflow(flows, schools);
    ASSERT_FALSE(cells.empty());
    const auto file = ReadInflow(ToInflowCsv(cells));
    ASSERT_EQ(file.cells.size(), cells.size());
    EXPECT_EQ(file.schools, 4u) << "three mbo institutions and the hogeschool receive";
    for (size_t i = 0; i < cells.size(); ++i) EXPECT_EQ(file.cells[i].count, cells[i].count);
}

}  // namespace
}  // namespace koers::core
