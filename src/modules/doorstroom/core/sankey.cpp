#include "modules/doorstroom/core/sankey.hpp"

#include <algorithm>

#include "platform/core/common/numbers.hpp"

namespace koers::core {
namespace {

constexpr double kBar = 14;          // width of the bars
constexpr double kFlowHeight = 220;  // the height all known leavers share
constexpr double kHidden = 2;        // the band of a "<5" cell
constexpr double kSlot = 22;         // at least this much room per destination, for its label
constexpr double kGap = 6;           // between destinations on the right
constexpr double kLabelRoom = 250;   // at least, for the labels right of the bars
constexpr double kCharWidth = 7.6;   // about, of a label's character at the diagram's font size

std::string Num(double v) { return OneDecimal(v); }

// "hbo: 42 (17,9%)", "geen bekostigd onderwijs: 13 en 2× <5 (5,5%)".
std::string LabelOf(const DestinationShare& row) {
    std::string label = std::string(DestinationLabel(row.to)) + ": " + row.leavers.Text();
    if (row.share) label += " (" + PercentText(row.share) + ")";
    return label;
}

}  // namespace

SankeyLayout LayoutSankey(const Breakdown& b, double width) {
    SankeyLayout out;
    out.width = width;
    // Room for the longest label, so none is cut off at the right.
    std::vector<std::string> labels;
    double room = kLabelRoom;
    for (const auto& row : b.rows) {
        labels.push_back(LabelOf(row));
        room = std::max(room, kCharWidth * static_cast<double>(labels.back().size()) + 24);
    }
    out.node_x = std::max(width - room, 2 * kBar + 60);
    const double total = static_cast<double>(std::max<int64_t>(b.all.known, 1));
    // The thickness of each band; the right side spaces the destinations out.
    std::vector<double> thick;
    double left = 0, right = 0;
    for (const auto& row : b.rows) {
        const double t =
            row.leavers.known > 0
                ? std::max(1.0, kFlowHeight * static_cast<double>(row.leavers.known) / total)
            : row.leavers.hidden > 0 ? kHidden
                                     : 0.0;
        thick.push_back(t);
        left += t;
        right += std::max(t, kSlot) + kGap;
    }
    out.height = std::max(left, right) + 4;
    out.source_height = left;
    out.source_y = (out.height - left) / 2;
    const double x0 = kBar, x1 = out.node_x, xm = (x0 + x1) / 2;
    double y_left = out.source_y, y_right = 2;
    for (size_t i = 0; i < b.rows.size(); ++i) {
        const auto& row = b.rows[i];
        const double t = thick[i];
        const double slot = std::max(t, kSlot);
        SankeyBand band;
        band.to = row.to;
        band.node_height = std::max(t, 1.0);
        band.node_y = y_right + (slot - band.node_height) / 2;
        band.label_y = y_right + slot / 2 + 4;
        band.label = std::move(labels[i]);
        if (t > 0) {
            const double a0 = y_left, a1 = y_left + t, b0 = band.node_y, b1 = band.node_y + t;
            band.path = "M" + Num(x0) + "," + Num(a0) + "C" + Num(xm) + "," + Num(a0) + " " +
                        Num(xm) + "," + Num(b0) + " " + Num(x1) + "," + Num(b0) + "L" + Num(x1) +
                        "," + Num(b1) + "C" + Num(xm) + "," + Num(b1) + " " + Num(xm) + "," +
                        Num(a1) + " " + Num(x0) + "," + Num(a1) + "Z";
        }
        y_left += t;
        y_right += slot + kGap;
        out.bands.push_back(std::move(band));
    }
    return out;
}

}  // namespace koers::core
