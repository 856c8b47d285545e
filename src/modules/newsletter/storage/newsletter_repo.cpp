#include "modules/newsletter/storage/newsletter_repo.hpp"

#include "platform/storage/outbox_repo.hpp"

namespace koers::storage {
namespace {

constexpr std::string_view kWaiting = "wacht";
constexpr std::string_view kActive = "actief";
// A delivery's states: waiting to be queued, its mail in the outbox, or nothing for them.
constexpr std::string_view kDeliveryWaiting = "wacht";
constexpr std::string_view kDeliveryQueued = "in-outbox";
constexpr std::string_view kDeliverySkipped = "overgeslagen";

constexpr const char* kSubscriberColumns = "s.id, s.email, s.name, s.sectors, s.themes, s.status";

Subscriber ToSubscriber(const Row& r) {
    return {r.Int("id"),
            r.Text("email"),
            r.Text("name"),
            {core::SplitWords(r.Text("sectors")), core::SplitWords(r.Text("themes"))},
            r.Text("status") == kActive};
}

constexpr const char* kIssueColumns = "id, subject, intro, status, created_at, updated_at, sent_at";

Issue ToIssue(const Row& r) {
    return {r.Int("id"),
            {r.Text("subject"), r.Text("intro")},
            {},
            r.Text("status"),
            r.Int("created_at"),
            r.Int("updated_at"),
            r.OptInt("sent_at")};
}

void InsertItems(Connection& c, int64_t issue, const std::vector<StoredItem>& items) {
    c.Execute("DELETE FROM newsletter_issue_items WHERE issue_id = ?", {issue});
    int64_t position = 0;
    for (const auto& [source, item] : items)
        c.Execute(
            "INSERT INTO newsletter_issue_items (issue_id, position, source, kind, title, "
            "summary, path, sectors, themes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {issue, ++position, source, item.kind, item.title, item.summary, item.path,
             core::JoinWords(item.sectors), core::JoinWords(item.themes)});
}

}  // namespace

Subscriber NewsletterRepo::Request(const core::Subscription& s, int64_t now) {
    Subscriber out;
    db_.Transaction([&](Connection& c) {
        c.Execute(
            "INSERT INTO newsletter_subscribers (email, name, sectors, themes, status, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (email) DO UPDATE SET name = excluded.name, "
            "sectors = excluded.sectors, themes = excluded.themes, created_at = "
            "excluded.created_at "
            "WHERE newsletter_subscribers.status = ?",
            {s.email, s.name, core::JoinWords(s.interests.sectors),
             core::JoinWords(s.interests.themes), std::string(kWaiting), now,
             std::string(kWaiting)});
        out = ToSubscriber(*c.QueryOne(std::string("SELECT ") + kSubscriberColumns +
                                           " FROM newsletter_subscribers s WHERE s.email = ?",
                                       {s.email}));
    });
    return out;
}

void NewsletterRepo::AddLink(int64_t subscriber, const std::string& token_hash,
                             std::string_view purpose, int64_t now, int64_t expires_at) {
    db_.With([&](Connection& c) {
        c.Execute(
            "INSERT INTO newsletter_links (token_hash, subscriber_id, purpose, created_at, "
            "expires_at) VALUES (?, ?, ?, ?, ?)",
            {token_hash, subscriber, std::string(purpose), now, expires_at});
    });
}

std::optional<Subscriber> NewsletterRepo::ByLink(const std::string& token_hash,
                                                 std::string_view purpose, int64_t now) {
    return db_.Use([&](Connection& c) -> std::optional<Subscriber> {
        auto r = c.QueryOne(std::string("SELECT ") + kSubscriberColumns +
                                " FROM newsletter_links l JOIN newsletter_subscribers s ON s.id = "
                                "l.subscriber_id WHERE l.token_hash = ? AND l.purpose = ? AND "
                                "l.expires_at > ?",
                            {token_hash, std::string(purpose), now});
        return r ? std::optional(ToSubscriber(*r)) : std::nullopt;
    });
}

