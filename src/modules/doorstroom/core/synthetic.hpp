#pragma once
// Made-up doorstroomgegevens of a plausible shape, for the demo and the benchmark: per school,
// onderwijstype and year, leavers spread over the destinations that type usually leads to
// (vmbo-kb mostly to mbo 2 and 3, havo mostly to hbo, ...), and most still there a year later.
// Deterministic for a seed. Not real figures of any school.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "modules/doorstroom/core/flows.hpp"

namespace koers::core {

struct SyntheticSchool {
    std::string brin;
    std::vector<std::string> onderwijstypes;
    int leavers = 100;  // per onderwijstype per year, about
};

// `vo` vo schools and `mbo` mbo institutions with BRIN codes from 00AA upwards, skipping `taken`.
std::vector<SyntheticSchool> SyntheticSchools(int vo, int mbo, std::span<const std::string> taken,
                                              uint64_t seed);
// Their flows over `years` years up to and including `last_year`.
std::vector<Flow> SyntheticFlows(std::span<const SyntheticSchool> schools, int last_year, int years,
                                 uint64_t seed);
// The flows as a file in the Koers format (docs/doorstroom-formats.md), ';'-separated.
std::string ToFlowCsv(std::span<const Flow> flows);

}  // namespace koers::core
