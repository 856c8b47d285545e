#include "storage/repos/scan_repo.hpp"

#include <unordered_map>

namespace koers::storage {
namespace {

constexpr const char* kRoundColumns =
    "r.id, r.school_id, r.team_id, COALESCE(t.name, ''), r.instrument_id, r.title, "
    "r.respondent_groups, r.deadline, r.closed_at, r.created_by, r.created_at ";
// A response's round still takes answers: not closed and not past its deadline (one parameter).
constexpr const char* kRoundRunning =
    "EXISTS (SELECT 1 FROM scan_rounds r WHERE r.id = scan_responses.round_id "
    "AND r.closed_at IS NULL AND r.deadline >= ?)";
constexpr const char* kRoundFrom = "FROM scan_rounds r LEFT JOIN teams t ON t.id = r.team_id ";

RoundRecord ToRound(const Row& r) {
    RoundRecord out;
    out.id = r.Int(0);
    out.school_id = r.Int(1);
    out.team_id = r.OptInt(2);
    out.team_name = r.Text(3);
    out.instrument_id = r.Int(4);
    out.title = r.Text(5);
    out.groups = core::SplitGroups(r.Text(6));
    out.deadline = r.Int(7);
    out.closed_at = r.OptInt(8);
    out.created_by = r.OptInt(9);
    out.created_at = r.Int(10);
    return out;
}

InstrumentRecord ToInstrument(const Row& r, bool with_source) {
    InstrumentRecord out;
    out.id = r.Int(0);
    out.sector = r.Text(1);
    out.version = r.Int(2);
    out.title = r.Text(3);
    out.created_at = r.Int(4);
    out.created_by_name = r.Text(5);
    if (with_source) out.source = r.Text(6);
    return out;
}

constexpr const char* kInstrumentSelect =
    "SELECT i.id, i.sector, i.version, i.title, i.created_at, COALESCE(u.display_name, ''), "
    "i.source FROM scan_instruments i LEFT JOIN users u ON u.id = i.created_by ";

core::Group GroupOf(const std::string& code) {
    return core::GroupFromCode(code).value_or(core::Group::kDocenten);
}

ResponseRecord ToResponse(const Row& r) {
    return {r.Int(0), r.Int(1), GroupOf(r.Text(2)), r.OptInt(3)};
}

core::Tally TallyOf(const Row& r, size_t first) {
    core::Tally t;
    for (size_t i = 0; i < t.counts.size(); ++i)
        t.counts.at(i) = static_cast<int32_t>(r.Int(first + i));
    return t;
}

int64_t AddVersion(Connection& c, const std::string& sector, const std::string& title,
                   const std::string& source, std::optional<int64_t> created_by, int64_t now) {
    auto row = c.QueryOne("SELECT COALESCE(MAX(version), 0) FROM scan_instruments WHERE sector = ?",
                          {sector});
    const int64_t version = row->Int(0) + 1;
    return c.InsertReturningId(
        "INSERT INTO scan_instruments (sector, version, title, source, created_by, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        {sector, version, title, source, Opt(created_by), now});
}

}  // namespace

int64_t ScanRepo::AddInstrument(const std::string& sector, const std::string& title,
                                const std::string& source, std::optional<int64_t> created_by,
                                int64_t now) {
    int64_t id = 0;
    db_.Transaction(
        [&](Connection& c) { id = AddVersion(c, sector, title, source, created_by, now); });
    return id;
}

bool ScanRepo::EnsureInstrument(const std::string& sector, const std::string& title,
                                const std::string& source, int64_t now) {
    bool added = false;
    db_.Transaction([&](Connection& c) {
        if (c.QueryOne("SELECT id FROM scan_instruments WHERE sector = ? AND source = ?",
                       {sector, source}))
            return;
        AddVersion(c, sector, title, source, std::nullopt, now);
        added = true;
    });
    return added;
}

std::vector<InstrumentRecord> ScanRepo::Instruments() {
    return db_.Use([](Connection& c) {
        std::vector<InstrumentRecord> out;
        for (const auto& r :
             c.Query(std::string(kInstrumentSelect) + "ORDER BY i.sector, i.version DESC"))
            out.push_back(ToInstrument(r, false));
        return out;
    });
}

std::optional<InstrumentRecord> ScanRepo::Instrument(int64_t id) {
    return db_.Use([&](Connection& c) -> std::optional<InstrumentRecord> {
        auto r = c.QueryOne(std::string(kInstrumentSelect) + "WHERE i.id = ?", {id});
        if (!r) return std::nullopt;
        return ToInstrument(*r, true);
    });
}

std::optional<InstrumentRecord> ScanRepo::LatestInstrument(const std::string& sector) {
    return db_.Use([&](Connection& c) -> std::optional<InstrumentRecord> {
        auto r = c.QueryOne(
            std::string(kInstrumentSelect) + "WHERE i.sector = ? ORDER BY i.version DESC LIMIT 1",
            {sector});
        if (!r) return std::nullopt;
        return ToInstrument(*r, true);
    });
}

int64_t ScanRepo::CreateRound(const RoundRecord& r, const std::vector<OpenLink>& links) {
    int64_t id = 0;
    db_.Transaction([&](Connection& c) {
        id = c.InsertReturningId(
            "INSERT INTO scan_rounds (school_id, team_id, instrument_id, title, respondent_groups, "
            "deadline, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            {r.school_id, Opt(r.team_id), r.instrument_id, r.title, core::JoinGroups(r.groups),
             r.deadline, Opt(r.created_by), r.created_at});
        for (const auto& l : links)
            c.Execute("INSERT INTO scan_open_links (round_id, grp, token) VALUES (?, ?, ?)",
                      {id, std::string(core::GroupCode(l.group)), l.token});
    });
    return id;
}

std::optional<RoundRecord> ScanRepo::Round(int64_t id) {
    return db_.Use([&](Connection& c) -> std::optional<RoundRecord> {
        auto r = c.QueryOne(std::string("SELECT ") + kRoundColumns + kRoundFrom + "WHERE r.id = ?",
                            {id});
        if (!r) return std::nullopt;
        return ToRound(*r);
    });
}

std::vector<RoundRecord> ScanRepo::RoundsOf(int64_t school_id) {
    return db_.Use([&](Connection& c) {
        std::vector<RoundRecord> out;
        for (const auto& r :
             c.Query(std::string("SELECT ") + kRoundColumns + kRoundFrom +
                         "WHERE r.school_id = ? ORDER BY r.created_at DESC, r.id DESC",
                     {school_id}))
            out.push_back(ToRound(r));
        return out;
    });
}

std::vector<OpenLink> ScanRepo::OpenLinks(int64_t round_id) {
    return db_.Use([&](Connection& c) {
        std::vector<OpenLink> out;
        for (const auto& r :
             c.Query("SELECT grp, token FROM scan_open_links WHERE round_id = ?", {round_id}))
            out.push_back({GroupOf(r.Text(0)), r.Text(1)});
        return out;
    });
}

std::optional<std::pair<int64_t, core::Group>> ScanRepo::OpenLinkTarget(const std::string& token) {
    return db_.Use([&](Connection& c) -> std::optional<std::pair<int64_t, core::Group>> {
        auto r = c.QueryOne("SELECT round_id, grp FROM scan_open_links WHERE token = ?", {token});
        if (!r) return std::nullopt;
        return std::make_pair(r->Int(0), GroupOf(r->Text(1)));
    });
}

bool ScanRepo::SetDeadline(int64_t round_id, int64_t deadline) {
    return db_.Use([&](Connection& c) {
        return c.Execute("UPDATE scan_rounds SET deadline = ? WHERE id = ? AND closed_at IS NULL",
                         {deadline, round_id}) == 1;
    });
}

bool ScanRepo::CloseRound(int64_t round_id, int64_t now,
                          const std::vector<core::ThemeTally>& themes) {
    bool closed = false;
    db_.Transaction([&](Connection& c) {
        if (c.Execute("UPDATE scan_rounds SET closed_at = ? WHERE id = ? AND closed_at IS NULL",
                      {now, round_id}) != 1)
            return;
        for (const auto& t : themes) {
            const auto& n = t.tally.counts;
            c.Execute(
                "INSERT INTO scan_round_scores (round_id, theme, dont_know, phase1, phase2, "
                "phase3, phase4) VALUES (?, ?, ?, ?, ?, ?, ?)",
                {round_id, t.theme_code, int64_t{n[0]}, int64_t{n[1]}, int64_t{n[2]}, int64_t{n[3]},
                 int64_t{n[4]}});
        }
        closed = true;
    });
    return closed;
}

std::vector<GroupCount> ScanRepo::Counts(int64_t round_id) {
    return db_.Use([&](Connection& c) {
        std::vector<GroupCount> out;
        for (const auto& r : c.Query("SELECT s.grp, SUM(s.invited), "
                                     "SUM(CASE WHEN s.submitted_at IS NULL AND s.updated_at IS NOT "
                                     "NULL THEN 1 ELSE 0 END), "
                                     "SUM(CASE WHEN s.submitted_at IS NOT NULL THEN 1 ELSE 0 END) "
                                     "FROM scan_responses s WHERE s.round_id = ? GROUP BY s.grp",
                                     {round_id}))
            out.push_back({GroupOf(r.Text(0)), r.Int(1), r.Int(2), r.Int(3)});
        return out;
    });
}

int64_t ScanRepo::AddInvitation(int64_t round_id, core::Group g, const std::string& token_hash,
                                const std::string& email, int64_t now) {
    return db_.Use([&](Connection& c) {
        return c.InsertReturningId(
            "INSERT INTO scan_responses (round_id, grp, token_hash, email, invited, created_at) "
            "VALUES (?, ?, ?, ?, 1, ?) RETURNING id",
            {round_id, std::string(core::GroupCode(g)), token_hash, email, now});
    });
}

int64_t ScanRepo::StartResponse(int64_t round_id, core::Group g, const std::string& token_hash,
                                int64_t now) {
    return db_.Use([&](Connection& c) {
        return c.InsertReturningId(
            "INSERT INTO scan_responses (round_id, grp, token_hash, created_at) "
            "VALUES (?, ?, ?, ?) RETURNING id",
            {round_id, std::string(core::GroupCode(g)), token_hash, now});
    });
}

int64_t ScanRepo::ResponseCount(int64_t round_id) {
    return db_.Use([&](Connection& c) {
        return c.QueryOne("SELECT COUNT(*) FROM scan_responses WHERE round_id = ?", {round_id})
            ->Int(0);
    });
}

std::optional<ResponseRecord> ScanRepo::ResponseByToken(const std::string& token_hash) {
    return db_.Use([&](Connection& c) -> std::optional<ResponseRecord> {
        auto r = c.QueryOne(
            "SELECT id, round_id, grp, submitted_at FROM scan_responses WHERE token_hash = ?",
            {token_hash});
        if (!r) return std::nullopt;
        return ToResponse(*r);
    });
}

std::optional<ResponseRecord> ScanRepo::Response(int64_t id) {
    return db_.Use([&](Connection& c) -> std::optional<ResponseRecord> {
        auto r = c.QueryOne(
            "SELECT id, round_id, grp, submitted_at FROM scan_responses WHERE id = ?", {id});
        if (!r) return std::nullopt;
        return ToResponse(*r);
    });
}

bool ScanRepo::SaveAnswers(int64_t response_id, const std::vector<AnswerRecord>& answers,
                           int64_t now) {
    bool saved = false;
    db_.Transaction([&](Connection& c) {
        if (c.Execute(std::string("UPDATE scan_responses SET updated_at = ? WHERE id = ? AND "
                                  "submitted_at IS NULL AND ") +
                          kRoundRunning,
                      {now, response_id, now}) != 1)
            return;
        for (const auto& a : answers) {
            if (a.answer < 0) {
                c.Execute("DELETE FROM scan_answers WHERE response_id = ? AND statement = ?",
                          {response_id, a.statement});
                continue;
            }
            c.Execute(
                "INSERT INTO scan_answers (response_id, statement, answer, comment) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (response_id, statement) DO UPDATE SET "
                "answer = excluded.answer, comment = excluded.comment",
                {response_id, a.statement, int64_t{a.answer}, a.comment});
        }
        saved = true;
    });
    return saved;
}

std::vector<AnswerRecord> ScanRepo::Answers(int64_t response_id) {
    return db_.Use([&](Connection& c) {
        std::vector<AnswerRecord> out;
        for (const auto& r :
             c.Query("SELECT statement, answer, comment FROM scan_answers WHERE response_id = ?",
                     {response_id}))
            out.push_back({r.Text(0), static_cast<int>(r.Int(1)), r.Text(2)});
        return out;
    });
}

bool ScanRepo::Submit(int64_t response_id, int64_t now) {
    return db_.Use([&](Connection& c) {
        return c.Execute(std::string("UPDATE scan_responses SET submitted_at = ?, updated_at = ?, "
                                     "email = NULL WHERE id = ? AND submitted_at IS NULL AND ") +
                             kRoundRunning,
                         {now, now, response_id, now}) == 1;
    });
}

std::vector<PendingInvitation> ScanRepo::PendingInvitations(int64_t round_id) {
    return db_.Use([&](Connection& c) {
        std::vector<PendingInvitation> out;
        for (const auto& r : c.Query(
                 "SELECT id, email FROM scan_responses WHERE round_id = ? AND submitted_at IS NULL "
                 "AND email IS NOT NULL ORDER BY id",
                 {round_id}))
            out.push_back({r.Int(0), r.Text(1)});
        return out;
    });
}

void ScanRepo::RotateToken(int64_t response_id, const std::string& token_hash, int64_t now) {
    db_.With([&](Connection& c) {
        c.Execute("UPDATE scan_responses SET token_hash = ?, reminded_at = ? WHERE id = ?",
                  {token_hash, now, response_id});
    });
}

std::vector<core::ScanResponse> ScanRepo::SubmittedResponses(int64_t round_id,
                                                             const core::Instrument& instrument) {
    return db_.Use([&](Connection& c) {
        std::vector<core::ScanResponse> out;
        std::unordered_map<std::string, size_t> index;
        for (size_t i = 0; i < instrument.StatementCount(); ++i) index[instrument.At(i).code] = i;
        int64_t current = -1;
        for (const auto& r :
             c.Query("SELECT s.id, s.grp, a.statement, a.answer FROM scan_responses s "
                     "LEFT JOIN scan_answers a ON a.response_id = s.id "
                     "WHERE s.round_id = ? AND s.submitted_at IS NOT NULL ORDER BY s.id",
                     {round_id})) {
            if (r.Int(0) != current) {
                current = r.Int(0);
                out.push_back({GroupOf(r.Text(1)), std::vector<int8_t>(instrument.StatementCount(),
                                                                       core::kUnanswered)});
            }
            if (r.IsNull(2)) continue;
            auto it = index.find(r.Text(2));
            if (it != index.end()) out.back().answers[it->second] = static_cast<int8_t>(r.Int(3));
        }
        return out;
    });
}

std::vector<std::pair<std::string, std::string>> ScanRepo::Comments(int64_t round_id) {
    return db_.Use([&](Connection& c) {
        std::vector<std::pair<std::string, std::string>> out;
        for (const auto& r :
             c.Query("SELECT a.statement, a.comment FROM scan_answers a "
                     "JOIN scan_responses s ON s.id = a.response_id "
                     "WHERE s.round_id = ? AND s.submitted_at IS NOT NULL AND a.comment <> '' "
                     "ORDER BY a.statement, a.comment",
                     {round_id}))
            out.emplace_back(r.Text(0), r.Text(1));
        return out;
    });
}

std::vector<ScoredRound> ScanRepo::ClosedRounds(const std::string& sector, int64_t except_school,
                                                std::optional<int64_t> region_id) {
    return db_.Use([&](Connection& c) {
        std::vector<ScoredRound> out;
        for (const auto& r :
             c.Query("SELECT r.id, r.school_id, r.closed_at, sc.theme, sc.dont_know, sc.phase1, "
                     "sc.phase2, sc.phase3, sc.phase4 FROM scan_rounds r "
                     "JOIN schools s ON s.id = r.school_id "
                     "JOIN scan_round_scores sc ON sc.round_id = r.id "
                     "WHERE s.sector = ? AND r.school_id <> ? AND r.team_id IS NULL "
                     "AND r.closed_at IS NOT NULL AND (? = 0 OR s.region_id = ?) "
                     "ORDER BY r.school_id, r.closed_at DESC, r.id DESC, sc.theme",
                     {sector, except_school, region_id.value_or(0), region_id.value_or(0)})) {
            if (out.empty() || out.back().round_id != r.Int(0))
                out.push_back({r.Int(0), r.Int(1), r.Int(2), {}});
            out.back().themes.push_back({r.Text(3), TallyOf(r, 4)});
        }
        return out;
    });
}

std::optional<RoundRecord> ScanRepo::PreviousRound(const RoundRecord& round) {
    return db_.Use([&](Connection& c) -> std::optional<RoundRecord> {
        auto r = c.QueryOne(std::string("SELECT ") + kRoundColumns + kRoundFrom +
                                "WHERE r.school_id = ? AND COALESCE(r.team_id, 0) = ? "
                                "AND r.closed_at IS NOT NULL AND r.id < ? "
                                "ORDER BY r.id DESC LIMIT 1",
                            {round.school_id, round.team_id.value_or(0), round.id});
        if (!r) return std::nullopt;
        return ToRound(*r);
    });
}

int64_t ScanRepo::AddAction(const ActionRecord& a, std::optional<int64_t> created_by) {
    return db_.Use([&](Connection& c) {
        return c.InsertReturningId(
            "INSERT INTO scan_actions (round_id, theme, what, who, due, created_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            {a.round_id, a.theme, a.what, a.who, a.due, Opt(created_by), a.created_at});
    });
}

std::vector<ActionRecord> ScanRepo::Actions(int64_t round_id) {
    return db_.Use([&](Connection& c) {
        std::vector<ActionRecord> out;
        for (const auto& r :
             c.Query("SELECT id, round_id, theme, what, who, due, created_at FROM scan_actions "
                     "WHERE round_id = ? ORDER BY due, id",
                     {round_id}))
            out.push_back(
                {r.Int(0), r.Int(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5), r.Int(6)});
        return out;
    });
}

bool ScanRepo::DeleteAction(int64_t round_id, int64_t action_id) {
    return db_.Use([&](Connection& c) {
        return c.Execute("DELETE FROM scan_actions WHERE id = ? AND round_id = ?",
                         {action_id, round_id}) == 1;
    });
}

}  // namespace koers::storage
