#include "platform/core/common/csv.hpp"

#include <gtest/gtest.h>

namespace koers::core {
namespace {

CsvTable Read(std::string_view bytes) {
    auto result = ReadCsv(bytes);
    if (auto* p = std::get_if<CsvProblem>(&result))
        ADD_FAILURE() << "regel " << p->line << ", kolom " << p->column << ": " << p->message;
    return std::get<CsvTable>(result);
}

CsvProblem Problem(std::string_view bytes, const CsvLimits& limits = {}) {
    auto result = ReadCsv(bytes, limits);
    EXPECT_TRUE(std::holds_alternative<CsvProblem>(result)) << bytes.substr(0, 40);
    if (auto* p = std::get_if<CsvProblem>(&result)) return *p;
    return {};
}

TEST(Csv, SemicolonsQuotesAndABomAsExcelWritesThem) {
    const auto t = Read(
        "\xEF\xBB\xBFLeerlingnummer;Naam;Klas\r\n"
        "1001;\"Jansen; Sem\";3B\r\n"
        "\r\n"
        "1002;\"Zeg \"\"hoi\"\"\";3C\r\n");
    EXPECT_EQ(t.separator, ';');
    EXPECT_EQ(t.encoding, "UTF-8");
    ASSERT_EQ(t.header, (std::vector<std::string>{"Leerlingnummer", "Naam", "Klas"}));
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0][1], "Jansen; Sem");
    EXPECT_EQ(t.rows[1][1], "Zeg \"hoi\"");
    EXPECT_EQ(t.lines, (std::vector<int>{2, 4}));
}

TEST(Csv, CommasAndShortRowsAreFilledOut) {
    const auto t = Read("a,b,c\n1,2\n");
    EXPECT_EQ(t.separator, ',');
    EXPECT_EQ(t.rows[0], (std::vector<std::string>{"1", "2", ""}));
}

TEST(Csv, Windows1252IsReadAsWhatItMeans) {
    // "Chloë" and "€" as Windows-1252 bytes.
    const auto t = Read("naam;bedrag\nChlo\xEB;\x80 5\n");
    EXPECT_EQ(t.encoding, "Windows-1252");
    EXPECT_EQ(t.rows[0][0], "Chloë");
    EXPECT_EQ(t.rows[0][1], "€ 5");
}

TEST(Csv, ALineBreakInsideQuotesStaysInTheFieldAndLinesKeepCounting) {
    const auto t = Read("a;b\n\"twee\nregels\";x\n3;y\n");
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0][0], "twee regels");
    EXPECT_EQ(t.lines, (std::vector<int>{2, 4}));
}

TEST(Csv, ProblemsNameTheirLineAndColumn) {
    auto p = Problem("a;b\n1;2\n1;2;3\n");
    EXPECT_EQ(p.line, 3);
    EXPECT_EQ(p.column, 3);
    p = Problem("a;b\n1;\"open\n");
    EXPECT_EQ(p.line, 2);
    EXPECT_NE(p.message.find("aanhalingsteken"), std::string::npos);
    p = Problem("a;b\n1;x\x01y\n");
    EXPECT_EQ(p.line, 2);
    EXPECT_EQ(p.column, 2);
    EXPECT_EQ(Problem("").message, "Het bestand is leeg.");
    EXPECT_EQ(Problem("\n\n").message, "Het bestand is leeg.");
}

TEST(Csv, LimitsHoldInRowsColumnsAndFieldSize) {
    const CsvLimits small{.max_rows = 2, .max_columns = 3, .max_field = 5};
    EXPECT_EQ(Problem("a\n1\n2\n3\n", small).line, 4);
    EXPECT_EQ(Problem("a;b;c;d\n", small).line, 1);
    EXPECT_EQ(Problem("a\n123456\n", small).column, 1);
    std::string many = "a\n";
    for (int i = 0; i < 30000; ++i) many += "x\n";
    EXPECT_NE(Problem(many).message.find("meer dan 20000"), std::string::npos);
}

}  // namespace
}  // namespace koers::core
