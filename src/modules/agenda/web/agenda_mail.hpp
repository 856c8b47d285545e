#pragma once
// The agenda's mail through the outbox, each with the event as an .ics attachment: the
// confirmation of a registration (or its place on the waiting list) with the link to see or
// cancel it, the message to one who moved up from the waiting list, the reminder before the
// event, and the organiser's message to everyone registered.
#include <string>

#include "modules/agenda/core/agenda.hpp"
#include "platform/storage/outbox_repo.hpp"

namespace koers::web {

struct Services;

// `code` is the registration's secret code (its link); `queue_place` its place when waiting.
void MailRegistered(Services& app, const core::Event& e, const core::Registration& r,
                    int queue_place, const std::string& code);
// To one who moved up: their place is confirmed (their earlier link still works).
void MailPromoted(Services& app, const core::Event& e, const core::Registration& r);
// To one confirmed, core::kReminderSeconds before the start; queued in `outbox` (the
// transaction that claimed the reminder).
void MailReminder(Services& app, storage::OutboxRepo& outbox, const core::Event& e,
                  const core::Registration& r);
// To one confirmed or waiting, when the organiser changed when or where the event is (the new
// calendar file replaces the old one).
void MailMoved(Services& app, const core::Event& e, const core::Registration& r);
// The organiser's message to one registered, queued in `outbox` (the transaction that records
// the message, AgendaRepo::ClaimMessage).
void MailOrganiserMessage(Services& app, storage::OutboxRepo& outbox, const core::Event& e,
                          const core::Registration& r, const core::MessageForm& message);

}  // namespace koers::web
