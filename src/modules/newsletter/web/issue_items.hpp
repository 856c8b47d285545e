#pragma once
// What an issue can hold: the recent news, the recent kennisbank items and praktijkvoorbeelden
// (from the content module's catalogue) and the coming public events (from the agenda), each
// with its sectors and themes, as the editor's form offers them. The form posts their sources;
// the server takes the items from here, never the titles from the post.
#include <cstdint>
#include <string>
#include <vector>

#include "modules/newsletter/storage/newsletter_repo.hpp"

namespace koers::web {

struct Ctx;

// Offered: news of the last 45 days, kennisbank items and praktijkvoorbeelden of the last 90,
// public events of the coming 120; at most 15 of each, the newest (or soonest) first.
std::vector<storage::StoredItem> OfferedItems(const Ctx& ctx, int64_t now);

// The posted sources as items: from `offered`, else from `kept` (what a concept already held and
// is no longer offered, such as an event that has begun). A source in neither is a message in
// `v` for the field "items".
std::vector<storage::StoredItem> ChosenItems(const std::vector<std::string>& sources,
                                             const std::vector<storage::StoredItem>& offered,
                                             const std::vector<storage::StoredItem>& kept,
                                             core::Validation& v);

}  // namespace koers::web
