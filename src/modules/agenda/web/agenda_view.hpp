#pragma once
// Views shared by the agenda's pages: an event as the agenda, its page and the organiser show it.

#include "modules/agenda/storage/agenda_repo.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

// title, href (the event's page), when, place, online_url, audience, scope ("Landelijk", the
// region, or the network for a network's own event), places, full, open, closed_reason, description
// and programme (paragraphs), confirmed_count, waiting_count, capacity and ics_href.
View EventView(const storage::StoredEvent& s, int64_t now);

}  // namespace koers::web
