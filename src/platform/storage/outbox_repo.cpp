#include "platform/storage/outbox_repo.hpp"

#include <algorithm>
#include <limits>

#include "platform/core/account/activation.hpp"
#include "platform/storage/db/like.hpp"

namespace koers::storage {
namespace {

// A mail as the queries below select (or return) it, and its reader.
constexpr const char* kMailColumns =
    "id, to_address, subject, body, created_at, sent_at, attempts, "
    "COALESCE(last_error, '') AS last_error, attachment_name, attachment_type, attachment, "
    "COALESCE(list_unsubscribe, '') AS list_unsubscribe";

MailRecord ToMail(const Row& r) {
    MailRecord m{r.Int("id"),       r.Text("to_address"), r.Text("subject"),
                 r.Text("body"),    r.Int("created_at"),  r.OptInt("sent_at"),
                 r.Int("attempts"), r.Text("last_error"), {}};
    m.extras.list_unsubscribe = r.Text("list_unsubscribe");
    if (!r.IsNull("attachment_name"))
        m.extras.attachment = MailAttachment{r.Text("attachment_name"), r.Text("attachment_type"),
                                             r.Text("attachment")};
    return m;
}

// Runs `sql` (a statement on at most `?` rows older than `?`) until it finds fewer than a batch:
// a first run over years of rows holds the database's write lock briefly each time. Returns the
// rows it changed.
int64_t InBatches(Database& db, const char* sql, int64_t before) {
    constexpr int64_t kBatch = 5000;
    int64_t done = 0;
    for (int64_t n = kBatch; n == kBatch; done += n)
        n = db.Use([&](Connection& c) { return c.Execute(sql, {before, kBatch}); });
    return done;
}

}  // namespace

std::optional<int64_t> OutboxRepo::Enqueue(const std::string& to, const std::string& subject,
                                           const std::string& body, int64_t now,
                                           const MailExtras& extras) {
    if (!core::IsMailAddress(to)) return std::nullopt;
    const auto& attachment = extras.attachment;
    return db_.Use([&](Connection& c) {
        return c.InsertReturningId(
            "INSERT INTO outbox (to_address, subject, body, created_at, attachment_name, "
            "attachment_type, attachment, list_unsubscribe) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id",
            {to, subject, body, now, attachment ? Value(attachment->filename) : Value(nullptr),
             attachment ? Value(attachment->content_type) : Value(nullptr),
             attachment ? Value(attachment->content) : Value(nullptr),
             extras.list_unsubscribe.empty() ? Value(nullptr) : Value(extras.list_unsubscribe)});
    });
}

std::vector<MailRecord> OutboxRepo::Recent(int limit) {
    return db_.Use([&](Connection& c) {
        std::vector<MailRecord> out;
        for (const auto& r : c.Query(
                 std::string("SELECT ") + kMailColumns + " FROM outbox ORDER BY id DESC LIMIT ?",
                 {int64_t{limit}}))
            out.push_back(ToMail(r));
        return out;
    });
}

std::optional<MailRecord> OutboxRepo::ClaimNext(int64_t now, int64_t lease_seconds,
                                                int max_attempts) {
    return db_.Use([&](Connection& c) -> std::optional<MailRecord> {
        auto r = c.QueryOne(
            std::string("UPDATE outbox SET claimed_until = ? WHERE id = (SELECT id FROM outbox "
                        "WHERE sent_at IS NULL AND attempts < ? AND (claimed_until IS NULL OR "
                        "claimed_until < ?) ORDER BY id LIMIT 1) AND (claimed_until IS NULL OR "
                        "claimed_until < ?) RETURNING ") +
                kMailColumns,
            {now + lease_seconds, int64_t{max_attempts}, now, now});
        return r ? std::optional(ToMail(*r)) : std::nullopt;
    });
}

int64_t OutboxRepo::PurgeBodies(int64_t sent_before, int64_t created_before) {
    return db_.Use([&](Connection& c) {
        return c.Execute(
            "UPDATE outbox SET body = '', attachment = CASE WHEN attachment IS NULL THEN NULL "
            "ELSE '' END, list_unsubscribe = NULL WHERE body <> '' AND ((sent_at IS NOT NULL AND "
            "sent_at < ?) OR "
            "created_at < ?)",
            {sent_before, created_before});
    });
}

int64_t OutboxRepo::DeleteOlderThan(int64_t created_before) {
    return InBatches(
        db_, "DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE created_at < ? LIMIT ?)",
        created_before);
}

void OutboxRepo::MarkSent(int64_t id, int64_t now) {
    db_.With([&](Connection& c) {
        c.Execute(
            "UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL "
            "WHERE id = ?",
            {now, id});
    });
}

void OutboxRepo::MarkFailed(int64_t id, const std::string& error) {
    db_.With([&](Connection& c) {
        c.Execute(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ?, claimed_until = NULL "
            "WHERE id = ?",
            {error, id});
    });
}

void AuditRepo::Record(int64_t at, std::optional<int64_t> actor, const core::AuditAction& action,
                       const std::string& subject, const std::string& detail,
                       const std::string& address) {
    db_.With([&](Connection& c) {
        c.Execute(
            "INSERT INTO audit_log (at, actor_user_id, action, description, subject, detail, "
            "address) VALUES (?, ?, ?, ?, ?, ?, ?)",
            {at, Opt(actor), std::string(action.code), std::string(action.description), subject,
             detail, address});
    });
}

AuditPruned AuditRepo::Prune(int64_t now) {
    AuditPruned pruned;
    pruned.lines = InBatches(
        db_, "DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE at < ? LIMIT ?)",
        now - core::kAuditLineSeconds);
    // Through the index audit_log_addressed: only the lines that still carry an address.
    pruned.addresses = InBatches(
        db_,
        "UPDATE audit_log SET address = '' WHERE id IN (SELECT id FROM audit_log WHERE address "
        "<> '' AND at < ? LIMIT ?)",
        now - core::kAuditAddressSeconds);
    return pruned;
}

AuditPage AuditRepo::Find(const AuditQuery& query) {
    std::string sql =
        "SELECT a.id, a.at, a.actor_user_id, COALESCE(u.display_name, '') AS actor, a.action, "
        "a.description, a.subject, a.detail, a.address FROM audit_log a LEFT JOIN users u ON "
        "u.id = a.actor_user_id WHERE a.id < ? AND a.id >= ? ";
    const std::string pattern = LikeContaining(query.words);
    return db_.Use([&](Connection& c) {
        // Reading it all only costs a page; a search reads a span back from where it starts
        // (the newest line + 1 on the first page).
        const bool search = !query.words.empty();
        const int64_t before =
            query.before_id ? *query.before_id
            : search ? c.QueryOne("SELECT COALESCE(MAX(id), 0) + 1 AS n FROM audit_log")->Int("n")
                     : std::numeric_limits<int64_t>::max();
        const int64_t floor = search ? std::max<int64_t>(0, before - kSearchSpan) : 0;
        std::vector<Value> args = {before, floor};
        if (search) {
            sql +=
                "AND (koers_fold(COALESCE(u.display_name, '')) LIKE ? ESCAPE '!' OR "
                "koers_fold(a.description) LIKE ? ESCAPE '!' OR koers_fold(a.action) LIKE ? "
                "ESCAPE '!' OR koers_fold(a.subject) LIKE ? ESCAPE '!' OR koers_fold(a.detail) "
                "LIKE ? ESCAPE '!') ";
            args.insert(args.end(), 5, pattern);
        }
        sql += "ORDER BY a.id DESC LIMIT ?";
        args.emplace_back(query.limit + 1);
        AuditPage page;
        for (const auto& r : c.Query(sql, args))
            page.lines.push_back({r.Int("id"), r.Int("at"), r.OptInt("actor_user_id"),
                                  r.Text("actor"), r.Text("action"), r.Text("description"),
                                  r.Text("subject"), r.Text("detail"), r.Text("address")});
        if (page.lines.size() > static_cast<size_t>(query.limit)) {
            page.lines.pop_back();
            page.older = page.lines.back().id;
        } else if (floor > 0 &&
                   c.QueryOne("SELECT 1 AS n FROM audit_log WHERE id < ? LIMIT 1", {floor})) {
            page.older = floor;  // the span is read; older lines remain to be searched
        }
        return page;
    });
}

}  // namespace koers::storage
