#pragma once
// The nieuwsbrief's subscribers, their secret links (hashed), the issues and their deliveries.
// Thread-safe; built on a transaction's Database (storage::InTransaction) it writes in that
// transaction, which is how a batch of deliveries is queued with its mails.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "modules/newsletter/core/newsletter.hpp"
#include "platform/storage/db/database.hpp"

namespace koers::storage {

// What a link lets its holder do: confirm the subscription (once), or see and change their
// preferences and unsubscribe (every issue's mail carries one).
inline constexpr std::string_view kConfirmLink = "bevestigen";
inline constexpr std::string_view kManageLink = "beheren";

struct Subscriber {
    int64_t id = 0;
    std::string email;
    std::string name;
    core::Interests interests;
    bool active = false;  // confirmed
};

struct SubscriberCount {
    int64_t active = 0;
    int64_t waiting = 0;  // not confirmed yet
};

struct StoredItem {
    std::string source;  // "nieuws:12", "bijeenkomst:3": where it came from
    core::IssueItem item;
};

struct Issue {
    int64_t id = 0;
    core::IssueText text;
    std::vector<StoredItem> items;
    std::string status;  // kIssueConcept, kIssueSending, kIssueSent
    int64_t created_at = 0;
    int64_t updated_at = 0;
    std::optional<int64_t> sent_at;
};

inline constexpr std::string_view kIssueConcept = "concept";
inline constexpr std::string_view kIssueSending = "verzenden";
inline constexpr std::string_view kIssueSent = "verzonden";

// How far an issue's sending is. Delivered and failed come from the outbox's mails, counted
// until nothing waits any more; from then on the issue keeps its counts.
struct Progress {
    int64_t total = 0;      // subscribers it went to
    int64_t waiting = 0;    // not queued yet
    int64_t skipped = 0;    // none of its items was for them, or they left meanwhile
    int64_t queued = 0;     // in the outbox, not sent yet
    int64_t delivered = 0;  // handed to the mail server
    int64_t failed = 0;     // the outbox gave up
};

// A delivery claimed for queuing, with its subscriber.
struct ClaimedDelivery {
    int64_t id = 0;
    Subscriber subscriber;
};

class NewsletterRepo {
public:
    explicit NewsletterRepo(Database& db) : db_(db) {}

    // A request to subscribe: a new address is stored waiting for confirmation; a waiting one
    // gets the new name and interests, and its seven days start again (Purge). An active
    // subscriber is left as they are. Returns the subscriber as stored now.
    Subscriber Request(const core::Subscription& s, int64_t now);
    void AddLink(int64_t subscriber, const std::string& token_hash, std::string_view purpose,
                 int64_t now, int64_t expires_at);
    // The subscriber of a live link for `purpose`.
    std::optional<Subscriber> ByLink(const std::string& token_hash, std::string_view purpose,
                                     int64_t now);
    // Confirms through a confirmation link, which is used up: the subscriber is active. nullopt
    // for a link unknown, used or expired.
    std::optional<Subscriber> Confirm(const std::string& token_hash, int64_t now);
    void SaveInterests(int64_t subscriber, const core::Interests& interests);
    // Unsubscribing: the subscriber and their links are deleted; deliveries keep only counts.
    void Remove(int64_t subscriber);
    // Deletes subscribers who did not confirm before `unconfirmed_before` and expired links.
    int64_t Purge(int64_t unconfirmed_before, int64_t now);
    SubscriberCount Count();

    int64_t AddIssue(const core::IssueText& text, const std::vector<StoredItem>& items,
                     std::optional<int64_t> user, int64_t now);
    // Saves a concept; false when it is no longer a concept (it is being sent).
    bool UpdateIssue(int64_t id, const core::IssueText& text, const std::vector<StoredItem>& items,
                     int64_t now);
    // Deletes a concept; false when it is not one.
    bool DeleteIssue(int64_t id);
    std::optional<Issue> FindIssue(int64_t id);
    // The newest first, without their items.
    std::vector<Issue> Issues(int limit);

    // Starts sending a concept: one waiting delivery per active subscriber, in one statement.
    // nullopt when it is no longer a concept (a second press, another editor); else how many.
    std::optional<int64_t> StartSending(int64_t issue, std::optional<int64_t> user, int64_t now);
    // The oldest issue being sent, if any.
    std::optional<int64_t> IssueBeingSent();
    // Claims up to `limit` waiting deliveries of `issue` (inside the caller's transaction: one
    // claimed by another process in the meantime is left out); those whose subscriber left are
    // marked skipped.
    std::vector<ClaimedDelivery> ClaimWaiting(int64_t issue, int limit);
    // A claimed delivery's mail in the outbox, or skipped (nullopt).
    void Queued(int64_t delivery, std::optional<int64_t> outbox_id);
    // Marks the issue sent when nothing of it waits any more.
    void FinishIfDone(int64_t issue, int64_t now);
    Progress ProgressOf(int64_t issue);

    // Figures that change whenever anything of the nieuwsbrief changes (for the access walk).
    std::vector<int64_t> Census();

private:
    Database& db_;
};

}  // namespace koers::storage
