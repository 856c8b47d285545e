#pragma once
// LOB-scan storage: instruments (versions per sector), rounds, respondents and their answers,
// the theme tallies of closed rounds and action points. Tokens are stored as hashes, except the
// open group links (see migration 0003). Thread-safe (each call leases its own connection).
// Implemented in scan_repo.cpp (instruments, rounds, peers, actions) and scan_repo_responses.cpp.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/scan/core/scoring.hpp"
#include "platform/storage/db/database.hpp"

namespace koers::storage {

struct InstrumentRecord {
    int64_t id = 0;
    std::string sector;
    int64_t version = 0;
    std::string title;
    std::string source;
    int64_t created_at = 0;
    std::string created_by_name;
};

struct RoundRecord {
    int64_t id = 0;
    int64_t school_id = 0;
    std::optional<int64_t> team_id;
    std::string team_name;
    int64_t instrument_id = 0;
    std::string title;
    std::vector<core::Group> groups;
    int64_t deadline = 0;
    std::optional<int64_t> closed_at;
    std::optional<int64_t> created_by;
    int64_t created_at = 0;
};

struct OpenLink {
    core::Group group = core::Group::kDocenten;
    std::string token;
};

struct GroupCount {
    core::Group group = core::Group::kDocenten;
    int64_t invited = 0;  // personal invitations
    int64_t started = 0;  // responses with at least one saved answer, not submitted
    int64_t submitted = 0;
};

struct ResponseRecord {
    int64_t id = 0;
    int64_t round_id = 0;
    core::Group group = core::Group::kDocenten;
    std::optional<int64_t> submitted_at;
    bool invited = false;  // by e-mail (the address is erased at submission), not an open link
};

struct AnswerRecord {
    std::string statement;
    int answer = 0;
    std::string comment;
};

struct PendingInvitation {
    int64_t response_id = 0;
    core::Group group = core::Group::kDocenten;
    std::string email;
};

struct ActionRecord {
    int64_t id = 0;
    int64_t round_id = 0;
    std::string theme;
    std::string what;
    std::string who;
    std::string due;  // "2027-03-01"
    int64_t created_at = 0;
};

// A closed round's tallies by theme, with its school (for peers and regions).
struct ScoredRound {
    int64_t round_id = 0;
    int64_t school_id = 0;
    int64_t closed_at = 0;
    std::vector<core::ThemeTally> themes;
};

class ScanRepo {
public:
    explicit ScanRepo(Database& db) : db_(db) {}

    // Instruments. AddInstrument writes the next version of the sector and returns its id.
    int64_t AddInstrument(const std::string& sector, const std::string& title,
                          const std::string& source, std::optional<int64_t> created_by,
                          int64_t now);
    // Adds `source` as a new version unless some version of the sector already has exactly this
    // text (so shipped files are loaded once, and again only when they change).
    bool EnsureInstrument(const std::string& sector, const std::string& title,
                          const std::string& source, int64_t now);
    std::vector<InstrumentRecord> Instruments();  // newest version first per sector, no source
    std::optional<InstrumentRecord> Instrument(int64_t id);
    std::optional<InstrumentRecord> LatestInstrument(const std::string& sector);
    // Only the id of the newest version (its source is tens of KB): nullopt when none.
    std::optional<int64_t> LatestInstrumentId(const std::string& sector);

    // Rounds. CreateRound also stores one open link per group.
    int64_t CreateRound(const RoundRecord& r, const std::vector<OpenLink>& links);
    std::optional<RoundRecord> Round(int64_t id);
    std::vector<RoundRecord> RoundsOf(int64_t school_id);  // newest first
    std::vector<OpenLink> OpenLinks(int64_t round_id);
    // The round and group of an open link token.
    std::optional<std::pair<int64_t, core::Group>> OpenLinkTarget(const std::string& token);
    // False when the round is closed.
    bool SetDeadline(int64_t round_id, int64_t deadline);
    // Closes an open round and keeps its theme tallies, atomically; false when already closed.
    bool CloseRound(int64_t round_id, int64_t now, const std::vector<core::ThemeTally>& themes);
    std::vector<GroupCount> Counts(int64_t round_id);

    // Respondents. AddInvitation throws ConstraintError for an address already invited (and not
    // yet submitted) in this round.
    int64_t AddInvitation(int64_t round_id, core::Group g, const std::string& token_hash,
                          const std::string& email, int64_t now);
    int64_t StartResponse(int64_t round_id, core::Group g, const std::string& token_hash,
                          int64_t now);
    int64_t ResponseCount(int64_t round_id);
    std::optional<ResponseRecord> ResponseByToken(const std::string& token_hash);
    std::optional<ResponseRecord> Response(int64_t id);
    // Saves answers of an unsubmitted response (an answer below 0 removes it); false when the
    // response was submitted or its round closed or expired meanwhile (then nothing changes).
    bool SaveAnswers(int64_t response_id, const std::vector<AnswerRecord>& answers, int64_t now);
    std::vector<AnswerRecord> Answers(int64_t response_id);
    // Submits once, while the round runs; forgets the e-mail address. False when already
    // submitted or the round is closed or past its deadline.
    bool Submit(int64_t response_id, int64_t now);
    std::vector<PendingInvitation> PendingInvitations(int64_t round_id);
    // A reminder carries a new link: the old one stops working.
    void RotateToken(int64_t response_id, const std::string& token_hash, int64_t now);

    // Submitted answers of a round, in response order, as core responses for `instrument`.
    std::vector<core::ScanResponse> SubmittedResponses(int64_t round_id,
                                                       const core::Instrument& instrument);
    // Submitted comments (statement code, text), ordered by statement and text: no names.
    std::vector<std::pair<std::string, std::string>> Comments(int64_t round_id);

    // Closed school-wide rounds of schools in `sector` (other than `except_school`), optionally
    // only in one region; newest first per school.
    std::vector<ScoredRound> ClosedRounds(const std::string& sector, int64_t except_school,
                                          std::optional<int64_t> region_id);
    // The latest closed round of the same school and scope (team or school) before `round`.
    std::optional<RoundRecord> PreviousRound(const RoundRecord& round);

    // Action points.
    int64_t AddAction(const ActionRecord& a, std::optional<int64_t> created_by);
    std::vector<ActionRecord> Actions(int64_t round_id);
    // Deletes an action point of this round; false when there was none.
    bool DeleteAction(int64_t round_id, int64_t action_id);

    // Who made instruments, rounds and actions is forgotten for an account that is removed
    // (Module::forget_account): they stay, without a name.
    void ForgetMaker(int64_t user_id);

private:
    Database& db_;
};

}  // namespace koers::storage
