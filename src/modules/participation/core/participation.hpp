#pragma once
// Participation in the school's LOB activities (the werkplan's activiteiten): which students took
// part, and per cohort (onderwijstype and leerjaar, "havo 4") how many of its current students,
// so a school can say "27 van 30 (90%) van kader 4 deed een meeloopdag".
#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace koers::core {

// A current student as the figures need them.
struct Enrolled {
    int64_t student_id = 0;
    std::string onderwijstype;
    int leerjaar = 0;
};

struct CohortShare {
    std::string cohort;  // "havo 4"
    int took_part = 0;
    int students = 0;
    int percent = 0;  // rounded down: 199 of 200 is 99%, never a 100% that is not
};

// Per cohort with at least one participant among `current`, by onderwijstype and leerjaar.
// Participants who left (not in `current`) count nowhere.
std::vector<CohortShare> CohortShares(const std::vector<Enrolled>& current,
                                      const std::set<int64_t>& took_part);
// "27 van 30 (90%)".
std::string ShareText(const CohortShare& share);

}  // namespace koers::core
