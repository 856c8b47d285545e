// Reading doorstroom files: the Koers format in its encodings and separators, suppressed cells
// kept suppressed and small counts suppressed on reading, and every kind of bad file refused
// with the line and column of its first problem.
#include "modules/doorstroom/core/flow_file.hpp"

#include <gtest/gtest.h>

namespace koers::core {
namespace {

FlowFile Read(std::string_view text) {
    auto read = ReadFlowFile(text);
    if (auto* p = std::get_if<CsvProblem>(&read)) ADD_FAILURE() << CsvProblemText(*p);
    return std::get<FlowFile>(read);
}

std::string Problem(std::string_view text) {
    auto read = ReadFlowFile(text);
    if (auto* p = std::get_if<CsvProblem>(&read)) return CsvProblemText(*p);
    return "(gelezen)";
}

TEST(FlowFile, ReadsTheKoersFormatInAnyColumnOrder) {
    const auto file = Read(
        "Jaar;BRIN;Onderwijstype;Bestemming;Aantal;Na een jaar\n"
        "2025;21vz;havo;hbo;48;41\n"
        "2025;21VZ;havo;MBO niveau 4;12,0;10\n"
        "2024;21VZ;vwo;wo;30;\n");
    ASSERT_EQ(file.flows.size(), 3u);
    EXPECT_EQ(file.separator, ';');
    EXPECT_EQ(file.flows[0].brin, "21VZ");
    EXPECT_EQ(file.flows[0].to, Destination::kHbo);
    EXPECT_EQ(file.flows[0].leavers.value, 48);
    EXPECT_EQ(file.flows[0].stayed->value, 41);
    EXPECT_EQ(file.flows[1].to, Destination::kMbo4);
    EXPECT_EQ(file.flows[1].leavers.value, 12) << "a decimal comma with zeros is a whole number";
    EXPECT_FALSE(file.flows[2].stayed.has_value()) << "an empty cell: not known";
    EXPECT_EQ(file.years, (std::vector<int>{2024, 2025}));
    EXPECT_EQ(file.schools, 1u);
    EXPECT_TRUE(file.has_stayed);
}

// A group under 5 tells about each of its members through a 0: where they all went, or that none
// of them was still there a year later. Such a 0 is "<5" too; a 0 of a large group stays 0.
TEST(FlowFile, ASmallGroupsZerosAreHiddenToo) {
    const auto file = Read(
        "brin;onderwijstype;jaar;bestemming;aantal;na_een_jaar\n"
        "21VZ;pro;2025;mbo1;3;0\n"
        "21VZ;pro;2025;geen;0;\n"
        "21VZ;havo;2025;hbo;40;38\n"
        "21VZ;havo;2025;wo;0;\n"
        "21VZ;havo;2025;vo;<5;0\n"
        "21VZ;havo;2024;hbo;0;0\n");
    ASSERT_EQ(file.flows.size(), 6u);
    EXPECT_FALSE(file.flows[0].leavers.known());
    EXPECT_FALSE(file.flows[0].stayed->known()) << "'none of them still there'";
    EXPECT_FALSE(file.flows[1].leavers.known()) << "'all of them went to mbo 1'";
    EXPECT_EQ(file.flows[3].leavers.value, 0) << "nobody of 40 or more went to wo";
    EXPECT_FALSE(file.flows[4].stayed->known());
    EXPECT_FALSE(file.flows[5].leavers.known()) << "a year with no known leavers at all";
    EXPECT_EQ(file.suppressed, 6u) << "the 3, and five 0s";
}

TEST(FlowFile, ReadsTheDocumentedExample) {  // docs/doorstroom-formats.md
    const auto file = Read(
        "brin;onderwijstype;jaar;bestemming;aantal;na_een_jaar\n"
        "21VZ;havo;2025;hbo;48;41\n"
        "21VZ;havo;2025;mbo4;12;10\n"
        "21VZ;havo;2025;wo;<5;<5\n"
        "21VZ;havo;2025;geen;9;\n");
    ASSERT_EQ(file.flows.size(), 4u);
    EXPECT_EQ(file.flows[3].to, Destination::kGeen);
    EXPECT_FALSE(file.flows[3].stayed.has_value());
    EXPECT_EQ(file.suppressed, 0u);
}

TEST(FlowFile, SuppressedCellsStaySuppressedAndSmallCountsAreSuppressedOnReading) {
    const auto file = Read(
        "brin,onderwijstype,jaar,bestemming,aantal,na_een_jaar\n"
        "21VZ,havo,2025,hbo,<5,-1\n"
        "21VZ,havo,2025,wo,3,2\n"
        "21VZ,havo,2025,XXXX,7,5\n"
        "21VZ,havo,2025,geen,0,0\n");
    ASSERT_EQ(file.flows.size(), 4u);
    EXPECT_FALSE(file.flows[0].leavers.known()) << "<5 stays <5, never 0";
    EXPECT_FALSE(file.flows[0].stayed->known());
    EXPECT_FALSE(file.flows[1].leavers.known()) << "an exact 3 is not kept";
    EXPECT_FALSE(file.flows[1].stayed->known());
    EXPECT_EQ(file.flows[1].leavers.Text(), "<5");
    EXPECT_EQ(file.flows[2].to, Destination::kAfgeschermd);
    EXPECT_EQ(file.flows[3].leavers.value, 0) << "nobody is a figure too";
    EXPECT_EQ(file.suppressed, 2u) << "the two exact small counts";
}

TEST(FlowFile, ReadsWindows1252WithABomOrWithout) {
    const std::string header = "brin;onderwijstype;jaar;bestemming;aantal\n";
    const auto utf8 = Read("\xEF\xBB\xBF" + header + "21VZ;havo;2025;hbo;48\n");
    EXPECT_EQ(utf8.encoding, "UTF-8");
    ASSERT_EQ(utf8.flows.size(), 1u);
    // "Vervolg é" is not a column Koers reads; it only makes the file Windows-1252.
    const auto cp1252 = Read(
        "brin;onderwijstype;jaar;bestemming;aantal;Opmerking\n21VZ;havo;2025;hbo;48;caf\xE9\n");
    EXPECT_EQ(cp1252.encoding, "Windows-1252");
    EXPECT_EQ(cp1252.flows.size(), 1u);
}

TEST(FlowFile, ABadFileNamesTheLineAndColumnOfItsFirstProblem) {
    const std::string h = "brin;onderwijstype;jaar;bestemming;aantal;na_een_jaar\n";
    EXPECT_EQ(Problem("brin;jaar;bestemming;aantal\n21VZ;2025;hbo;4\n"),
              "Regel 1: De kolom \"onderwijstype\" ontbreekt. Nodig zijn: brin, onderwijstype, "
              "jaar, bestemming en aantal (en eventueel na_een_jaar).");
    EXPECT_EQ(Problem(h + "21VZ;havo;2025;hbo;48;40\n2X1;havo;2025;wo;5;5\n"),
              "Regel 3, kolom 1: \"2X1\" is geen BRIN-code (twee cijfers en twee letters, zoals "
              "21VZ).");
    EXPECT_EQ(Problem(h + "21VZ;gymnasium;2025;wo;5;5\n").substr(0, 20), "Regel 2, kolom 2: \"g");
    EXPECT_EQ(Problem(h + "21VZ;havo;25;wo;5;5\n"),
              "Regel 2, kolom 3: \"25\" is geen jaar (zoals 2025).");
    EXPECT_EQ(Problem(h + "21VZ;havo;2025;werk;5;5\n").substr(0, 24), "Regel 2, kolom 4: \"werk\"");
    EXPECT_EQ(Problem(h + "21VZ;havo;2025;wo;12,5;5\n"),
              "Regel 2, kolom 5: \"12,5\" is geen heel aantal.");
    EXPECT_EQ(Problem(h + "21VZ;havo;2025;wo;;5\n"),
              "Regel 2, kolom 5: Het aantal ontbreekt; vul een getal of <5 in.");
    EXPECT_EQ(Problem(h + "21VZ;havo;2025;wo;-3;5\n"),
              "Regel 2, kolom 5: \"-3\" is geen aantal; vul een getal of <5 in.");
    EXPECT_EQ(Problem(h + "21VZ;havo;2025;wo;10;12\n"),
              "Regel 2, kolom 6: Na een jaar zijn er meer (12) dan er gingen (10).");
    EXPECT_EQ(Problem(h + "21VZ;havo;2025;wo;10;8\n\n21VZ;havo;2025;WO;11;8\n"),
              "Regel 4: Deze regel staat er twee keer in: 21VZ, havo, 2025, wo.");
    EXPECT_EQ(Problem(h), "Regel 1: Het bestand bevat geen cijfers.");
    EXPECT_EQ(Problem(h + "21VZ;havo;2025;\"wo;10;8\n").substr(0, 7), "Regel 2");
}

TEST(FlowFile, AFileOfMoreRowsThanTheLimitIsRefused) {
    std::string text = "brin;onderwijstype;jaar;bestemming;aantal\n";
    const std::string row = "21VZ;havo;2025;wo;10\n";
    text.reserve(row.size() * (kMaxFlowRows + 2));
    for (size_t i = 0; i <= kMaxFlowRows; ++i) text += row;
    EXPECT_NE(Problem(text).find("Regel"), std::string::npos);
}

}  // namespace
}  // namespace koers::core
