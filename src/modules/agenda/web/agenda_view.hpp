#pragma once
// Views shared by the agenda's pages: an event as the agenda, its page and the organiser show it.

#include "modules/agenda/storage/agenda_repo.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

// title, href (the public page), when, place, online_url, audience, scope ("Landelijk" or the
// region), places, full, open, closed_reason, description and programme (paragraphs).
View EventView(const storage::StoredEvent& s, int64_t now);

}  // namespace koers::web
