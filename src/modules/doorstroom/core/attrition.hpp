#pragma once
// Uitval en overstap: of the leerlingen or studenten a school had in an onderwijstype in a year
// (in mbo and hbo: its first-year students), how many left education without a diploma within
// the year (uitgevallen; in vo and mbo the voortijdig schoolverlaters) and how many switched to
// another opleiding (overgestapt). Published aggregate figures, as the flows: never about one
// person. A count under 5 is "<5", and of a group under 5 every count is (decision 0043): "0 of
// 3 uitgevallen" would tell about each of the three.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "modules/doorstroom/core/flows.hpp"

namespace koers::core {

struct AttritionCell {
    std::string brin;
    std::string onderwijstype;  // as the platform's school codes: "havo", "niveau 4", "bachelor"
    int year = 0;               // the calendar year in which the schooljaar ended
    Count enrolled;             // ingeschreven
    Count dropped;              // uitgevallen
    Count switched;             // overgestapt
};

// The cell as it may be kept: when the group is "<5", so are its other counts.
AttritionCell SmallGroupHidden(AttritionCell cell);

// Cells added up (a school's onderwijstypen, a region's schools, the country). A share is of the
// cells whose count is known: `dropped.known` of `dropped_base` enrolled, so a "<5" cell is in
// neither and no share or total tells what it holds.
struct AttritionSum {
    int year = 0;
    std::string onderwijstype;
    Total enrolled;
    Total dropped;
    Total switched;
    int64_t dropped_base = 0;
    int64_t switched_base = 0;

    std::optional<double> DroppedShare() const;   // percent
    std::optional<double> SwitchedShare() const;  // percent
    void Add(const AttritionSum& other);
    static AttritionSum Of(const AttritionCell& cell);
};

// The sum of `year` and `type` ("" adds up every onderwijstype); nullopt when there is none.
std::optional<AttritionSum> AttritionOf(std::span<const AttritionSum> sums, int year,
                                        std::string_view type);

// The sums added up per year and onderwijstype (the country's, a region's).
std::vector<AttritionSum> AddedUp(std::span<const AttritionSum> sums);

// The years with figures, the latest first; the onderwijstypes, in the platform's order.
std::vector<int> YearsOf(std::span<const AttritionSum> sums);
std::vector<std::string> TypesOf(std::span<const AttritionSum> sums);

}  // namespace koers::core
