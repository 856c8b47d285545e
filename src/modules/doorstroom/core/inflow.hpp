#pragma once
// Instroom: where an mbo or hbo institution's new students came from. Published aggregate
// figures, per receiving institution (BRIN), school of origin (BRIN), the onderwijstype they
// came from and year: how many came. Shown only to the receiving institution itself (decision
// 0044): beside a sending school's own flows, one institution's count would let a "<5" of
// another be worked out by subtraction.
#include <span>
#include <string>
#include <vector>

#include "modules/doorstroom/core/flows.hpp"

namespace koers::core {

struct InflowCell {
    std::string brin;           // the receiving institution
    std::string origin;         // the school they came from
    std::string onderwijstype;  // what they came from: "havo", "vmbo-kb", "niveau 4"
    int year = 0;  // the calendar year they started in: the year of leaving of the flows
    Count count;
};

// One line of a receiving institution's inflow: a school of origin and onderwijstype, added up
// over the cells of a year.
struct InflowLine {
    std::string origin;
    std::string onderwijstype;
    Total count;
};

// The institution's inflow of `year`, the largest known counts first, and all of it added up.
struct InflowOfYear {
    std::vector<InflowLine> lines;
    Total all;
};
InflowOfYear InflowIn(std::span<const InflowCell> cells, int year);

// The years with figures, the latest first.
std::vector<int> YearsOf(std::span<const InflowCell> cells);

}  // namespace koers::core
