#include "modules/dossier/storage/question_repo.hpp"

namespace koers::storage {

std::optional<int64_t> QuestionRepo::Add(int64_t school_id, const SchoolQuestion& q, int64_t now,
                                         int max) {
    std::optional<int64_t> id;
    db_.Transaction([&](Connection& c) {
        // The school's row serialises two additions at the limit.
        c.QueryOne(std::string("SELECT id FROM schools WHERE id = ?") + std::string(c.ForUpdate()),
                   {school_id});
        const auto n = c.QueryOne(
            "SELECT COUNT(*) AS n FROM dossier_talk_questions WHERE school_id = ?", {school_id});
        if (n && n->Int("n") >= max) return;
        id = c.InsertReturningId(
            "INSERT INTO dossier_talk_questions (school_id, part, competency, text, created_at, "
            "created_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            {school_id, q.part, q.competency, q.text, now, q.created_by});
    });
    return id;
}

std::vector<SchoolQuestion> QuestionRepo::OfSchool(int64_t school_id) {
    return db_.Use([&](Connection& c) {
        std::vector<SchoolQuestion> out;
        for (const auto& r : c.Query("SELECT id, part, competency, text, created_by FROM "
                                     "dossier_talk_questions WHERE school_id = ? ORDER BY id",
                                     {school_id}))
            out.push_back({r.Int("id"), r.Text("part"), r.Text("competency"), r.Text("text"),
                           r.Text("created_by")});
        return out;
    });
}

bool QuestionRepo::Remove(int64_t school_id, int64_t id) {
    return db_.Use([&](Connection& c) {
        return c.Execute("DELETE FROM dossier_talk_questions WHERE id = ? AND school_id = ?",
                         {id, school_id}) > 0;
    });
}

}  // namespace koers::storage
