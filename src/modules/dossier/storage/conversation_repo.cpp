#include "modules/dossier/storage/conversation_repo.hpp"

#include <algorithm>
#include <set>

#include "modules/dossier/core/entries.hpp"
#include "modules/dossier/core/talks.hpp"
#include "platform/core/records/fields.hpp"

namespace koers::storage {
namespace {

std::string GesprekCode() { return std::string(core::InfoOf(core::EntryKind::kGesprek).code); }

}  // namespace

std::optional<int64_t> ConversationRepo::Comment(int64_t student_id, int64_t entry_id,
                                                 const Author& by, std::string_view basis,
                                                 std::string_view body, int64_t now,
                                                 int max_per_entry) {
    std::optional<int64_t> id;
    db_.Transaction([&](Connection& c) {
        // Reading the entry row first makes PostgreSQL serialise two reactions at the limit.
        const auto entry = c.QueryOne(
            std::string("SELECT id FROM dossier_entries WHERE id = ? AND student_id = ? AND "
                        "deleted_at IS NULL") +
                std::string(c.ForUpdate()),
            {entry_id, student_id});
        if (!entry) return;
        const auto count =
            c.QueryOne("SELECT COUNT(*) AS n FROM dossier_comments WHERE entry_id = ?", {entry_id});
        if (count && count->Int("n") >= max_per_entry) return;
        id = c.InsertReturningId(
            "INSERT INTO dossier_comments (entry_id, student_id, author_id, author_name, basis, "
            "body, at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            {entry_id, student_id, Opt(by.user_id), by.name, std::string(basis), std::string(body),
             now});
    });
    return id;
}

std::vector<DossierComment> ConversationRepo::Comments(int64_t student_id, int64_t entry_id) {
    return db_.Use([&](Connection& c) {
        std::vector<DossierComment> out;
        for (const auto& r : c.Query("SELECT id, author_name, basis, body, at FROM "
                                     "dossier_comments WHERE entry_id = ? AND student_id = ? "
                                     "ORDER BY id",
                                     {entry_id, student_id}))
            out.push_back(
                {r.Int("id"), r.Text("author_name"), r.Text("basis"), r.Text("body"), r.Int("at")});
        return out;
    });
}

std::map<int64_t, std::vector<DossierComment>> ConversationRepo::CommentsOfStudent(
    int64_t student_id) {
    return db_.Use([&](Connection& c) {
        std::map<int64_t, std::vector<DossierComment>> out;
        for (const auto& r : c.Query("SELECT id, entry_id, author_name, basis, body, at FROM "
                                     "dossier_comments WHERE student_id = ? ORDER BY id",
                                     {student_id}))
            out[r.Int("entry_id")].push_back(
                {r.Int("id"), r.Text("author_name"), r.Text("basis"), r.Text("body"), r.Int("at")});
        return out;
    });
}

std::map<int64_t, int64_t> ConversationRepo::CommentCounts(int64_t student_id) {
    return db_.Use([&](Connection& c) {
        std::map<int64_t, int64_t> out;
        for (const auto& r : c.Query("SELECT entry_id, COUNT(*) AS n FROM dossier_comments "
                                     "WHERE student_id = ? GROUP BY entry_id",
                                     {student_id}))
            out[r.Int("entry_id")] = r.Int("n");
        return out;
    });
}

bool ConversationRepo::AskForTalk(int64_t student_id, std::string_view note, int64_t now) {
    bool asked = false;
    db_.Transaction([&](Connection& c) {
        // The enrolment row serialises two requests sent at once.
        c.QueryOne(std::string("SELECT id FROM students WHERE id = ?") + std::string(c.ForUpdate()),
                   {student_id});
        if (c.QueryOne("SELECT id FROM dossier_talk_requests WHERE student_id = ? AND "
                       "answered_at IS NULL",
                       {student_id}))
            return;
        c.Execute("INSERT INTO dossier_talk_requests (student_id, note, asked_at) VALUES (?, ?, ?)",
                  {student_id, std::string(note), now});
        asked = true;
    });
    return asked;
}

std::optional<TalkRequest> ConversationRepo::OpenRequest(int64_t student_id) {
    return db_.Use([&](Connection& c) -> std::optional<TalkRequest> {
        auto r = c.QueryOne(
            "SELECT note, asked_at FROM dossier_talk_requests WHERE student_id = ? AND "
            "answered_at IS NULL ORDER BY id DESC LIMIT 1",
            {student_id});
        if (!r) return std::nullopt;
        return TalkRequest{r->Text("note"), r->Int("asked_at")};
    });
}

std::map<int64_t, int64_t> ConversationRepo::OpenRequests(int64_t group_id) {
    return db_.Use([&](Connection& c) {
        std::map<int64_t, int64_t> out;
        for (const auto& r :
             c.Query("SELECT r.student_id, MIN(r.asked_at) AS asked FROM dossier_talk_requests r "
                     "JOIN students s ON s.id = r.student_id "
                     "WHERE s.group_id = ? AND s.left_at IS NULL AND r.answered_at IS NULL "
                     "GROUP BY r.student_id",
                     {group_id}))
            out[r.Int("student_id")] = r.Int("asked");
        return out;
    });
}

