#include "modules/scan/web/scan_service.hpp"

#include "platform/core/common/errors.hpp"

namespace koers::web {
namespace {

constexpr size_t kClosedScores = 1024;

std::vector<core::PeerRound> Peers(const std::vector<storage::ScoredRound>& rounds) {
    std::vector<core::PeerRound> out;
    out.reserve(rounds.size());
    for (const auto& r : rounds) out.push_back({r.school_id, r.themes});
    return out;
}

}  // namespace

std::shared_ptr<const core::Instrument> ScanService::InstrumentOf(int64_t instrument_id) {
    {
        std::lock_guard lock(mutex_);
        if (auto it = instruments_.find(instrument_id); it != instruments_.end()) return it->second;
    }
    auto rec = repo_.Instrument(instrument_id);
    if (!rec) throw core::NotFound();
    auto parsed = core::ParseInstrument(rec->source);
    // Stored versions were validated when written; a broken one is a defect, not user input.
    if (!parsed.instrument)
        throw std::runtime_error("scan instrument " + std::to_string(instrument_id) + ": " +
                                 parsed.errors.front());
    auto ptr = std::make_shared<const core::Instrument>(std::move(*parsed.instrument));
    std::lock_guard lock(mutex_);
    return instruments_.emplace(instrument_id, std::move(ptr)).first->second;
}

storage::RoundRecord ScanService::RoundOf(int64_t school_id, int64_t round_id) {
    auto round = repo_.Round(round_id);
    if (!round || round->school_id != school_id) throw core::NotFound();
    return *round;
}

std::shared_ptr<const ScanService::ClosedScore> ScanService::ScoreOfClosed(
    const storage::RoundRecord& round, const core::Instrument& instrument) {
    {
        std::lock_guard lock(mutex_);
        if (auto it = closed_.find(round.id);
            it != closed_.end() && it->second->closed_at == round.closed_at)
            return it->second;
    }
    auto score = std::make_shared<ClosedScore>();
    score->closed_at = round.closed_at.value_or(0);
    score->result = core::Score(instrument, repo_.SubmittedResponses(round.id, instrument));
    for (auto& [code, text] : repo_.Comments(round.id)) {
        const auto i = instrument.IndexOf(code);
        if (i && *i < score->result.statements.size() && !score->result.statements[*i].hidden)
            score->comments.emplace_back(std::move(code), std::move(text));
    }
    std::lock_guard lock(mutex_);
    if (closed_.size() >= kClosedScores) closed_.clear();  // a bound, not a policy
    return closed_.insert_or_assign(round.id, std::move(score)).first->second;
}

std::shared_ptr<const RoundResults> ScanService::Results(const storage::RoundRecord& round) {
    const int64_t now = clock_.NowMillis();
    uint64_t closes = 0;
    if (round.closed_at) {
        std::lock_guard lock(mutex_);
        closes = closes_;
        if (auto it = results_.find(round.id);
            it != results_.end() && it->second.results->round.closed_at == round.closed_at &&
            now - it->second.made_ms < kResultsMillis && now >= it->second.made_ms)
            return it->second.results;
    }
    auto made = Make(round);
    std::lock_guard lock(mutex_);
    made->made = ++made_;
    // Running: its count changes with every response. A close while it was made: it may compare
    // with what was before.
    if (!round.closed_at || closes != closes_) return made;
    if (results_.size() >= kClosedScores) results_.clear();  // a bound, not a policy
    results_.insert_or_assign(round.id, KeptResults{made, now});
    return made;
}

std::shared_ptr<RoundResults> ScanService::Make(const storage::RoundRecord& round) {
    auto made = std::make_shared<RoundResults>();
    RoundResults& out = *made;
    out.round = round;
    auto school = orgs_.School(round.school_id);
    if (!school) throw core::NotFound();
    out.school = std::move(*school);
    out.instrument = InstrumentOf(round.instrument_id);
    if (!round.closed_at) {  // running: only the count shows, and it changes
        out.result =
            core::Score(*out.instrument, repo_.SubmittedResponses(round.id, *out.instrument));
        return made;
    }
    const auto score = ScoreOfClosed(round, *out.instrument);
    out.result = score->result;
    if (!out.Visible()) return made;
    out.comments = score->comments;

    if ((out.previous = repo_.PreviousRound(round)) && out.previous->closed_at) {
        auto before_ins = InstrumentOf(out.previous->instrument_id);
        const auto before = ScoreOfClosed(*out.previous, *before_ins);
        if (before->result.respondents >= core::kMinRespondents)
            out.comparison =
                core::CompareRounds(*out.instrument, out.result, *before_ins, before->result);
    }
    const auto sector = Peers(repo_.ClosedRounds(out.school.sector, round.school_id, std::nullopt));
    out.sector_peers = core::PeerMeans(*out.instrument, sector);
    out.sector_schools = core::PeerSchoolCount(sector);
    if (out.school.region_id) {
        const auto region =
            Peers(repo_.ClosedRounds(out.school.sector, round.school_id, out.school.region_id));
        out.region_peers = core::PeerMeans(*out.instrument, region);
        out.region_schools = core::PeerSchoolCount(region);
    }
    return made;
}

std::shared_ptr<const std::vector<storage::RoundRecord>> ScanService::ClosedSchoolRounds(
    int64_t school_id) {
    const int64_t now = clock_.NowMillis();
    uint64_t closes = 0;
    {
        std::lock_guard lock(mutex_);
        closes = closes_;
        if (auto it = school_rounds_.find(school_id);
            it != school_rounds_.end() && it->second.closes == closes_ &&
            now - it->second.made_ms < kResultsMillis && now >= it->second.made_ms)
            return it->second.rounds;
    }
    auto rounds = std::make_shared<std::vector<storage::RoundRecord>>();
    for (auto& r : repo_.RoundsOf(school_id))
        if (!r.team_id && r.closed_at) rounds->push_back(std::move(r));
    std::lock_guard lock(mutex_);
    if (school_rounds_.size() >= kClosedScores) school_rounds_.clear();  // a bound, not a policy
    school_rounds_.insert_or_assign(school_id, KeptRounds{rounds, now, closes});
    return rounds;
}

bool ScanService::Close(const storage::RoundRecord& round, int64_t now) {
    auto instrument = InstrumentOf(round.instrument_id);
    const auto result = core::Score(*instrument, repo_.SubmittedResponses(round.id, *instrument));
    const bool closed = repo_.CloseRound(round.id, now, core::ThemeTallies(*instrument, result));
    std::lock_guard lock(mutex_);
    results_.clear();  // the new round is another school's peer and a later round's previous
    ++closes_;
    return closed;
}

}  // namespace koers::web
