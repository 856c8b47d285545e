#pragma once
// The e-mail outbox and the audit log: append-mostly tables. Thread-safe.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/common/audit_action.hpp"
#include "platform/storage/db/database.hpp"

namespace koers::storage {

// One text file sent along with a mail (an event's .ics).
struct MailAttachment {
    std::string filename;      // "bijeenkomst.ics"
    std::string content_type;  // "text/calendar; charset=utf-8"
    std::string content;
};

// What a mail may carry besides its text: a file (an event's .ics) and, for a mailing list, the
// https address that unsubscribes the receiver in one click (the List-Unsubscribe header).
struct MailExtras {
    std::optional<MailAttachment> attachment;
    std::string list_unsubscribe;
};

// How often the outbox tries a mail before it counts as failed.
inline constexpr int kMaxSendAttempts = 5;

struct MailRecord {
    int64_t id = 0;
    std::string to;
    std::string subject;
    std::string body;
    int64_t created_at = 0;
    std::optional<int64_t> sent_at;
    int64_t attempts = 0;
    std::string last_error;
    MailExtras extras;
};

class OutboxRepo {
public:
    explicit OutboxRepo(Database& db) : db_(db) {}
    // Queues a mail and returns its id. Mail goes only to an address: a sign-in name Koers gave a
    // student without e-mail (core::IsMailAddress) queues nothing and gives nullopt.
    std::optional<int64_t> Enqueue(const std::string& to, const std::string& subject,
                                   const std::string& body, int64_t now,
                                   const MailExtras& extras = {});
    std::vector<MailRecord> Recent(int limit);
    // Claims the oldest unsent mail for `lease_seconds`, so that of several koers processes
    // only one sends it. nullopt when nothing is waiting.
    std::optional<MailRecord> ClaimNext(int64_t now, int64_t lease_seconds, int max_attempts);
    void MarkSent(int64_t id, int64_t now);
    void MarkFailed(int64_t id, const std::string& error);
    // Empties the bodies (which hold one-time links), attachments and unsubscribe addresses of
    // mails sent before `sent_before` and of any mail created before `created_before`; returns how
    // many.
    int64_t PurgeBodies(int64_t sent_before, int64_t created_before);
    // Deletes the mails created before `created_before`, sent or not; returns how many.
    int64_t DeleteOlderThan(int64_t created_before);

private:
    Database& db_;
};

struct AuditRecord {
    int64_t id = 0;
    int64_t at = 0;
    std::optional<int64_t> actor_user_id;
    std::string actor_name;
    std::string action;
    std::string description;  // Dutch; empty for rows from before descriptions were kept
    std::string subject;
    std::string detail;
    std::string address;
};

// What a run of AuditRepo::Prune removed.
struct AuditPruned {
    int64_t lines = 0;      // lines past core::kAuditLineSeconds, deleted
    int64_t addresses = 0;  // client addresses past core::kAuditAddressSeconds, emptied
};

// Which lines of the audit log to read, newest first.
struct AuditQuery {
    std::string_view words;            // in who, what, the subject or the detail; "" for all
    std::optional<int64_t> before_id;  // only lines older than this one (the next page)
    int64_t limit = 100;
};

// A page of the audit log, and where the next (older) page begins, when there is one.
struct AuditPage {
    std::vector<AuditRecord> lines;
    std::optional<int64_t> older;  // the next page's before_id
};

class AuditRepo {
public:
    // A search reads at most this many lines back from where it starts: a word that occurs
    // nowhere costs the same as one that fills the page, however long the log is. The page
    // then goes on from there.
    static constexpr int64_t kSearchSpan = 50000;

    explicit AuditRepo(Database& db) : db_(db) {}
    void Record(int64_t at, std::optional<int64_t> actor, const core::AuditAction& action,
                const std::string& subject, const std::string& detail, const std::string& address);
    // The lines that match, newest first: a page reads on from the last line of the one before
    // (`before_id`, keyset by id), so each page costs the same however long the log is; words are
    // found in any case and with or without accents (koers_fold).
    AuditPage Find(const AuditQuery& query);
    std::vector<AuditRecord> Recent(int limit) { return Find({.limit = limit}).lines; }
    // Keeps the log to its terms (decision 0048): deletes the lines older than
    // core::kAuditLineSeconds and empties the addresses older than core::kAuditAddressSeconds, a
    // batch at a time, so a first run over years of lines never holds the database for long.
    AuditPruned Prune(int64_t now);

private:
    Database& db_;
};

}  // namespace koers::storage