std::optional<Subscriber> NewsletterRepo::Confirm(const std::string& token_hash, int64_t now) {
    std::optional<Subscriber> out;
    db_.Transaction([&](Connection& c) {
        auto link = c.QueryOne(
            "DELETE FROM newsletter_links WHERE token_hash = ? AND purpose = ? AND expires_at > ? "
            "RETURNING subscriber_id",
            {token_hash, std::string(kConfirmLink), now});
        if (!link) return;
        const int64_t id = link->Int("subscriber_id");
        c.Execute(
            "UPDATE newsletter_subscribers SET status = ?, confirmed_at = ? WHERE id = ? AND "
            "status = ?",
            {std::string(kActive), now, id, std::string(kWaiting)});
        auto r = c.QueryOne(std::string("SELECT ") + kSubscriberColumns +
                                " FROM newsletter_subscribers s WHERE s.id = ?",
                            {id});
        if (r) out = ToSubscriber(*r);
    });
    return out;
}

void NewsletterRepo::SaveInterests(int64_t subscriber, const core::Interests& interests) {
    db_.With([&](Connection& c) {
        c.Execute(
            "UPDATE newsletter_subscribers SET sectors = ?, themes = ? WHERE id = ?",
            {core::JoinWords(interests.sectors), core::JoinWords(interests.themes), subscriber});
    });
}

void NewsletterRepo::Remove(int64_t subscriber) {
    db_.Transaction([&](Connection& c) {
        c.Execute("DELETE FROM newsletter_links WHERE subscriber_id = ?", {subscriber});
        c.Execute("UPDATE newsletter_deliveries SET subscriber_id = NULL WHERE subscriber_id = ?",
                  {subscriber});
        c.Execute("DELETE FROM newsletter_subscribers WHERE id = ?", {subscriber});
    });
}

int64_t NewsletterRepo::Purge(int64_t unconfirmed_before, int64_t now) {
    int64_t n = 0;
    db_.Transaction([&](Connection& c) {
        n += c.Execute("DELETE FROM newsletter_links WHERE expires_at <= ?", {now});
        const std::string stale =
            "SELECT id FROM newsletter_subscribers WHERE status = ? AND created_at < ?";
        const std::vector<Value> params{std::string(kWaiting), unconfirmed_before};
        c.Execute("DELETE FROM newsletter_links WHERE subscriber_id IN (" + stale + ")", params);
        n += c.Execute("DELETE FROM newsletter_subscribers WHERE id IN (" + stale + ")", params);
    });
    return n;
}

SubscriberCount NewsletterRepo::Count() {
    return db_.Use([&](Connection& c) {
        auto r = c.QueryOne(
            "SELECT COALESCE(SUM(CASE WHEN status = ? THEN 1 ELSE 0 END), 0) AS active, "
            "COALESCE(SUM(CASE WHEN status = ? THEN 1 ELSE 0 END), 0) AS waiting "
            "FROM newsletter_subscribers",
            {std::string(kActive), std::string(kWaiting)});
        return SubscriberCount{r->Int("active"), r->Int("waiting")};
    });
}

