#pragma once
// Server-rendered SVG charts. Each chart is decoration for sighted readers: the page always shows
// the same figures in a table, so the SVG is aria-hidden apart from its title. Colours come from
// CSS classes (static/css/koers.css), so print and high-contrast styles can change them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace koers::web {

struct RadarSeries {
    std::string label;
    std::string css_class;                      // "koers-series-1"
    std::vector<std::optional<double>> values;  // 0..100 per axis; nullopt: no value
};

// A radar (spider) chart of percentages with one axis per label.
std::string RadarSvg(const std::vector<std::string>& axes, const std::vector<RadarSeries>& series,
                     std::string_view title);

struct BarSegment {
    double value = 0;       // a count
    std::string css_class;  // "koers-phase-3"
};

// One horizontal bar split into segments proportional to their values.
std::string StackedBarSvg(const std::vector<BarSegment>& segments, std::string_view title);

// A small line chart of one measure over time: `values` from left to right (nullopt: not
// measured, the line skips it), on a scale from `min` (bottom) to `max` (top) with a grid line
// per whole step, and a dot on every value; the last one stands out.
std::string SparklineSvg(const std::vector<std::optional<double>>& values, double min, double max,
                         std::string_view title);

// A grid of counts, rows by columns, each cell shaded in fixed steps (so a shade means the same
// on every chart): 0 is a gap (koers-heat--0), then 1, 2, 3-4, and 5 or more (koers-heat--1..4),
// with the count written in it. Row labels stand left, column labels on top.
struct Heatmap {
    std::vector<std::string> rows;
    std::vector<std::string> columns;
    std::vector<std::vector<int>> counts;  // [row][column]
};
std::string HeatmapSvg(const Heatmap& map, std::string_view title);

}  // namespace koers::web
