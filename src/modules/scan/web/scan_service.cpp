#include "modules/scan/web/scan_service.hpp"

#include "platform/core/common/errors.hpp"

namespace koers::web {
namespace {

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

RoundResults ScanService::Results(const storage::RoundRecord& round) {
    RoundResults out;
    out.round = round;
    auto school = orgs_.School(round.school_id);
    if (!school) throw core::NotFound();
    out.school = std::move(*school);
    out.instrument = InstrumentOf(round.instrument_id);
    const auto responses = repo_.SubmittedResponses(round.id, *out.instrument);
    out.result = core::Score(*out.instrument, responses);
    if (!out.Visible()) return out;
    // A comment on a statement whose figures are hidden would show who wrote it.
    for (auto& [code, text] : repo_.Comments(round.id)) {
        const auto i = out.instrument->IndexOf(code);
        if (i && *i < out.result.statements.size() && !out.result.statements[*i].hidden)
            out.comments.emplace_back(std::move(code), std::move(text));
    }

    if ((out.previous = repo_.PreviousRound(round))) {
        auto before_ins = InstrumentOf(out.previous->instrument_id);
        const auto before =
            core::Score(*before_ins, repo_.SubmittedResponses(out.previous->id, *before_ins));
        if (before.respondents >= core::kMinRespondents)
            out.comparison = core::CompareRounds(*out.instrument, out.result, *before_ins, before);
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
    return out;
}

bool ScanService::Close(const storage::RoundRecord& round, int64_t now) {
    auto instrument = InstrumentOf(round.instrument_id);
    const auto result = core::Score(*instrument, repo_.SubmittedResponses(round.id, *instrument));
    return repo_.CloseRound(round.id, now, core::ThemeTallies(*instrument, result));
}

}  // namespace koers::web
