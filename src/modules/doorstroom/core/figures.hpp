#pragma once
// The figures on a doorstroom dashboard: of one year and onderwijstype (or all types together),
// per destination how many went there, their share of the known leavers, and how many were
// still there a year later. Shares are of the known counts only, so no figure on a page, alone
// or subtracted from another, tells what a "<5" cell holds.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "modules/doorstroom/core/flows.hpp"

namespace koers::core {

struct DestinationShare {
    Destination to = Destination::kOverig;
    Total leavers;
    std::optional<double> share;  // percent of the known leavers; none for a "<5" cell
    Total stayed;
    int64_t followed = 0;
    std::optional<double> retention;  // percent still there a year later
};

struct Breakdown {
    std::vector<DestinationShare> rows;  // the destinations with figures, in AllDestinations order
    Total all;                           // every leaver
    std::optional<double> retention;     // of all destinations together
    bool empty() const { return rows.empty(); }
    // The row of a destination, or nullptr.
    const DestinationShare* Of(Destination d) const;
};

// The figures of `year` and `type` ("" adds up every onderwijstype).
Breakdown BreakdownOf(std::span<const FlowSum> sums, int year, std::string_view type);

// The years with figures, the latest first; the onderwijstypes with figures, in the platform's
// order.
std::vector<int> YearsOf(std::span<const FlowSum> sums);
std::vector<std::string> TypesOf(std::span<const FlowSum> sums);
// Onderwijstypen in the platform's order (vo's, then mbo's, then hbo's), each once.
std::vector<std::string> InSchoolOrder(std::span<const std::string> types);

// "12,5%" (Dutch decimal comma), or "–" when there is none.
std::string PercentText(const std::optional<double>& percent);

}  // namespace koers::core
