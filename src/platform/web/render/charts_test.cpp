// SVG charts, QR codes and table exports: escaping, geometry, formula guards, a real XLSX file.
#include <gtest/gtest.h>

#include "platform/web/render/charts.hpp"
#include "platform/web/render/qr_svg.hpp"
#include "platform/web/render/table_export.hpp"

namespace koers::web {
namespace {

size_t Count(const std::string& s, const std::string& what) {
    size_t n = 0;
    for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
    return n;
}

TEST(Charts, RadarDrawsGridAxesAndOnePolygonPerSeriesWithEscapedLabels) {
    const std::vector<std::string> axes = {"Visie <&> beleid", "Loopbaangesprekken en begeleiding",
                                           "Kwaliteit"};
    const auto svg = RadarSvg(axes,
                              {{"Nu", "koers-series-now", {100.0, 50.0, std::nullopt}},
                               {"Toen", "koers-series-before", {0.0, 0.0, 0.0}}},
                              "Radar & meer");
    EXPECT_EQ(Count(svg, "class=\"koers-radar__grid\""), 4U);
    EXPECT_EQ(Count(svg, "<line"), 3U);
    EXPECT_EQ(Count(svg, "koers-radar__series"), 2U);
    EXPECT_NE(svg.find("Visie &lt;&amp;&gt; beleid"), std::string::npos);
    EXPECT_NE(svg.find("<title>Radar &amp; meer</title>"), std::string::npos);
    EXPECT_EQ(Count(svg, "<tspan"), 4U) << "the long label wraps onto two lines";
    // 100% on the first (upward) axis reaches the top of the circle: (210, 80).
    EXPECT_NE(svg.find("points=\"210.0,80.0 "), std::string::npos);
}

TEST(Charts, SparklinePlacesEachValueOnTheScaleAndSkipsTheMissing) {
    const auto svg = SparklineSvg({1.0, std::nullopt, 4.0}, 1, 4, "Trend <kwaliteiten>");
    EXPECT_EQ(Count(svg, "koers-sparkline__grid"), 4U);  // one per step of 1..4
    // The first at the left bottom, the last at the right top; the gap is skipped.
    EXPECT_NE(svg.find("points=\"6.0,58.0 234.0,6.0 \""), std::string::npos) << svg;
    EXPECT_EQ(Count(svg, "<circle"), 2U);
    EXPECT_EQ(Count(svg, "koers-sparkline__dot--last"), 1U);
    EXPECT_NE(svg.find("<title>Trend &lt;kwaliteiten&gt;</title>"), std::string::npos);
    // One value sits in the middle; out-of-scale values are held to the scale.
    EXPECT_NE(SparklineSvg({9.0}, 1, 4, "x").find("cx=\"120.0\" cy=\"6.0\""), std::string::npos);
    EXPECT_EQ(SparklineSvg({}, 1, 4, "x").find("<polyline"), std::string::npos);
}

TEST(Charts, StackedBarSplitsTheWidthByCount) {
    const auto svg = StackedBarSvg({{1, "a"}, {3, "b"}, {0, "c"}}, "Verdeling");
    EXPECT_NE(svg.find("class=\"a\" x=\"0.0\" y=\"0\" width=\"25.0\""), std::string::npos);
    EXPECT_NE(svg.find("class=\"b\" x=\"25.0\" y=\"0\" width=\"75.0\""), std::string::npos);
    EXPECT_EQ(svg.find("class=\"c\""), std::string::npos);
    EXPECT_NE(StackedBarSvg({}, "Leeg").find("koers-bar__empty"), std::string::npos);
}

TEST(Charts, HeatmapShadesEachCountByFixedStepsAndMarksTheGaps) {
    const auto svg = HeatmapSvg(
        {{"Netwerken", "Motieven <&>"}, {"Ervaren", "Kiezen"}, {{0, 1}, {2, 7}}}, "Leerjaar 3");
    EXPECT_EQ(Count(svg, "<rect"), 4U);
    EXPECT_EQ(Count(svg, "koers-heat--0"), 1U) << "one gap";
    EXPECT_EQ(Count(svg, "koers-heat--4"), 1U) << "7 is five or more";
    EXPECT_NE(svg.find("x=\"228\" y=\"68\" width=\"64\""), std::string::npos) << svg;
    EXPECT_NE(svg.find(">7</text>"), std::string::npos);
    EXPECT_NE(svg.find("Motieven &lt;&amp;&gt;"), std::string::npos);
    EXPECT_NE(svg.find("<title>Leerjaar 3</title>"), std::string::npos);
    EXPECT_NE(svg.find("viewBox=\"0 0 296 106\""), std::string::npos);
}

TEST(QrSvg, EncodesDeterministicallyWithAQuietZone) {
    const auto a = QrSvg("https://koers.example.nl/scan/open/abc", "QR");
    EXPECT_EQ(a, QrSvg("https://koers.example.nl/scan/open/abc", "QR"));
    EXPECT_NE(a, QrSvg("https://koers.example.nl/scan/open/abd", "QR"));
    // Version 3 (29 modules) plus 4 quiet modules on each side.
    EXPECT_NE(a.find("viewBox=\"0 0 37 37\""), std::string::npos) << a.substr(0, 120);
    EXPECT_NE(a.find("M4 4h7v1h-7z"), std::string::npos) << "the top-left finder pattern";
    EXPECT_THROW(QrSvg(std::string(5000, 'x'), "te lang"), std::runtime_error);
}

TEST(TableExport, CsvIsDutchExcelFriendlyAndNeutralisesFormulas) {
    const std::vector<Sheet> sheets = {{"Thema's",
                                        {{std::string("Naam"), std::string("Score")},
                                         {std::string("=1+1"), 66.666},
                                         {std::string("Met \"quotes\""), std::monostate{}},
                                         {std::string("-5"), 12.0}}}};
    const auto csv = ToCsv(sheets);
    EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
    EXPECT_NE(csv.find("\"'=1+1\";66,7\r\n"), std::string::npos) << csv;
    EXPECT_NE(csv.find("\"Met \"\"quotes\"\"\";\r\n"), std::string::npos);
    EXPECT_NE(csv.find("\"'-5\";12\r\n"), std::string::npos);
}

TEST(TableExport, XlsxIsAZipWithTheWorkbookParts) {
    const auto bytes = ToXlsx({{"Thema's", {{std::string("Naam"), 1.5}}}, {"Tweede", {}}});
    ASSERT_GT(bytes.size(), 1000U);
    EXPECT_EQ(bytes.substr(0, 4), std::string("PK\x03\x04", 4));
    EXPECT_NE(bytes.find("xl/workbook.xml"), std::string::npos);
    EXPECT_NE(bytes.find("xl/worksheets/sheet2.xml"), std::string::npos);
}

}  // namespace
}  // namespace koers::web
