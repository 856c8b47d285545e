// ScanRepo, part one: instruments, rounds with their open links, closing, peers and actions.
// Respondents and their answers are in scan_repo_responses.cpp.
#include "modules/scan/storage/scan_repo.hpp"

#include <array>

namespace koers::storage {
namespace {

constexpr const char* kRoundColumns =
    "r.id, r.school_id, r.team_id, COALESCE(t.name, '') AS team_name, r.instrument_id, r.title, "
    "r.respondent_groups, r.deadline, r.closed_at, r.created_by, r.created_at ";
constexpr const char* kRoundFrom = "FROM scan_rounds r LEFT JOIN teams t ON t.id = r.team_id ";

RoundRecord ToRound(const Row& r) {
    RoundRecord out;
    out.id = r.Int("id");
    out.school_id = r.Int("school_id");
    out.team_id = r.OptInt("team_id");
    out.team_name = r.Text("team_name");
    out.instrument_id = r.Int("instrument_id");
    out.title = r.Text("title");
    out.groups = core::SplitGroups(r.Text("respondent_groups"));
    out.deadline = r.Int("deadline");
    out.closed_at = r.OptInt("closed_at");
    out.created_by = r.OptInt("created_by");
    out.created_at = r.Int("created_at");
    return out;
}

InstrumentRecord ToInstrument(const Row& r, bool with_source) {
    InstrumentRecord out;
    out.id = r.Int("id");
    out.sector = r.Text("sector");
    out.version = r.Int("version");
    out.title = r.Text("title");
    out.created_at = r.Int("created_at");
    out.created_by_name = r.Text("created_by_name");
    if (with_source) out.source = r.Text("source");
    return out;
}

constexpr const char* kInstrumentSelect =
    "SELECT i.id, i.sector, i.version, i.title, i.created_at, "
    "COALESCE(u.display_name, '') AS created_by_name, "
    "i.source FROM scan_instruments i LEFT JOIN users u ON u.id = i.created_by ";

// The columns of scan_round_scores that hold a tally, in the order of core::Tally::counts.
constexpr std::array<const char*, 5> kTallyColumns = {"dont_know", "phase1", "phase2", "phase3",
                                                      "phase4"};
static_assert(kTallyColumns.size() == core::Tally{}.counts.size());

core::Tally TallyOf(const Row& r) {
    core::Tally t;
    for (size_t i = 0; i < t.counts.size(); ++i)
        t.counts.at(i) = static_cast<int32_t>(r.Int(kTallyColumns.at(i)));
    return t;
}

int64_t AddVersion(Connection& c, const std::string& sector, const std::string& title,
                   const std::string& source, std::optional<int64_t> created_by, int64_t now) {
    auto row = c.QueryOne(
        "SELECT COALESCE(MAX(version), 0) AS version FROM scan_instruments WHERE sector = ?",
        {sector});
    const int64_t version = row->Int("version") + 1;
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

std::optional<int64_t> ScanRepo::LatestInstrumentId(const std::string& sector) {
    return db_.Use([&](Connection& c) -> std::optional<int64_t> {
        auto r = c.QueryOne(
            "SELECT id FROM scan_instruments WHERE sector = ? ORDER BY version DESC LIMIT 1",
            {sector});
        if (!r) return std::nullopt;
        return r->Int("id");
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
            out.push_back({core::StoredGroup(r.Text("grp")), r.Text("token")});
        return out;
    });
}

std::optional<std::pair<int64_t, core::Group>> ScanRepo::OpenLinkTarget(const std::string& token) {
    return db_.Use([&](Connection& c) -> std::optional<std::pair<int64_t, core::Group>> {
        auto r = c.QueryOne("SELECT round_id, grp FROM scan_open_links WHERE token = ?", {token});
        if (!r) return std::nullopt;
        return std::make_pair(r->Int("round_id"), core::StoredGroup(r->Text("grp")));
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
        for (const auto& r : c.Query("SELECT s.grp, SUM(s.invited) AS invited, "
                                     "SUM(CASE WHEN s.submitted_at IS NULL AND s.updated_at IS NOT "
                                     "NULL THEN 1 ELSE 0 END) AS started, "
                                     "SUM(CASE WHEN s.submitted_at IS NOT NULL THEN 1 ELSE 0 END) "
                                     "AS submitted "
                                     "FROM scan_responses s WHERE s.round_id = ? GROUP BY s.grp",
                                     {round_id}))
            out.push_back({core::StoredGroup(r.Text("grp")), r.Int("invited"), r.Int("started"),
                           r.Int("submitted")});
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
            if (out.empty() || out.back().round_id != r.Int("id"))
                out.push_back({r.Int("id"), r.Int("school_id"), r.Int("closed_at"), {}});
            out.back().themes.push_back({r.Text("theme"), TallyOf(r)});
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
            out.push_back({r.Int("id"), r.Int("round_id"), r.Text("theme"), r.Text("what"),
                           r.Text("who"), r.Text("due"), r.Int("created_at")});
        return out;
    });
}

bool ScanRepo::DeleteAction(int64_t round_id, int64_t action_id) {
    return db_.Use([&](Connection& c) {
        return c.Execute("DELETE FROM scan_actions WHERE id = ? AND round_id = ?",
                         {action_id, round_id}) == 1;
    });
}

void ScanRepo::ForgetMaker(int64_t user_id) {
    db_.With([&](Connection& c) {
        for (const char* table : {"scan_instruments", "scan_rounds", "scan_actions"})
            c.Execute(
                std::string("UPDATE ") + table + " SET created_by = NULL WHERE created_by = ?",
                {user_id});
    });
}

}  // namespace koers::storage