int64_t NewsletterRepo::AddIssue(const core::IssueText& text, const std::vector<StoredItem>& items,
                                 std::optional<int64_t> user, int64_t now) {
    int64_t id = 0;
    db_.Transaction([&](Connection& c) {
        id = c.InsertReturningId(
            "INSERT INTO newsletter_issues (subject, intro, status, created_at, created_by, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            {text.subject, text.intro, std::string(kIssueConcept), now, Opt(user), now});
        InsertItems(c, id, items);
    });
    return id;
}

bool NewsletterRepo::UpdateIssue(int64_t id, const core::IssueText& text,
                                 const std::vector<StoredItem>& items, int64_t now) {
    bool saved = false;
    db_.Transaction([&](Connection& c) {
        saved = c.Execute(
                    "UPDATE newsletter_issues SET subject = ?, intro = ?, updated_at = ? "
                    "WHERE id = ? AND status = ?",
                    {text.subject, text.intro, now, id, std::string(kIssueConcept)}) == 1;
        if (saved) InsertItems(c, id, items);
    });
    return saved;
}

bool NewsletterRepo::DeleteIssue(int64_t id) {
    return db_.Use([&](Connection& c) {
        return c.Execute("DELETE FROM newsletter_issues WHERE id = ? AND status = ?",
                         {id, std::string(kIssueConcept)}) == 1;
    });
}

std::optional<Issue> NewsletterRepo::FindIssue(int64_t id) {
    return db_.Use([&](Connection& c) -> std::optional<Issue> {
        auto r = c.QueryOne(
            std::string("SELECT ") + kIssueColumns + " FROM newsletter_issues WHERE id = ?", {id});
        if (!r) return std::nullopt;
        Issue issue = ToIssue(*r);
        for (const auto& i :
             c.Query("SELECT source, kind, title, summary, path, sectors, themes FROM "
                     "newsletter_issue_items WHERE issue_id = ? ORDER BY position",
                     {id}))
            issue.items.push_back(
                {i.Text("source"),
                 {i.Text("kind"), i.Text("title"), i.Text("summary"), i.Text("path"),
                  core::SplitWords(i.Text("sectors")), core::SplitWords(i.Text("themes"))}});
        return issue;
    });
}

std::vector<Issue> NewsletterRepo::Issues(int limit) {
    return db_.Use([&](Connection& c) {
        std::vector<Issue> out;
        for (const auto& r : c.Query(std::string("SELECT ") + kIssueColumns +
                                         " FROM newsletter_issues ORDER BY id DESC LIMIT ?",
                                     {int64_t{limit}}))
            out.push_back(ToIssue(r));
        return out;
    });
}

std::optional<int64_t> NewsletterRepo::StartSending(int64_t issue, std::optional<int64_t> user,
                                                    int64_t now) {
    std::optional<int64_t> count;
    db_.Transaction([&](Connection& c) {
        if (c.Execute(
                "UPDATE newsletter_issues SET status = ?, sent_at = ?, sent_by = ? WHERE id = ? "
                "AND status = ?",
                {std::string(kIssueSending), now, Opt(user), issue, std::string(kIssueConcept)}) !=
            1)
            return;
        count = c.Execute(
            "INSERT INTO newsletter_deliveries (issue_id, subscriber_id, state) SELECT ?, id, ? "
            "FROM newsletter_subscribers WHERE status = ? ORDER BY id",
            {issue, std::string(kDeliveryWaiting), std::string(kActive)});
    });
    return count;
}

std::optional<int64_t> NewsletterRepo::IssueBeingSent() {
    return db_.Use([&](Connection& c) -> std::optional<int64_t> {
        auto r = c.QueryOne("SELECT id FROM newsletter_issues WHERE status = ? ORDER BY id LIMIT 1",
                            {std::string(kIssueSending)});
        return r ? std::optional(r->Int("id")) : std::nullopt;
    });
}

std::vector<ClaimedDelivery> NewsletterRepo::ClaimWaiting(int64_t issue, int limit) {
    return db_.Use([&](Connection& c) {
        c.Execute(
            "UPDATE newsletter_deliveries SET state = ? WHERE issue_id = ? AND state = ? AND "
            "subscriber_id IS NULL",
            {std::string(kDeliverySkipped), issue, std::string(kDeliveryWaiting)});
        std::vector<ClaimedDelivery> out;
        for (const auto& r :
             c.Query(std::string("SELECT d.id AS delivery, ") + kSubscriberColumns +
                         " FROM newsletter_deliveries d JOIN newsletter_subscribers s ON s.id = "
                         "d.subscriber_id WHERE d.issue_id = ? AND d.state = ? ORDER BY d.id "
                         "LIMIT ?",
                     {issue, std::string(kDeliveryWaiting), int64_t{limit}})) {
            // Taken: a process that claimed the row first has changed its state, and this
            // update (waiting on that row's lock until then) finds it no longer waiting.
            if (c.Execute("UPDATE newsletter_deliveries SET state = ? WHERE id = ? AND state = ?",
                          {std::string(kDeliveryQueued), r.Int("delivery"),
                           std::string(kDeliveryWaiting)}) == 1)
                out.push_back({r.Int("delivery"), ToSubscriber(r)});
        }
        return out;
    });
}

void NewsletterRepo::Queued(int64_t delivery, std::optional<int64_t> outbox_id) {
    db_.With([&](Connection& c) {
        c.Execute("UPDATE newsletter_deliveries SET state = ?, outbox_id = ? WHERE id = ?",
                  {std::string(outbox_id ? kDeliveryQueued : kDeliverySkipped), Opt(outbox_id),
                   delivery});
    });
}

void NewsletterRepo::FinishIfDone(int64_t issue, int64_t now) {
    db_.With([&](Connection& c) {
        c.Execute(
            "UPDATE newsletter_issues SET status = ?, updated_at = ? WHERE id = ? AND status = ? "
            "AND NOT EXISTS (SELECT 1 FROM newsletter_deliveries WHERE issue_id = ? AND state = ?)",
            {std::string(kIssueSent), now, issue, std::string(kIssueSending), issue,
             std::string(kDeliveryWaiting)});
    });
}

Progress NewsletterRepo::ProgressOf(int64_t issue) {
    return db_.Use([&](Connection& c) {
        auto kept = c.QueryOne(
            "SELECT final_counts FROM newsletter_issues WHERE id = ? AND final_counts IS NOT NULL",
            {issue});
        if (kept) {
            const auto n = core::SplitWords(kept->Text("final_counts"));
            if (n.size() == 4)
                return Progress{std::stoll(n[0]), 0, std::stoll(n[1]), 0, std::stoll(n[2]),
                                std::stoll(n[3])};
        }
        const auto sum = [](const std::string& when, const char* name) {
            return "COALESCE(SUM(CASE WHEN " + when + " THEN 1 ELSE 0 END), 0) AS " + name;
        };
        const auto state = [](std::string_view s) { return "d.state = '" + std::string(s) + "'"; };
        const std::string queued = state(kDeliveryQueued) + " AND o.id IS NOT NULL";
        auto r =
            c.QueryOne("SELECT COUNT(*) AS total, " + sum(state(kDeliveryWaiting), "waiting") +
                           ", " + sum(state(kDeliverySkipped), "skipped") + ", " +
                           sum(queued + " AND o.sent_at IS NULL AND o.attempts < ?", "queued") +
                           ", " + sum(queued + " AND o.sent_at IS NOT NULL", "delivered") + ", " +
                           sum(queued + " AND o.sent_at IS NULL AND o.attempts >= ?", "failed") +
                           " FROM newsletter_deliveries d LEFT JOIN outbox o ON o.id = d.outbox_id "
                           "WHERE d.issue_id = ?",
                       {int64_t{kMaxSendAttempts}, int64_t{kMaxSendAttempts}, issue});
        const Progress p{r->Int("total"),  r->Int("waiting"),   r->Int("skipped"),
                         r->Int("queued"), r->Int("delivered"), r->Int("failed")};
        // Nothing waits and every mail is delivered or given up: these counts are final.
        if (p.waiting == 0 && p.queued == 0 && p.delivered + p.failed + p.skipped == p.total)
            c.Execute("UPDATE newsletter_issues SET final_counts = ? WHERE id = ? AND status = ?",
                      {std::to_string(p.total) + " " + std::to_string(p.skipped) + " " +
                           std::to_string(p.delivered) + " " + std::to_string(p.failed),
                       issue, std::string(kIssueSent)});
        return p;
    });
}

std::vector<int64_t> NewsletterRepo::Census() {
    return db_.Use([&](Connection& c) {
        auto r = c.QueryOne(
            "SELECT (SELECT COUNT(*) FROM newsletter_subscribers) AS subscribers, "
            "(SELECT COALESCE(SUM(LENGTH(status) + LENGTH(sectors) + LENGTH(themes) + "
            "LENGTH(name)), 0) FROM newsletter_subscribers) AS subscriber_text, "
            "(SELECT COUNT(*) FROM newsletter_links) AS links, "
            "(SELECT COUNT(*) FROM newsletter_issues) AS issues, "
            "(SELECT COALESCE(SUM(updated_at + LENGTH(status)), 0) FROM newsletter_issues) AS "
            "issue_saves, (SELECT COUNT(*) FROM newsletter_deliveries) AS deliveries");
        return std::vector<int64_t>{r->Int("subscribers"), r->Int("subscriber_text"),
                                    r->Int("links"),       r->Int("issues"),
                                    r->Int("issue_saves"), r->Int("deliveries")};
    });
}

}  // namespace koers::storage
