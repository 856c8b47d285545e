#include "modules/newsletter/web/issue_items.hpp"

#include <algorithm>

#include "modules/agenda/core/agenda.hpp"
#include "modules/agenda/web/agenda_parts.hpp"
#include "modules/agenda/web/paths.hpp"
#include "modules/content/core/content.hpp"
#include "modules/content/web/content_parts.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/services.hpp"

namespace koers::web {
namespace {

constexpr int64_t kDay = 86400;
constexpr size_t kOfferedPerKind = 15;

void AddContent(const Ctx& ctx, std::string_view content_kind, std::string_view item_kind,
                int64_t since, int64_t now, std::vector<storage::StoredItem>& out) {
    core::SearchRequest request;
    request.filter.kind = std::string(content_kind);
    request.sort = core::SearchSort::kNewest;
    request.limit = kOfferedPerKind;
    request.now = now;
    const auto found = ContentOf(ctx).catalog.Search(request);
    for (const auto& hit : found->hits) {
        const auto& d = hit.doc;
        if (d.publish_at < since) continue;
        out.push_back({std::string(content_kind) + ":" + std::to_string(d.id),
                       {std::string(item_kind), d.title, d.summary,
                        core::ContentPath(d.kind, d.slug), d.sectors, d.themes}});
    }
}

}  // namespace

std::vector<storage::StoredItem> OfferedItems(const Ctx& ctx, int64_t now) {
    std::vector<storage::StoredItem> out;
    AddContent(ctx, "nieuws", core::kItemNews, now - 45 * kDay, now, out);
    AddContent(ctx, "kennisbank", core::kItemKnowledge, now - 90 * kDay, now, out);
    AddContent(ctx, "praktijkvoorbeeld", core::kItemKnowledge, now - 90 * kDay, now, out);
    for (const auto& s : AgendaOf(ctx).agenda.Upcoming(now, static_cast<int>(kOfferedPerKind))) {
        const core::Event& e = s.event;
        if (e.starts_at > now + 120 * kDay) continue;
        std::string about = core::EventWhen(e);
        if (!e.place.empty()) about += ", " + e.place;
        if (e.place.empty() && !e.online_url.empty()) about += ", online";
        out.push_back({"bijeenkomst:" + std::to_string(e.id),
                       {std::string(core::kItemEvent),
                        e.title,
                        about,
                        agenda_paths::kEvent.With(e.id),
                        e.sectors,
                        {}}});
    }
    return out;
}

std::vector<storage::StoredItem> ChosenItems(const std::vector<std::string>& sources,
                                             const std::vector<storage::StoredItem>& offered,
                                             const std::vector<storage::StoredItem>& kept,
                                             core::Validation& v) {
    std::vector<storage::StoredItem> out;
    const auto find = [](const std::vector<storage::StoredItem>& in, const std::string& source) {
        return std::find_if(in.begin(), in.end(),
                            [&](const storage::StoredItem& i) { return i.source == source; });
    };
    bool unknown = false;
    // In the order offered, then what was kept.
    for (const auto* list : {&offered, &kept})
        for (const auto& item : *list)
            if (std::find(sources.begin(), sources.end(), item.source) != sources.end() &&
                find(out, item.source) == out.end())
                out.push_back(item);
    for (const auto& source : sources) unknown = unknown || find(out, source) == out.end();
    if (unknown)
        v.Add("items",
              "Een van de gekozen onderdelen kan niet (meer) in de nieuwsbrief. Kies opnieuw uit "
              "de lijst.");
    return out;
}

}  // namespace koers::web
