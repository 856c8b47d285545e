#include "modules/doorstroom/core/attrition.hpp"

#include <functional>
#include <map>
#include <set>
#include <tuple>

#include "modules/doorstroom/core/figures.hpp"

namespace koers::core {
namespace {

std::optional<double> ShareOf(const Total& part, int64_t base) {
    if (base <= 0) return std::nullopt;
    return 100.0 * static_cast<double>(part.known) / static_cast<double>(base);
}

}  // namespace

AttritionCell SmallGroupHidden(AttritionCell cell) {
    if (!cell.enrolled.known()) cell.dropped = cell.switched = Count{};
    return cell;
}

std::optional<double> AttritionSum::DroppedShare() const { return ShareOf(dropped, dropped_base); }
std::optional<double> AttritionSum::SwitchedShare() const {
    return ShareOf(switched, switched_base);
}

void AttritionSum::Add(const AttritionSum& other) {
    enrolled.Add(other.enrolled);
    dropped.Add(other.dropped);
    switched.Add(other.switched);
    dropped_base += other.dropped_base;
    switched_base += other.switched_base;
}

AttritionSum AttritionSum::Of(const AttritionCell& cell) {
    AttritionSum s{cell.year, cell.onderwijstype};
    s.enrolled.Add(cell.enrolled);
    s.dropped.Add(cell.dropped);
    s.switched.Add(cell.switched);
    const int64_t base = cell.enrolled.value.value_or(0);
    if (cell.dropped.known()) s.dropped_base = base;
    if (cell.switched.known()) s.switched_base = base;
    return s;
}

std::optional<AttritionSum> AttritionOf(std::span<const AttritionSum> sums, int year,
                                        std::string_view type) {
    std::optional<AttritionSum> out;
    for (const auto& s : sums) {
        if (s.year != year || (!type.empty() && s.onderwijstype != type)) continue;
        if (!out) out = AttritionSum{year, std::string(type)};
        out->Add(s);
    }
    return out;
}

std::vector<AttritionSum> AddedUp(std::span<const AttritionSum> sums) {
    std::map<std::pair<int, std::string>, AttritionSum> added;
    for (const auto& s : sums) {
        auto [at, fresh] = added.try_emplace({s.year, s.onderwijstype}, s);
        if (!fresh) at->second.Add(s);
    }
    std::vector<AttritionSum> out;
    out.reserve(added.size());
    for (auto& [key, sum] : added) out.push_back(std::move(sum));
    return out;
}

std::vector<int> YearsOf(std::span<const AttritionSum> sums) {
    std::set<int, std::greater<>> years;
    for (const auto& s : sums) years.insert(s.year);
    return {years.begin(), years.end()};
}

std::vector<std::string> TypesOf(std::span<const AttritionSum> sums) {
    std::vector<std::string> types;
    for (const auto& s : sums) types.push_back(s.onderwijstype);
    return InSchoolOrder(types);
}

}  // namespace koers::core
