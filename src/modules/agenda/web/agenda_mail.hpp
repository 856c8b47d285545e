#pragma once
// The agenda's mail through the outbox: the confirmation of a registration (or its place on the
// waiting list) with the link to see or cancel it and to put the event in one's calendar, and the
// message to one who moved up from the waiting list.
#include <string>

#include "modules/agenda/core/agenda.hpp"

namespace koers::web {

struct Ctx;

// `code` is the registration's secret code (its link); `queue_place` its place when waiting.
void MailRegistered(Ctx& ctx, const core::Event& e, const core::Registration& r, int queue_place,
                    const std::string& code);
// To one who moved up: their place is confirmed (their earlier link still works).
void MailPromoted(Ctx& ctx, const core::Event& e, const core::Registration& r);

}  // namespace koers::web
