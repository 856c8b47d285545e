// ScanRepo, part two: respondents (invitations, open-link responses) and their answers.
#include <unordered_map>

#include "modules/scan/storage/scan_repo.hpp"

namespace koers::storage {
namespace {

// A response's round still takes answers: not closed and not past its deadline (one parameter).
constexpr const char* kRoundRunning =
    "EXISTS (SELECT 1 FROM scan_rounds r WHERE r.id = scan_responses.round_id "
    "AND r.closed_at IS NULL AND r.deadline >= ?)";

ResponseRecord ToResponse(const Row& r) {
    return {r.Int("id"), r.Int("round_id"), core::StoredGroup(r.Text("grp")),
            r.OptInt("submitted_at"), r.Int("invited") != 0};
}

}  // namespace

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
        return c
            .QueryOne("SELECT COUNT(*) AS n FROM scan_responses WHERE round_id = ?", {round_id})
            ->Int("n");
    });
}

std::optional<ResponseRecord> ScanRepo::ResponseByToken(const std::string& token_hash) {
    return db_.Use([&](Connection& c) -> std::optional<ResponseRecord> {
        auto r = c.QueryOne(
            "SELECT id, round_id, grp, submitted_at, invited FROM scan_responses "
            "WHERE token_hash = ?",
            {token_hash});
        if (!r) return std::nullopt;
        return ToResponse(*r);
    });
}

std::optional<ResponseRecord> ScanRepo::Response(int64_t id) {
    return db_.Use([&](Connection& c) -> std::optional<ResponseRecord> {
        auto r = c.QueryOne(
            "SELECT id, round_id, grp, submitted_at, invited FROM scan_responses WHERE id = ?",
            {id});
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
            out.push_back(
                {r.Text("statement"), static_cast<int>(r.Int("answer")), r.Text("comment")});
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
        for (const auto& r : c.Query("SELECT id, grp, email FROM scan_responses WHERE round_id = ? "
                                     "AND submitted_at IS NULL "
                                     "AND email IS NOT NULL ORDER BY id",
                                     {round_id}))
            out.push_back({r.Int("id"), core::StoredGroup(r.Text("grp")), r.Text("email")});
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
            if (r.Int("id") != current) {
                current = r.Int("id");
                out.push_back(
                    {core::StoredGroup(r.Text("grp")),
                     std::vector<int8_t>(instrument.StatementCount(), core::kUnanswered)});
            }
            if (r.IsNull("statement")) continue;
            auto it = index.find(r.Text("statement"));
            if (it != index.end())
                out.back().answers[it->second] = static_cast<int8_t>(r.Int("answer"));
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
            out.emplace_back(r.Text("statement"), r.Text("comment"));
        return out;
    });
}

}  // namespace koers::storage
