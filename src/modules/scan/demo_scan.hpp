#pragma once
// LOB-scan rounds for the demo world, and the answer generator the benchmark shares: schools at
// different stages per theme, so results, comparisons and peer means look like real ones.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "modules/scan/core/scoring.hpp"
#include "platform/storage/db/database.hpp"

namespace koers::modules {

// A deterministic generator of plausible answers: `maturity` (0..1 per theme) moves the answers
// towards geborgd; a few answers are "weet ik niet" or left open. Same seed, same answers.
class ScanAnswerGenerator {
public:
    explicit ScanAnswerGenerator(uint64_t seed) : state_(seed * 2654435761ULL + 1) {}
    core::ScanResponse Next(const core::Instrument& instrument, core::Group group,
                            const std::vector<double>& maturity);
    double Uniform();  // [0, 1)

private:
    uint64_t state_;
};

// Seeds demo rounds (closed ones with results, one running) for the demo schools by BRIN.
void SeedDemoScan(storage::Database& db, const std::map<std::string, int64_t, std::less<>>& schools,
                  int64_t now);

}  // namespace koers::modules
