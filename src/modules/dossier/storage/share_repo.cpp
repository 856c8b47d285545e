#include "modules/dossier/storage/share_repo.hpp"

#include "platform/core/records/fields.hpp"

namespace koers::storage {
namespace {

constexpr const char* kSelect =
    "SELECT d.id, d.student_id, d.to_school_id, t.name AS to_school_name, f.name AS "
    "from_school_name, u.display_name AS student_name, d.kinds, d.motivation, d.advice, d.state, "
    "d.created_at, d.decided_at, d.decided_by FROM dossier_shares d "
    "JOIN schools t ON t.id = d.to_school_id JOIN students s ON s.id = d.student_id "
    "JOIN schools f ON f.id = s.school_id JOIN users u ON u.id = s.user_id ";

}  // namespace

std::vector<ShareRecord> ShareRepo::Select(const std::string& where,
                                           const std::vector<Value>& params) {
    return db_.Use([&](Connection& c) {
        std::vector<ShareRecord> out;
        for (const auto& r : c.Query(std::string(kSelect) + where, params)) {
            const auto state = core::ShareStateFromCode(r.Text("state"));
            if (!state) continue;
            ShareRecord s;
            s.id = r.Int("id");
            s.student_id = r.Int("student_id");
            s.to_school_id = r.Int("to_school_id");
            s.to_school_name = r.Text("to_school_name");
            s.from_school_name = r.Text("from_school_name");
            s.student_name = r.Text("student_name");
            s.kinds = core::SplitChoices(r.Text("kinds"));
            s.motivation = r.Text("motivation");
            s.advice = r.Text("advice");
            s.state = *state;
            s.created_at = r.Int("created_at");
            if (!r.IsNull("decided_at")) s.decided_at = r.Int("decided_at");
            s.decided_by = r.Text("decided_by");
            out.push_back(std::move(s));
        }
        return out;
    });
}

int64_t ShareRepo::Create(int64_t student_id, int64_t to_school_id,
                          const std::vector<std::string>& kinds, const std::string& motivation,
                          const std::string& advice, int64_t now) {
    std::string joined;
    for (const auto& k : kinds) joined += (joined.empty() ? "" : ",") + k;
    return db_.Use([&](Connection& c) {
        return c.InsertReturningId(
            "INSERT INTO dossier_shares (student_id, to_school_id, kinds, motivation, advice, "
            "state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            {student_id, to_school_id, joined, motivation, advice,
             std::string(core::ShareStateCode(core::ShareState::kConcept)), now});
    });
}

std::optional<ShareRecord> ShareRepo::OfStudent(int64_t student_id, int64_t id) {
    auto rows = Select("WHERE d.id = ? AND d.student_id = ?", {id, student_id});
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

std::vector<ShareRecord> ShareRepo::AllOfStudent(int64_t student_id) {
    return Select("WHERE d.student_id = ? ORDER BY d.id DESC", {student_id});
}

std::optional<ShareRecord> ShareRepo::ToSchool(int64_t school_id, int64_t id) {
    auto rows =
        Select("WHERE d.id = ? AND d.to_school_id = ? AND d.state <> ?",
               {id, school_id, std::string(core::ShareStateCode(core::ShareState::kConcept))});
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

std::vector<ShareRecord> ShareRepo::AllToSchool(int64_t school_id) {
    return Select("WHERE d.to_school_id = ? AND d.state IN (?, ?) ORDER BY d.id DESC",
                  {school_id, std::string(core::ShareStateCode(core::ShareState::kOffered)),
                   std::string(core::ShareStateCode(core::ShareState::kAccepted))});
}

bool ShareRepo::Send(int64_t student_id, int64_t id) {
    return db_.Use([&](Connection& c) {
        return c.Execute(
                   "UPDATE dossier_shares SET state = ? WHERE id = ? AND student_id = ? AND "
                   "state = ?",
                   {std::string(core::ShareStateCode(core::ShareState::kOffered)), id, student_id,
                    std::string(core::ShareStateCode(core::ShareState::kConcept))}) > 0;
    });
}

bool ShareRepo::Revoke(int64_t student_id, int64_t id, int64_t now) {
    return db_.Use([&](Connection& c) {
        return c.Execute(
                   "UPDATE dossier_shares SET state = ?, decided_at = ? WHERE id = ? AND "
                   "student_id = ? AND state NOT IN (?, ?)",
                   {std::string(core::ShareStateCode(core::ShareState::kRevoked)), now, id,
                    student_id, std::string(core::ShareStateCode(core::ShareState::kRevoked)),
                    std::string(core::ShareStateCode(core::ShareState::kDeclined))}) > 0;
    });
}

bool ShareRepo::Decide(int64_t school_id, int64_t id, bool accept, const std::string& by,
                       int64_t now) {
    const auto to = accept ? core::ShareState::kAccepted : core::ShareState::kDeclined;
    return db_.Use([&](Connection& c) {
        return c.Execute(
                   "UPDATE dossier_shares SET state = ?, decided_at = ?, decided_by = ? "
                   "WHERE id = ? AND to_school_id = ? AND state = ?",
                   {std::string(core::ShareStateCode(to)), now, by, id, school_id,
                    std::string(core::ShareStateCode(core::ShareState::kOffered))}) > 0;
    });
}

}  // namespace koers::storage
