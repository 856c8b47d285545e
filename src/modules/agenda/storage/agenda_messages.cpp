// An organiser's messages to an event's registrations, each under its form's one-time token.
#include "modules/agenda/storage/agenda_repo.hpp"

namespace koers::storage {

bool AgendaRepo::ClaimMessage(int64_t event_id, const std::string& token,
                              const std::string& subject, int64_t recipients,
                              std::optional<int64_t> by, int64_t now) {
    bool claimed = false;
    db_.Transaction([&](Connection& c) {
        // SQLite writes one at a time; on PostgreSQL two at once meet the unique token.
        if (c.QueryOne("SELECT 1 AS taken FROM agenda_messages WHERE token = ?", {token})) return;
        c.Execute(
            "INSERT INTO agenda_messages (event_id, token, subject, recipients, sent_by, sent_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            {event_id, token, subject, recipients, Opt(by), now});
        claimed = true;
    });
    return claimed;
}

std::vector<SentMessage> AgendaRepo::Messages(int64_t event_id) {
    return db_.Use([&](Connection& c) {
        std::vector<SentMessage> out;
        for (const auto& r : c.Query("SELECT subject, recipients, sent_at FROM agenda_messages "
                                     "WHERE event_id = ? ORDER BY sent_at DESC, id DESC",
                                     {event_id}))
            out.push_back({r.Text("subject"), r.Int("recipients"), r.Int("sent_at")});
        return out;
    });
}

}  // namespace koers::storage
