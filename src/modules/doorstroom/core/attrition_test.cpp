// Uitval en overstap: the file in its forms, the rules that keep a small group's figures hidden
// (also from a share or a sum), and bad files refused with the line and column of the problem.
#include "modules/doorstroom/core/attrition.hpp"

#include <gtest/gtest.h>

#include "modules/doorstroom/core/attrition_file.hpp"
#include "modules/doorstroom/core/figures.hpp"
#include "modules/doorstroom/core/synthetic.hpp"

namespace koers::core {
namespace {

AttritionFile ReadAttrition(std::string_view text) {
    auto read = ReadAttritionFile(text);
    if (auto* p = std::get_if<CsvProblem>(&read)) ADD_FAILURE() << CsvProblemText(*p);
    return std::get<AttritionFile>(read);
}

std::string AttritionProblem(std::string_view text) {
    auto read = ReadAttritionFile(text);
    if (auto* p = std::get_if<CsvProblem>(&read)) return CsvProblemText(*p);
    return "(gelezen)";
}

constexpr std::string_view kHead = "brin;onderwijstype;jaar;ingeschreven;uitgevallen;overgestapt\n";

TEST(AttritionFile, ReadsTheDocumentedExample) {
    // docs/doorstroom-formats.md, "Uitval en overstap".
    const auto file = ReadAttrition(
        "brin;onderwijstype;jaar;ingeschreven;uitgevallen;overgestapt\n"
        "21VZ;havo;2025;412;6;14\n"
        "21VZ;vwo;2025;298;<5;9\n"
        "21VZ;vmbo-kb;2025;3;0;0\n");
    ASSERT_EQ(file.cells.size(), 3u);
    EXPECT_EQ(file.cells[0].enrolled.value, 412);
    EXPECT_EQ(file.cells[0].dropped.value, 6);
    EXPECT_EQ(file.cells[0].switched.value, 14);
    EXPECT_FALSE(file.cells[1].dropped.known());
    EXPECT_FALSE(file.cells[2].enrolled.known()) << "a group of 3";
    EXPECT_FALSE(file.cells[2].dropped.known()) << "'0 of 3 uitgevallen' tells about all three";
    EXPECT_FALSE(file.cells[2].switched.known());
    EXPECT_EQ(file.suppressed, 3u) << "the 3 and both 0s of the small group";
    EXPECT_EQ(file.years, (std::vector<int>{2025}));
    EXPECT_EQ(file.schools, 1u);
}

TEST(AttritionFile, KnowsItsColumnsByOtherNamesWithCommasAndQuotes) {
    const auto file = ReadAttrition(
        "Peiljaar,BRIN,Opleiding,Studenten,VSV,Switchers\r\n"
        "2024,25xy,niveau 2,\"1200,0\",96,-1\r\n");
    ASSERT_EQ(file.cells.size(), 1u);
    EXPECT_EQ(file.cells[0].brin, "25XY");
    EXPECT_EQ(file.cells[0].onderwijstype, "niveau 2");
    EXPECT_EQ(file.cells[0].year, 2024);
    EXPECT_EQ(file.cells[0].dropped.value, 96);
    EXPECT_FALSE(file.cells[0].switched.known()) << "-1 is how DUO writes a suppressed cell";
    EXPECT_EQ(file.suppressed, 0u) << "a cell the source suppressed is not counted as ours";
}

TEST(AttritionFile, TellsItselfFromAFileOfFlows) {
    EXPECT_TRUE(IsAttritionFile(std::string(kHead) + "21VZ;havo;2025;412;6;14\n"));
    EXPECT_TRUE(
        IsAttritionFile("\xEF\xBB\xBF"
                        "BRIN,Jaar,Onderwijstype,Leerlingen,Uitval,Overstap"));
    EXPECT_FALSE(
        IsAttritionFile("brin;onderwijstype;jaar;bestemming;aantal\n21VZ;havo;2025;hbo;48\n"));
    EXPECT_FALSE(IsAttritionFile(""));
}

TEST(AttritionFile, RefusesABadFileWithTheLineAndColumnOfItsFirstProblem) {
    const std::string head(kHead);
    EXPECT_EQ(
        AttritionProblem("brin;onderwijstype;jaar;ingeschreven;overgestapt\n21VZ;havo;2025;4;1\n"),
        "Regel 1: De kolom \"uitgevallen\" ontbreekt. Nodig zijn: brin, onderwijstype, jaar, "
        "ingeschreven, uitgevallen en overgestapt.");
    EXPECT_EQ(AttritionProblem(head + "21VZ;havo;2025;412;6;14\n2VZ;havo;2025;12;0;0\n"),
              "Regel 3, kolom 1: \"2VZ\" is geen BRIN-code (twee cijfers en twee letters, zoals "
              "21VZ).");
    EXPECT_EQ(AttritionProblem(head + "21VZ;gymnasium;2025;412;6;14\n"),
              "Regel 2, kolom 2: \"gymnasium\" is geen onderwijstype dat Koers kent (zoals havo, "
              "vmbo-kb, niveau 4 of bachelor).");
    EXPECT_EQ(AttritionProblem(head + "21VZ;havo;2024-2025;412;6;14\n"),
              "Regel 2, kolom 3: \"2024-2025\" is geen jaar (zoals 2025).");
    EXPECT_EQ(AttritionProblem(head + "21VZ;havo;2025;412;6,5;14\n"),
              "Regel 2, kolom 5: \"6,5\" is geen heel aantal.");
    EXPECT_EQ(AttritionProblem(head + "21VZ;havo;2025;40;30;20\n"),
              "Regel 2, kolom 6: Er vielen er 30 uit en stapten er 20 over: samen meer dan de 40 "
              "die er ingeschreven stonden.");
    EXPECT_EQ(AttritionProblem(head + "21VZ;havo;2025;40;41;<5\n"),
              "Regel 2, kolom 5: Dit aantal is groter dan de 40 die er ingeschreven stonden.");
    EXPECT_EQ(AttritionProblem(head + "21VZ;havo;2025;0;<5;0\n"),
              "Regel 2, kolom 4: Er stond niemand ingeschreven, dus er kan niemand uitvallen of "
              "overstappen.");
    EXPECT_EQ(AttritionProblem(head + "21VZ;havo;2025;412;6;14\n21vz;HAVO;2025;400;7;12\n"),
              "Regel 3: Deze regel staat er twee keer in: 21VZ, havo, 2025.");
    EXPECT_EQ(AttritionProblem(head), "Regel 1: Het bestand bevat geen cijfers.");
}

// What an insider sees of a school with 3 uitgevallen of 120 havo leerlingen: no 3 anywhere, no
// share that gives it away (2,5%), and a sum with another school that says "1× <5" instead of
// adding it.
TEST(AttritionSum, ASmallCountIsInNoShareAndNoTotal) {
    const auto file = ReadAttrition(std::string(kHead) +
                                    "21VZ;havo;2025;120;3;10\n"
                                    "22AB;havo;2025;200;12;<5\n");
    const auto school = AttritionSum::Of(file.cells[0]);
    EXPECT_EQ(school.dropped.Text(), "<5");
    EXPECT_FALSE(school.DroppedShare().has_value()) << "3 of 120 would be 2,5%";
    EXPECT_EQ(PercentText(school.SwitchedShare()), "8,3%");

    std::vector<AttritionSum> sums;
    for (const auto& c : file.cells) sums.push_back(AttritionSum::Of(c));
    const auto region = AttritionOf(sums, 2025, "havo");
    ASSERT_TRUE(region.has_value());
    EXPECT_EQ(region->enrolled.Text(), "320");
    EXPECT_EQ(region->dropped.Text(), "12 en 1× <5");
    EXPECT_EQ(PercentText(region->DroppedShare()), "6,0%") << "12 of the 200 whose count is known";
    EXPECT_EQ(region->switched.Text(), "10 en 1× <5");
    EXPECT_EQ(PercentText(region->SwitchedShare()), "8,3%") << "10 of 120";
    EXPECT_FALSE(AttritionOf(sums, 2024, "havo").has_value());
    EXPECT_FALSE(AttritionOf(sums, 2025, "vwo").has_value());
}

TEST(AttritionSum, AddsUpPerYearAndOnderwijstypeInTheSchoolsOrder) {
    const auto file = ReadAttrition(std::string(kHead) +
                                    "22AB;vwo;2024;100;5;5\n"
                                    "21VZ;havo;2025;120;10;10\n"
                                    "22AB;havo;2025;200;12;8\n"
                                    "21VZ;vmbo-kb;2024;80;<5;6\n");
    std::vector<AttritionSum> sums;
    for (const auto& c : file.cells) sums.push_back(AttritionSum::Of(c));
    const auto added = AddedUp(sums);
    ASSERT_EQ(added.size(), 3u);
    const auto havo = AttritionOf(added, 2025, "havo");
    EXPECT_EQ(havo->dropped.Text(), "22");
    EXPECT_EQ(havo->dropped_base, 320);
    EXPECT_EQ(YearsOf(added), (std::vector<int>{2025, 2024}));
    EXPECT_EQ(TypesOf(added), (std::vector<std::string>{"vmbo-kb", "havo", "vwo"}));
    const auto all = AttritionOf(added, 2024, "");
    EXPECT_EQ(all->dropped.Text(), "5 en 1× <5");
    EXPECT_EQ(all->enrolled.Text(), "180");
}

TEST(AttritionFile, ReadsWhatTheGeneratorWrites) {
    const auto schools = SyntheticSchools(20, 4, {}, 7);
    const auto cells = SyntheticAttrition(schools, 2025, 3, 7);
    const auto file = ReadAttrition(ToAttritionCsv(cells));
    ASSERT_EQ(file.cells.size(), cells.size());
    EXPECT_EQ(file.years, (std::vector<int>{2023, 2024, 2025}));
    for (size_t i = 0; i < cells.size(); ++i) {
        EXPECT_EQ(file.cells[i].dropped, cells[i].dropped);
        EXPECT_EQ(file.cells[i].switched, cells[i].switched);
    }
}

}  // namespace
}  // namespace koers::core
