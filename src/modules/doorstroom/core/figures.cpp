#include "modules/doorstroom/core/figures.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <set>

#include "platform/core/common/numbers.hpp"
#include "platform/core/org/school.hpp"

namespace koers::core {

const DestinationShare* Breakdown::Of(Destination d) const {
    for (const auto& row : rows)
        if (row.to == d) return &row;
    return nullptr;
}

Breakdown BreakdownOf(std::span<const FlowSum> sums, int year, std::string_view type) {
    std::array<DestinationShare, 10> per{};
    std::array<bool, 10> seen{};
    for (const auto& s : sums) {
        if (s.year != year || (!type.empty() && s.onderwijstype != type)) continue;
        auto& row = per[static_cast<size_t>(s.to)];
        seen[static_cast<size_t>(s.to)] = true;
        row.leavers.Add(s.leavers);
        row.stayed.Add(s.stayed);
        row.followed += s.followed;
    }
    Breakdown out;
    int64_t followed = 0, stayed = 0;
    for (Destination d : AllDestinations()) {
        const size_t i = static_cast<size_t>(d);
        if (!seen[i]) continue;
        per[i].to = d;
        out.all.Add(per[i].leavers);
        followed += per[i].followed;
        stayed += per[i].stayed.known;
        out.rows.push_back(per[i]);
    }
    for (auto& row : out.rows) {
        if (out.all.known > 0 && (row.leavers.known > 0 || row.leavers.hidden == 0))
            row.share =
                100.0 * static_cast<double>(row.leavers.known) / static_cast<double>(out.all.known);
        const FlowSum as_sum{year, {}, row.to, row.leavers, row.stayed, row.followed};
        row.retention = as_sum.Retention();
    }
    if (followed > 0)
        out.retention = 100.0 * static_cast<double>(stayed) / static_cast<double>(followed);
    return out;
}

std::vector<int> YearsOf(std::span<const FlowSum> sums) {
    std::set<int, std::greater<>> years;
    for (const auto& s : sums) years.insert(s.year);
    return {years.begin(), years.end()};
}

std::vector<std::string> TypesOf(std::span<const FlowSum> sums) {
    std::vector<std::string> types;
    for (const auto& s : sums) types.push_back(s.onderwijstype);
    return InSchoolOrder(types);
}

std::vector<std::string> InSchoolOrder(std::span<const std::string> types) {
    const std::set<std::string> present(types.begin(), types.end());
    std::vector<std::string> out;
    for (Sector sector : AllSectors())
        for (auto type : OnderwijstypesFor(sector))
            if (present.count(std::string(type))) out.emplace_back(type);
    return out;
}

std::string PercentText(const std::optional<double>& percent) {
    if (!percent) return "–";
    std::string text = OneDecimal(std::round(*percent * 10) / 10);
    std::replace(text.begin(), text.end(), '.', ',');
    return text + "%";
}

}  // namespace koers::core
