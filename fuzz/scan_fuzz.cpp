// Fuzz target: the LOB-scan instrument format (what a beheerder pastes) and, when it parses,
// scoring of responses made from the same bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "modules/scan/core/instrument.hpp"
#include "modules/scan/core/scoring.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto parsed = koers::core::ParseInstrument(text);
    if (!parsed.instrument) return 0;
    const auto& ins = *parsed.instrument;
    std::vector<koers::core::ScanResponse> responses;
    const auto groups = koers::core::AllGroups();
    for (size_t i = 0; i + 1 < size && responses.size() < 40; i += 2) {
        koers::core::ScanResponse r{
            groups[data[i] % groups.size()],
            std::vector<int8_t>(ins.StatementCount(), koers::core::kUnanswered)};
        for (size_t s = 0; s < r.answers.size(); ++s)
            r.answers[s] = static_cast<int8_t>(static_cast<int>((data[(i + s) % size] % 6)) - 1);
        responses.push_back(std::move(r));
    }
    const auto result = koers::core::Score(ins, responses);
    (void)koers::core::CompareRounds(ins, result, ins, result);
    return 0;
}
