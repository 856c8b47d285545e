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

// Rounds of random shape for the insider's tests: 0..max_members-1 respondents per group, each
// skipping one statement in `skip_one_in` at random; with `as_asked`, a respondent answers only
// what their audience is asked (Instrument::Asks), else any statement.
class RandomRounds {
public:
    explicit RandomRounds(uint32_t seed) : seed_(seed) {}

    std::vector<ScanResponse> Next(const Instrument& ins, uint32_t max_members,
                                   uint32_t skip_one_in, bool as_asked) {
        std::vector<ScanResponse> rs;
        for (Group g : AllGroups()) {
            const uint32_t members = Below(max_members);
            for (uint32_t m = 0; m < members; ++m) {
                std::vector<int8_t> answers;
                answers.reserve(ins.StatementCount());
                for (size_t i = 0; i < ins.StatementCount(); ++i) {
                    const bool asked = !as_asked || ins.Asks(AudienceOf(g), ins.At(i));
                    answers.push_back(!asked || Below(skip_one_in) == 0
                                          ? kUnanswered
                                          : static_cast<int8_t>(Below(kPhases + 1)));
                }
                rs.push_back(R(g, std::move(answers)));
            }
        }
        return rs;
    }

private:
    uint32_t Below(uint32_t n) {
        seed_ = seed_ * 1664525U + 1013904223U;
        return (seed_ >> 8) % n;
    }
    uint32_t seed_;
};

}  // namespace koers::core
