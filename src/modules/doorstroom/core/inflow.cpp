#include "modules/doorstroom/core/inflow.hpp"

#include <algorithm>
#include <functional>
#include <set>

namespace koers::core {

InflowOfYear InflowIn(std::span<const InflowCell> cells, int year) {
    InflowOfYear out;
    for (const auto& c : cells) {
        if (c.year != year) continue;
        out.lines.push_back({c.origin, c.onderwijstype, {}});
        out.lines.back().count.Add(c.count);
        out.all.Add(c.count);
    }
    std::stable_sort(out.lines.begin(), out.lines.end(), [](const auto& a, const auto& b) {
        if (a.count.known != b.count.known) return a.count.known > b.count.known;
        return a.origin != b.origin ? a.origin < b.origin : a.onderwijstype < b.onderwijstype;
    });
    return out;
}

std::vector<int> YearsOf(std::span<const InflowCell> cells) {
    std::set<int, std::greater<>> years;
    for (const auto& c : cells) years.insert(c.year);
    return {years.begin(), years.end()};
}

}  // namespace koers::core
