#pragma once
// The nieuwsbrief's mail through the outbox: the confirmation of a subscription (double opt-in),
// the welcome once confirmed, the answer to someone who subscribes again, and an issue sent in
// batches. Each link in a mail is a secret of its own, stored hashed.
#include <cstdint>
#include <string>

#include "modules/newsletter/storage/newsletter_repo.hpp"

namespace koers::web {

struct Services;

// A confirmation link works seven days, once; a link to one's preferences a year.
inline constexpr int64_t kConfirmLinkSeconds = int64_t{7} * 24 * 3600;
inline constexpr int64_t kManageLinkSeconds = int64_t{365} * 24 * 3600;
// An issue is queued this many mails at a time, each batch in one transaction.
inline constexpr int kSendBatch = 200;

// Each stores its link and queues its mail on `db` (a transaction's, to keep them together).
// Mails `s` a new link to confirm their subscription.
void MailConfirmation(Services& app, storage::Database& db, const storage::Subscriber& s);
// Tells an active subscriber who asked again that they are subscribed, with a link to their
// preferences.
void MailAlreadySubscribed(Services& app, storage::Database& db, const storage::Subscriber& s);
// Welcomes a subscriber who confirmed, with a link to their preferences.
void MailWelcome(Services& app, storage::Database& db, const storage::Subscriber& s);

// Queues the next batch of the issue being sent (the oldest, if any): to each subscriber the
// items they are interested in, with a link of their own to their preferences and to unsubscribe
// in one click (also in the List-Unsubscribe header). Safe in several processes at once. Returns
// how many deliveries it handled (0: nothing waits).
int SendNextBatch(Services& app, int limit = kSendBatch);

}  // namespace koers::web
