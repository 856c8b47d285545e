#pragma once
// The LOB-scan as the pages use it: parsed instruments (cached per version: a version never
// changes), the results of a round with its comparisons, and closing a round. The score of a
// closed round is cached too: answers change only while a round runs and a round is never
// deleted, so it is fixed once the round closes. Thread-safe.
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

#include "modules/scan/core/scoring.hpp"
#include "modules/scan/storage/scan_repo.hpp"
#include "platform/storage/org_repo.hpp"

namespace koers::web {

struct RoundResults {
    storage::RoundRecord round;
    storage::SchoolRecord school;
    std::shared_ptr<const core::Instrument> instrument;
    core::ScanResult result;
    // The previous closed round of the same school and scope, when there is one.
    std::optional<storage::RoundRecord> previous;
    std::optional<core::Comparison> comparison;
    // Peer means per theme (each nullopt below the threshold) and the schools behind them.
    std::vector<core::PeerMean> sector_peers;
    int sector_schools = 0;
    std::vector<core::PeerMean> region_peers;
    int region_schools = 0;
    std::vector<std::pair<std::string, std::string>> comments;  // statement code, text

    // Results are shown once the round is closed, and from kMinRespondents submitted responses.
    // Never while it runs: comparing the page before and after one person submits would show
    // that person's answers.
    bool Visible() const {
        return round.closed_at.has_value() && result.respondents >= core::kMinRespondents;
    }
};

class ScanService {
public:
    ScanService(storage::ScanRepo& repo, storage::OrgRepo& orgs) : repo_(repo), orgs_(orgs) {}

    // The parsed instrument of a stored version; throws core::NotFound for an unknown id.
    std::shared_ptr<const core::Instrument> InstrumentOf(int64_t instrument_id);
    // A round of `school_id`; throws core::NotFound when it does not exist or belongs to another
    // school (so a school never learns about another school's rounds).
    storage::RoundRecord RoundOf(int64_t school_id, int64_t round_id);
    RoundResults Results(const storage::RoundRecord& round);
    // Scores and closes a running round; false when it was closed already.
    bool Close(const storage::RoundRecord& round, int64_t now);

private:
    struct ClosedScore {
        int64_t closed_at = 0;
        core::ScanResult result;
        // Comments on statements whose figures are shown (a comment on a hidden statement
        // would show who wrote it).
        std::vector<std::pair<std::string, std::string>> comments;
    };
    // The score of `round` (closed) made once per process.
    std::shared_ptr<const ClosedScore> ScoreOfClosed(const storage::RoundRecord& round,
                                                     const core::Instrument& instrument);

    storage::ScanRepo& repo_;
    storage::OrgRepo& orgs_;
    std::mutex mutex_;
    std::unordered_map<int64_t, std::shared_ptr<const core::Instrument>> instruments_;
    std::unordered_map<int64_t, std::shared_ptr<const ClosedScore>> closed_;
};

}  // namespace koers::web
