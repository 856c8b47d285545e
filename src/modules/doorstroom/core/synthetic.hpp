#pragma once
// Made-up doorstroomgegevens of a plausible shape, for the demo and the benchmark: per school,
// onderwijstype and year, leavers spread over the destinations that type usually leads to
// (vmbo-kb mostly to mbo 2 and 3, havo mostly to hbo, ...), and most still there a year later.
// Deterministic for a seed. Not real figures of any school.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "modules/doorstroom/core/attrition.hpp"
#include "modules/doorstroom/core/flows.hpp"
#include "modules/doorstroom/core/inflow.hpp"

namespace koers::core {

struct SyntheticSchool {
    std::string brin;
    std::vector<std::string> onderwijstypes;
    int leavers = 100;  // per onderwijstype per year, about
    // The names of its vestigingen (numbered 01, 02, ...), each with its own figures and the
    // leavers shared among them; empty: figures of the whole school.
    std::vector<std::string> vestigingen = {};
};

// `vo` vo schools, `mbo` mbo institutions and `hbo` hogescholen with BRIN codes from 00AA
// upwards, skipping `taken`; about one vo school in four has two or three vestigingen.
std::vector<SyntheticSchool> SyntheticSchools(int vo, int mbo, std::span<const std::string> taken,
                                              uint64_t seed, int hbo = 0);
// Their flows over `years` years up to and including `last_year`.
std::vector<Flow> SyntheticFlows(std::span<const SyntheticSchool> schools, int last_year, int years,
                                 uint64_t seed);
// The vestigingen's names, to go with the flows.
std::vector<VestigingName> SyntheticNames(std::span<const SyntheticSchool> schools);
// The flows as a file in the Koers format (docs/doorstroom-formats.md), ';'-separated; with the
// columns `vestiging` and `vestigingsnaam` when a flow is of a vestiging.
std::string ToFlowCsv(std::span<const Flow> flows, std::span<const VestigingName> names = {});

// Their uitval en overstap over the same years: in vo a percent or two, in mbo more (most at
// niveau 1), in hbo most, of about three times the leavers ingeschreven.
std::vector<AttritionCell> SyntheticAttrition(std::span<const SyntheticSchool> schools,
                                              int last_year, int years, uint64_t seed);
// The cells as a file in the Koers format, ';'-separated.
std::string ToAttritionCsv(std::span<const AttritionCell> cells);

// The flows to mbo and hbo as the instroom of the schools among `schools` that receive them (an
// mbo institution its mbo levels, a hogeschool its hbo): a school's leavers mostly to one of them,
// the rest to the next.
std::vector<InflowCell> SyntheticInflow(std::span<const Flow> flows,
                                        std::span<const SyntheticSchool> schools);
std::string ToInflowCsv(std::span<const InflowCell> cells);

}  // namespace koers::core
