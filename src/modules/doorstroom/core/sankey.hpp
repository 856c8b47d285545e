#pragma once
// The layout of a flow diagram (Sankey): the leavers of one school, year and onderwijstype on
// the left, a band to each destination on the right, as thick as the number that went there.
// A "<5" cell gets a thin band of one fixed width, so the drawing tells no more than the table.
// Pure geometry; the page draws it as SVG.
#include <string>
#include <vector>

#include "modules/doorstroom/core/figures.hpp"

namespace koers::core {

struct SankeyBand {
    Destination to = Destination::kOverig;
    std::string path;   // an SVG path: the band from the source to its destination
    double node_y = 0;  // the destination's bar on the right
    double node_height = 0;
    double label_y = 0;  // the baseline of its label, right of the bar
    std::string label;   // "mbo niveau 4: 48 (31,2%)"
};

struct SankeyLayout {
    double width = 0, height = 0;
    double source_y = 0, source_height = 0;  // the bar on the left
    double node_x = 0;                       // where the destinations' bars start
    std::vector<SankeyBand> bands;
};

// Lays out `b` in `width` pixels (the height follows from the destinations).
SankeyLayout LayoutSankey(const Breakdown& b, double width = 640);

}  // namespace koers::core
