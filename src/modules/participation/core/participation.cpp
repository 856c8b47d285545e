#include "modules/participation/core/participation.hpp"

#include <map>

namespace koers::core {

std::vector<CohortShare> CohortShares(const std::vector<Enrolled>& current,
                                      const std::set<int64_t>& took_part) {
    std::map<std::pair<std::string, int>, CohortShare> by_cohort;
    for (const auto& s : current) {
        auto& share = by_cohort[{s.onderwijstype, s.leerjaar}];
        share.cohort = s.onderwijstype + " " + std::to_string(s.leerjaar);
        ++share.students;
        share.took_part += took_part.count(s.student_id) > 0 ? 1 : 0;
    }
    std::vector<CohortShare> out;
    for (auto& [key, share] : by_cohort) {
        if (share.took_part == 0) continue;
        share.percent = share.took_part * 100 / share.students;
        out.push_back(std::move(share));
    }
    return out;
}

std::string ShareText(const CohortShare& share) {
    return std::to_string(share.took_part) + " van " + std::to_string(share.students) + " (" +
           std::to_string(share.percent) + "%)";
}

}  // namespace koers::core
