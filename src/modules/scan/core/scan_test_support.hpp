#pragma once
// What the LOB-scan core tests share: parsing a test instrument, a response, and the insider's
// check that no figure of a result rests on one or two answers.
#include <gtest/gtest.h>

#include <string_view>
#include <vector>

#include "modules/scan/core/instrument.hpp"
#include "modules/scan/core/round.hpp"
#include "modules/scan/core/scoring.hpp"

namespace koers::core {

inline Instrument Parse(std::string_view text) {
    auto p = ParseInstrument(text);
    EXPECT_TRUE(p.errors.empty()) << (p.errors.empty() ? "" : p.errors.front());
    return p.instrument.value_or(Instrument{});
}

inline ScanResponse R(Group g, std::vector<int8_t> a) { return {g, std::move(a)}; }

// What an insider with the results page can compute for one statement: every shown figure, and
// the total minus the shown groups. Each must rest on 0 or at least kMinGroupSize answers.
inline void ExpectNoFigureIsolatesFewerThanThree(const ScanResult& r, size_t statements) {
    for (size_t i = 0; i < statements; ++i) {
        SCOPED_TRACE("uitspraak " + std::to_string(i));
        const Tally& total = r.statements[i];
        if (!total.hidden) {
            EXPECT_TRUE(total.Total() == 0 || total.Total() >= kMinGroupSize) << total.Total();
        }
        int32_t rest = total.Total();
        for (const auto& g : r.groups) {
            const Tally& cell = g.statements[i];
            if (cell.hidden) {
                EXPECT_EQ(cell.Total(), 0) << "a hidden figure has no counts";
                continue;
            }
            EXPECT_TRUE(cell.Total() == 0 || cell.Total() >= kMinGroupSize)
                << g.key << ": " << cell.Total();
            rest -= cell.Total();
        }
        if (!total.hidden) {
            EXPECT_TRUE(rest == 0 || rest >= kMinGroupSize)
                << "total minus the shown groups leaves " << rest << " answers";
        }
    }
}

}  // namespace koers::core
