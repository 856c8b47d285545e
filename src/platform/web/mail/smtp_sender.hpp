#pragma once
// Delivers the outbox over SMTP with libcurl, from a background thread of each koers process.
// Each mail is claimed in the database first, so with several processes it is sent once.
#include <optional>
#include <string>
#include <string_view>

#include "platform/core/common/environment.hpp"
#include "platform/storage/outbox_repo.hpp"

namespace koers::web {

struct SmtpSettings {
    std::string url;  // "smtp://mail.example.nl:587" or "smtps://..."
    std::string user;
    std::string password;
    std::string from;  // "koers@school.nl"
};

// Whether a connection to this SMTP URL must be encrypted (STARTTLS or smtps): always, except to
// a server on the same machine (a local relay or a test sink). Mail carries one-time links.
bool SmtpNeedsTls(std::string_view url);

// The message as it goes over SMTP: headers and the plain-text body; with an attachment, a
// multipart/mixed message whose two parts are base64 (so no line of either can be its boundary);
// with a list's unsubscribe address, the List-Unsubscribe and List-Unsubscribe-Post headers of
// one-click unsubscribing (RFC 8058), when the address is safe in a header.
std::string MailMessage(const SmtpSettings& smtp, const std::string& to, const std::string& subject,
                        const std::string& body, const storage::MailExtras& extras);
// Sends one message; returns an empty string on success or curl's error text.
std::string SendMail(const SmtpSettings& smtp, const std::string& to, const std::string& subject,
                     const std::string& body, const storage::MailExtras& extras = {});

// Sends waiting outbox mail until none is left or the server fails; each mail is claimed first,
// so several koers processes can run this at once. Meant for a PeriodicThread.
void DeliverOutbox(storage::OutboxRepo& outbox, const core::Clock& clock, const SmtpSettings& smtp);

// How long a mail's body (with its one-time links) stays in the outbox: an hour after sending,
// and fourteen days for mail that is never sent (no SMTP: the beheerder passes links on). The
// mail itself (to whom, which subject, whether it went) stays thirty days (decision 0048).
inline constexpr int64_t kKeepSentBodySeconds = 3600;
inline constexpr int64_t kKeepUnsentBodySeconds = int64_t{14} * 24 * 3600;
inline constexpr int64_t kKeepMailSeconds = int64_t{30} * 24 * 3600;
// Empties the bodies and deletes the mails that have been kept long enough. Meant for the
// clean-up PeriodicThread.
void PruneOutbox(storage::OutboxRepo& outbox, const core::Clock& clock);

}  // namespace koers::web