std::vector<ActionDone> ConversationRepo::ActionsDone(int64_t student_id) {
    return db_.Use([&](Connection& c) {
        std::vector<ActionDone> out;
        for (const auto& r : c.Query("SELECT entry_id, action, done_at FROM dossier_actions_done "
                                     "WHERE student_id = ?",
                                     {student_id}))
            out.push_back({r.Int("entry_id"), r.Text("action"), r.Int("done_at")});
        return out;
    });
}

bool ConversationRepo::SetActionDone(int64_t student_id, int64_t entry_id,
                                     const std::string& action, bool done, int64_t now) {
    bool changed = false;
    db_.Transaction([&](Connection& c) {
        const auto entry = c.QueryOne(
            "SELECT body FROM dossier_entries WHERE id = ? AND student_id = ? AND kind = ? AND "
            "deleted_at IS NULL",
            {entry_id, student_id, GesprekCode()});
        if (!entry) return;
        const auto actions = core::TalkActions(core::DecodeFields(entry->Text("body")));
        if (std::find(actions.begin(), actions.end(), action) == actions.end()) return;
        changed = done ? c.Execute(
                             "INSERT INTO dossier_actions_done (entry_id, student_id, action, "
                             "done_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                             {entry_id, student_id, action, now}) > 0
                       : c.Execute(
                             "DELETE FROM dossier_actions_done WHERE entry_id = ? AND "
                             "action = ?",
                             {entry_id, action}) > 0;
    });
    return changed;
}

std::map<int64_t, int> ConversationRepo::OpenActions(int64_t group_id) {
    return db_.Use([&](Connection& c) {
        std::set<std::pair<int64_t, std::string>> done;
        for (const auto& r : c.Query("SELECT d.entry_id, d.action FROM dossier_actions_done d "
                                     "JOIN students s ON s.id = d.student_id "
                                     "WHERE s.group_id = ? AND s.left_at IS NULL",
                                     {group_id}))
            done.emplace(r.Int("entry_id"), r.Text("action"));
        std::map<int64_t, int> out;
        // Only each student's latest gesprekken are read: those are on their to-do list.
        for (const auto& r :
             c.Query("SELECT id, student_id, body FROM (SELECT e.id, e.student_id, e.body, "
                     "ROW_NUMBER() OVER (PARTITION BY e.student_id ORDER BY e.updated_at DESC, "
                     "e.id DESC) AS latest FROM dossier_entries e JOIN students s ON s.id = "
                     "e.student_id WHERE s.group_id = ? AND s.left_at IS NULL AND e.kind = ? AND "
                     "e.deleted_at IS NULL) talks WHERE latest <= ?",
                     {group_id, GesprekCode(), int64_t{core::kTalksOnTodoList}})) {
            const int64_t student = r.Int("student_id");
            for (const auto& action : core::TalkActions(core::DecodeFields(r.Text("body"))))
                if (!done.count({r.Int("id"), action})) ++out[student];
        }
        return out;
    });
}

std::vector<MentorAddress> ConversationRepo::Mentors(int64_t group_id) {
    return db_.Use([&](Connection& c) {
        std::vector<MentorAddress> out;
        for (const auto& r :
             c.Query("SELECT u.display_name, u.email FROM group_mentors m JOIN users u ON u.id = "
                     "m.user_id WHERE m.group_id = ? ORDER BY u.display_name",
                     {group_id}))
            out.push_back({r.Text("display_name"), r.Text("email")});
        return out;
    });
}

std::vector<RequestWithoutMentor> ConversationRepo::RequestsWithoutMentor(int64_t school_id) {
    return db_.Use([&](Connection& c) {
        std::vector<RequestWithoutMentor> out;
        for (
            const auto& r : c.Query(
                "SELECT r.student_id, s.group_id, COALESCE(g.name, '') AS group_name, "
                "MIN(r.asked_at) AS asked FROM dossier_talk_requests r JOIN students s ON s.id = "
                "r.student_id LEFT JOIN school_groups g ON g.id = s.group_id WHERE s.school_id = ? "
                "AND s.left_at IS NULL AND r.answered_at IS NULL AND NOT EXISTS (SELECT 1 FROM "
                "group_mentors m WHERE m.group_id = s.group_id) GROUP BY r.student_id, s.group_id, "
                "g.name ORDER BY asked, r.student_id",
                {school_id}))
            out.push_back(
                {r.Int("student_id"), r.OptInt("group_id"), r.Text("group_name"), r.Int("asked")});
        return out;
    });
}

void AnswerTalkRequests(Connection& c, int64_t student_id, int64_t now) {
    c.Execute(
        "UPDATE dossier_talk_requests SET answered_at = ? WHERE student_id = ? AND answered_at "
        "IS NULL",
        {now, student_id});
}

}  // namespace koers::storage
