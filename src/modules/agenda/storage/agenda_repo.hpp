#pragma once
// Bijeenkomsten and their registrations (agenda_events, agenda_registrations). Thread-safe. A
// registration and a cancellation each run in one transaction that holds the event's row, so
// however many register at once, no more than the capacity are confirmed and the waiting list
// keeps its order.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/agenda/core/agenda.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/file_table.hpp"

namespace koers::storage {

// An event's presentations and opbrengsten (agenda-0003), read through the event.
inline constexpr FileTableSpec kEventFiles{"agenda_files", "event_id", "agenda_events"};

struct StoredEvent {
    core::Event event;
    std::string region;   // the region's name; empty for a national event
    std::string network;  // the network's name when the event is only for its members
    int confirmed = 0;
    int waiting = 0;
};

// What a registration did: its standing and, on the waiting list, its place in the queue (1 is
// next). `already` when the address was registered already, `full` when the waiting list was
// full too (in both cases nothing changed).
struct Registered {
    core::Standing standing = core::Standing::kBevestigd;
    int queue_place = 0;
    bool already = false;
    bool full = false;
};

struct Cancelled {
    core::Registration cancelled;
    std::optional<core::Registration> promoted;  // who moved up from the waiting list
};

// A message sent to an event's registrations (its text is not kept).
struct SentMessage {
    std::string subject;
    int64_t recipients = 0;
    int64_t sent_at = 0;
};

// An event whose reminder this process claimed, and who to remind.
struct Reminder {
    core::Event event;
    std::vector<core::Registration> confirmed;
};

class AgendaRepo {
public:
    explicit AgendaRepo(Database& db) : db_(db) {}

    int64_t Add(const core::Event& e, std::optional<int64_t> by, int64_t now);
    // Saves the fields of event `e.id`. Places added take the first ones waiting (returned, to
    // be told) while the event has not begun by `now`; fewer places than are confirmed are
    // refused (core::Conflict).
    std::vector<core::Registration> Update(const core::Event& e, int64_t now);
    std::optional<StoredEvent> Find(int64_t id);
    // The public agenda (no network's own events): those that have not ended by `now`, the
    // first first; at most `limit`.
    std::vector<StoredEvent> Upcoming(int64_t now, int limit);
    // The public events that ended by `now` and have a terugblik, the latest first.
    std::vector<StoredEvent> Past(int64_t now, int limit);
    // The events of these networks that have not ended by `now`, the first first.
    std::vector<StoredEvent> UpcomingOfNetworks(const std::vector<int64_t>& network_ids,
                                                int64_t now, int limit);
    // The events starting within core::kReminderSeconds whose reminder has not gone out.
    std::vector<int64_t> RemindersDue(int64_t now);
    // Marks the event's reminder as gone out and returns who to remind, only to the one caller
    // (of several processes) that marked it. Meant for a transaction that queues the mails too
    // (storage::InTransaction), so a process that stops in between loses no reminder.
    std::optional<Reminder> ClaimReminder(int64_t event, int64_t now);
    // All events of a region (nullopt: the national ones), the latest first.
    std::vector<StoredEvent> OfOrganiser(std::optional<int64_t> region_id);

    // Registers `r` for its event with the secret code's hash: confirmed while there are places,
    // else on the waiting list. A cancelled registration of the same address registers anew.
    Registered Register(const core::Registration& r, const std::string& code_hash, int64_t now);
    std::optional<core::Registration> ByCode(const std::string& code_hash);
    // The place on the waiting list of a waiting registration (1 is next); 0 otherwise.
    int QueuePlace(const core::Registration& r);
    // Cancels the registration; a confirmed place goes to the first one waiting, unless the event
    // has begun. nullopt when it was cancelled already.
    std::optional<Cancelled> Cancel(const std::string& code_hash, int64_t now);
    // The event's registrations: confirmed, then waiting (in queue order), then cancelled.
    std::vector<core::Registration> Registrations(int64_t event_id);

    // Records a message under its form's one-time `token`; false when that token was used
    // before (nothing is recorded). Meant for a transaction that queues the mails too
    // (storage::InTransaction), so a replayed post sends nothing and a failed one nothing half.
    bool ClaimMessage(int64_t event_id, const std::string& token, const std::string& subject,
                      int64_t recipients, std::optional<int64_t> by, int64_t now);
    // The event's messages, the latest first.
    std::vector<SentMessage> Messages(int64_t event_id);

    // Removes the registrations (names, addresses) of events that ended before `before`; how many.
    int64_t PurgeRegistrations(int64_t before);
    // For the access walk: counts and versions of everything stored.
    std::vector<int64_t> Census();

private:
    Database& db_;
};

}  // namespace koers::storage
