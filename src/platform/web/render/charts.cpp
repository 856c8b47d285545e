#include "platform/web/render/charts.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "platform/core/common/numbers.hpp"
#include "platform/web/render/mustache.hpp"

namespace koers::web {
namespace {

std::string Num(double v) { return core::OneDecimal(v); }

void Title(std::string_view title, std::string& out) {
    out += "<title>";
    AppendEscaped(title, out);
    out += "</title>";
}

constexpr double kSize = 420, kCenter = kSize / 2, kRadius = 130;
// Room left and right of the circle for the axis labels.
constexpr double kPad = 110;

// A label in at most two lines, split at the space nearest its middle.
std::vector<std::string> Lines(const std::string& label) {
    if (label.size() <= 16) return {label};
    size_t best = std::string::npos;
    for (size_t i = 0; i < label.size(); ++i) {
        if (label[i] != ' ') continue;
        if (best == std::string::npos ||
            std::abs(static_cast<double>(i) - static_cast<double>(label.size()) / 2.0) <
                std::abs(static_cast<double>(best) - static_cast<double>(label.size()) / 2.0))
            best = i;
    }
    if (best == std::string::npos) return {label};
    return {label.substr(0, best), label.substr(best + 1)};
}

// The point at `fraction` of the radius on axis `i` of `n` (the first axis points up).
std::pair<double, double> Point(size_t i, size_t n, double fraction) {
    const double angle = 2 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(n) -
                         std::numbers::pi / 2;
    return {kCenter + kRadius * fraction * std::cos(angle),
            kCenter + kRadius * fraction * std::sin(angle)};
}

}  // namespace

std::string RadarSvg(const std::vector<std::string>& axes, const std::vector<RadarSeries>& series,
                     std::string_view title) {
    const size_t n = axes.size();
    std::string out = "<svg class=\"koers-chart koers-radar\" viewBox=\"" + Num(-kPad) + " 0 " +
                      Num(kSize + 2 * kPad) + " " + Num(kSize) +
                      "\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">";
    Title(title, out);
    if (n < 3) return out + "</svg>";
    for (double ring : {0.25, 0.5, 0.75, 1.0}) {
        out += "<polygon class=\"koers-radar__grid\" points=\"";
        for (size_t i = 0; i < n; ++i) {
            auto [x, y] = Point(i, n, ring);
            out += Num(x) + "," + Num(y) + " ";
        }
        out += "\"/>";
    }
    for (size_t i = 0; i < n; ++i) {
        auto [x, y] = Point(i, n, 1.0);
        auto [lx, ly] = Point(i, n, 1.18);
        out += "<line class=\"koers-radar__axis\" x1=\"" + Num(kCenter) + "\" y1=\"" +
               Num(kCenter) + "\" x2=\"" + Num(x) + "\" y2=\"" + Num(y) + "\"/>";
        const char* anchor =
            std::abs(lx - kCenter) < 5 ? "middle" : (lx < kCenter ? "end" : "start");
        const auto lines = Lines(axes[i]);
        // Two-line labels start half a line higher, so they stay centred on the axis end.
        const double top = ly - (lines.size() > 1 ? 7.0 : 0.0);
        out += "<text class=\"koers-radar__label\" y=\"" + Num(top) + "\" text-anchor=\"" + anchor +
               "\">";
        for (size_t l = 0; l < lines.size(); ++l) {
            out += "<tspan x=\"" + Num(lx) + "\" dy=\"" + (l == 0 ? "0" : "1.2em") + "\">";
            AppendEscaped(lines[l], out);
            out += "</tspan>";
        }
        out += "</text>";
    }
    for (const auto& s : series) {
        // Axes without a value are drawn at the centre, so the shape stays closed.
        out += "<polygon class=\"koers-radar__series " + s.css_class + "\" points=\"";
        for (size_t i = 0; i < n; ++i) {
            const double v = i < s.values.size() && s.values[i] ? *s.values[i] : 0.0;
            auto [x, y] = Point(i, n, std::clamp(v, 0.0, 100.0) / 100.0);
            out += Num(x) + "," + Num(y) + " ";
        }
        out += "\"><title>";
        AppendEscaped(s.label, out);
        out += "</title></polygon>";
    }
    return out + "</svg>";
}

std::string StackedBarSvg(const std::vector<BarSegment>& segments, std::string_view title) {
    double total = 0;
    for (const auto& s : segments) total += s.value;
    std::string out =
        "<svg class=\"koers-chart koers-bar\" viewBox=\"0 0 100 6\" preserveAspectRatio=\"none\" "
        "role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">";
    Title(title, out);
    double x = 0;
    for (const auto& s : segments) {
        if (total <= 0 || s.value <= 0) continue;
        const double w = 100.0 * s.value / total;
        out += "<rect class=\"" + s.css_class + "\" x=\"" + Num(x) + "\" y=\"0\" width=\"" +
               Num(w) + "\" height=\"6\"/>";
        x += w;
    }
    if (total <= 0)
        out += "<rect class=\"koers-bar__empty\" x=\"0\" y=\"0\" width=\"100\" height=\"6\"/>";
    return out + "</svg>";
}

std::string SparklineSvg(const std::vector<std::optional<double>>& values, double min, double max,
                         std::string_view title) {
    constexpr double kWidth = 240, kHeight = 64, kInset = 6;
    std::string out = "<svg class=\"koers-chart koers-sparkline\" viewBox=\"0 0 " + Num(kWidth) +
                      " " + Num(kHeight) + "\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">";
    Title(title, out);
    if (max <= min) return out + "</svg>";
    const auto y_of = [&](double v) {
        return kHeight - kInset -
               (std::clamp(v, min, max) - min) / (max - min) * (kHeight - 2 * kInset);
    };
    for (int step = 0; min + step <= max; ++step) {
        const std::string y = Num(y_of(min + step));
        out.append("<line class=\"koers-sparkline__grid\" x1=\"0\" x2=\"")
            .append(Num(kWidth))
            .append("\" y1=\"")
            .append(y)
            .append("\" y2=\"")
            .append(y)
            .append("\"/>");
    }
    const size_t n = values.size();
    const auto x_of = [&](size_t i) {
        return n < 2 ? kWidth / 2
                     : kInset + static_cast<double>(i) * (kWidth - 2 * kInset) /
                                    static_cast<double>(n - 1);
    };
    std::string points;
    for (size_t i = 0; i < n; ++i)
        if (values[i]) points += Num(x_of(i)) + "," + Num(y_of(*values[i])) + " ";
    if (!points.empty())
        out += "<polyline class=\"koers-sparkline__line\" points=\"" + points + "\"/>";
    size_t last = n;
    for (size_t i = 0; i < n; ++i)
        if (values[i]) last = i;
    for (size_t i = 0; i < n; ++i) {
        if (!values[i]) continue;
        out += "<circle class=\"koers-sparkline__dot" +
               std::string(i == last ? " koers-sparkline__dot--last" : "") + "\" cx=\"" +
               Num(x_of(i)) + "\" cy=\"" + Num(y_of(*values[i])) + "\" r=\"" +
               (i == last ? "5" : "3.5") + "\"/>";
    }
    return out + "</svg>";
}

namespace {

constexpr int kHeatLabelWidth = 160, kHeatHeadHeight = 30, kHeatCellWidth = 64,
              kHeatCellHeight = 34, kHeatGap = 4;

int HeatLevel(int count) {
    if (count <= 0) return 0;
    if (count <= 2) return count;
    return count <= 4 ? 3 : 4;
}

}  // namespace

std::string HeatmapSvg(const Heatmap& map, std::string_view title) {
    const int cols = static_cast<int>(map.columns.size());
    const int rows = static_cast<int>(map.rows.size());
    const int width = kHeatLabelWidth + cols * (kHeatCellWidth + kHeatGap);
    const int height = kHeatHeadHeight + rows * (kHeatCellHeight + kHeatGap);
    std::string out = "<svg class=\"koers-chart koers-heatmap\" viewBox=\"0 0 " +
                      std::to_string(width) + " " + std::to_string(height) +
                      "\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\">";
    Title(title, out);
    const auto x_of = [](int c) { return kHeatLabelWidth + c * (kHeatCellWidth + kHeatGap); };
    const auto y_of = [](int r) { return kHeatHeadHeight + r * (kHeatCellHeight + kHeatGap); };
    for (int c = 0; c < cols; ++c) {
        out += "<text class=\"koers-heatmap__head\" x=\"" +
               std::to_string(x_of(c) + kHeatCellWidth / 2) + "\" y=\"20\" text-anchor=\"middle\">";
        AppendEscaped(map.columns[static_cast<size_t>(c)], out);
        out += "</text>";
    }
    for (int r = 0; r < rows; ++r) {
        const int y = y_of(r);
        out += "<text class=\"koers-heatmap__label\" x=\"0\" y=\"" +
               std::to_string(y + kHeatCellHeight / 2 + 5) + "\">";
        AppendEscaped(map.rows[static_cast<size_t>(r)], out);
        out += "</text>";
        const auto& line = map.counts[static_cast<size_t>(r)];
        for (int c = 0; c < cols && c < static_cast<int>(line.size()); ++c) {
            const int n = line[static_cast<size_t>(c)];
            const std::string level = std::to_string(HeatLevel(n));
            out += "<rect class=\"koers-heat koers-heat--" + level + "\" x=\"" +
                   std::to_string(x_of(c)) + "\" y=\"" + std::to_string(y) + "\" width=\"" +
                   std::to_string(kHeatCellWidth) + "\" height=\"" +
                   std::to_string(kHeatCellHeight) + "\" rx=\"3\"/>";
            out += "<text class=\"koers-heat__n koers-heat__n--" + level + "\" x=\"" +
                   std::to_string(x_of(c) + kHeatCellWidth / 2) + "\" y=\"" +
                   std::to_string(y + kHeatCellHeight / 2 + 5) + "\" text-anchor=\"middle\">" +
                   std::to_string(n) + "</text>";
        }
    }
    return out + "</svg>";
}

}  // namespace koers::web
