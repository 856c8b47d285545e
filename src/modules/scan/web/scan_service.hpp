#pragma once
// The LOB-scan as the pages use it: parsed instruments (cached per version: a version never
// changes), the results of a round with its comparisons, and closing a round. The score of a
// closed round is cached too: answers change only while a round runs and a round is never
// deleted, so it is fixed once the round closes. Its comparisons (the previous round, the peer
// schools) change when another round closes: the results of a closed round are kept for
// kResultsMillis, and a close in this process drops them all. Thread-safe.
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

#include "modules/scan/core/scoring.hpp"
#include "modules/scan/storage/scan_repo.hpp"
#include "platform/core/common/environment.hpp"
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
    // Which making of results this is, unique in the process: what is rendered from them once
    // (result_figures.hpp) is kept under it.
    uint64_t made = 0;

    // Results are shown once the round is closed, and from kMinRespondents submitted responses.
    // Never while it runs: comparing the page before and after one person submits would show
    // that person's answers.
    bool Visible() const {
        return round.closed_at.has_value() && result.respondents >= core::kMinRespondents;
    }
};

class ScanService {
public:
    // The bound on another process's close showing in the comparisons of a kept result.
    static constexpr int64_t kResultsMillis = 1000;

    ScanService(storage::ScanRepo& repo, storage::OrgRepo& orgs, const core::Clock& clock)
        : repo_(repo), orgs_(orgs), clock_(clock) {}

    // The parsed instrument of a stored version; throws core::NotFound for an unknown id.
    std::shared_ptr<const core::Instrument> InstrumentOf(int64_t instrument_id);
    // A round of `school_id`; throws core::NotFound when it does not exist or belongs to another
    // school (so a school never learns about another school's rounds).
    storage::RoundRecord RoundOf(int64_t school_id, int64_t round_id);
    std::shared_ptr<const RoundResults> Results(const storage::RoundRecord& round);
    // Scores and closes a running round; false when it was closed already.
    bool Close(const storage::RoundRecord& round, int64_t now);
    // The closed school-wide rounds of `school_id`, newest first, read from the database at most
    // once per kResultsMillis per school and process (a close in this process shows at once,
    // one in another within that bound): for pages of other modules that show a school's latest
    // figures on every request, such as the doorstroom page's alumni.
    std::shared_ptr<const std::vector<storage::RoundRecord>> ClosedSchoolRounds(int64_t school_id);

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

    struct KeptResults {
        std::shared_ptr<const RoundResults> results;
        int64_t made_ms = 0;
    };
    std::shared_ptr<RoundResults> Make(const storage::RoundRecord& round);

    storage::ScanRepo& repo_;
    storage::OrgRepo& orgs_;
    const core::Clock& clock_;
    std::mutex mutex_;
    uint64_t made_ = 0;
    uint64_t closes_ = 0;                               // closes in this process
    std::unordered_map<int64_t, KeptResults> results_;  // closed rounds, by round id
    std::unordered_map<int64_t, std::shared_ptr<const core::Instrument>> instruments_;
    std::unordered_map<int64_t, std::shared_ptr<const ClosedScore>> closed_;
    struct KeptRounds {
        std::shared_ptr<const std::vector<storage::RoundRecord>> rounds;
        int64_t made_ms = 0;
        uint64_t closes = 0;
    };
    std::unordered_map<int64_t, KeptRounds> school_rounds_;  // by school id
};

}  // namespace koers::web
