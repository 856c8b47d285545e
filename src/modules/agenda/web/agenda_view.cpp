#include "modules/agenda/web/agenda_view.hpp"

#include "modules/agenda/web/paths.hpp"
#include "platform/core/common/dates.hpp"

namespace koers::web {
namespace {

// Text as paragraphs, split at empty lines.
ViewList Paragraphs(const std::string& text) {
    ViewList out;
    std::string current;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = core::Trim(std::string_view(text).substr(start, end - start));
        if (line.empty()) {
            if (!current.empty()) {
                View p = Object();
                p.set("text", std::move(current));
                out.push_back(std::move(p));
                current.clear();
            }
        } else {
            current += (current.empty() ? "" : "\n") + line;
        }
        start = end + 1;
    }
    if (!current.empty()) {
        View p = Object();
        p.set("text", std::move(current));
        out.push_back(std::move(p));
    }
    return out;
}

std::string_view ClosedReason(core::Opening opening) {
    switch (opening) {
        case core::Opening::kOpen:
            return "";
        case core::Opening::kDeadlinePassed:
            return "De aanmelding is gesloten.";
        case core::Opening::kOver:
            return "Deze bijeenkomst is begonnen of voorbij.";
    }
    return "";
}

}  // namespace

View EventView(const storage::StoredEvent& s, int64_t now) {
    const core::Event& e = s.event;
    View v = Object();
    v.set("title", e.title);
    v.set("href", agenda_paths::kEvent.With(e.id));
    v.set("when", core::EventWhen(e));
    v.set("place", e.place);
    v.set("online_url", e.online_url);
    v.set("audience", e.audience);
    std::string sectors;
    for (const auto& sector : e.sectors) sectors += (sectors.empty() ? "" : ", ") + sector;
    v.set("sectors", sectors);
    const bool over = e.ends_at <= now;
    v.set("over", over);
    v.set("outcome", over ? Paragraphs(e.outcome) : ViewList{});
    v.set("outcome_url", over ? e.outcome_url : std::string());
    v.set("scope", !s.network.empty() ? s.network + " (alleen voor leden)"
                   : s.region.empty() ? std::string("Landelijk")
                                      : s.region);
    v.set("places", core::PlacesText(e, s.confirmed));
    v.set("full", s.confirmed >= e.capacity);
    const core::Opening opening = core::RegistrationOpening(e, now);
    v.set("open", opening == core::Opening::kOpen);
    v.set("closed_reason", std::string(ClosedReason(opening)));
    v.set("deadline", core::FormatDateTimeLong(e.deadline));
    v.set("description", Paragraphs(e.description));
    v.set("has_programme", !e.programme.empty());
    v.set("programme", Paragraphs(e.programme));
    v.set("confirmed_count", std::to_string(s.confirmed));
    v.set("waiting_count", std::to_string(s.waiting));
    v.set("capacity", std::to_string(e.capacity));
    v.set("ics_href", agenda_paths::kEventIcs.With(e.id));
    return v;
}

}  // namespace koers::web
