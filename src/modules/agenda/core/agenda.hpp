#pragma once
// Bijeenkomsten: national and regional meetings that anyone may register for, with or without an
// account. An event has a number of places; who registers when it is full is put on the waiting
// list, and a place that comes free goes to the first one waiting. Pure rules: what a valid event
// and registration are, whether registration is open, and events as iCalendar text (RFC 5545).
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/common/validation.hpp"

namespace koers::core {

struct Event {
    int64_t id = 0;
    std::optional<int64_t> region_id;   // nullopt: a national event
    std::optional<int64_t> network_id;  // only for the members of this network of the region
    std::string title;
    std::string description;
    std::string programme;
    std::string place;                 // the address, or empty for an online event
    std::string online_url;            // https://..., or empty
    std::string audience;              // "decanen en mentoren vo"
    std::vector<std::string> sectors;  // of EventSectors(); empty: for every sector
    std::string outcome;               // afterwards: what it yielded (the terugblik)
    std::string outcome_url;  // afterwards: the presentations, a kennisbank item (https:// or /...)
    int64_t starts_at = 0;    // Unix seconds
    int64_t ends_at = 0;
    int64_t deadline = 0;  // registration closes at
    int capacity = 0;
};

// An event's form as posted: the times as <input type="datetime-local"> values.
struct EventForm {
    std::string title, description, programme, place, online_url, audience;
    std::string starts, ends, deadline, capacity;
    std::vector<std::string> sectors;
    std::string outcome, outcome_url;
};

inline constexpr int kMaxCapacity = 10000;

// "vo", "mbo", "hbo": who an event is for, and the agenda's filter.
std::span<const std::string_view> EventSectors();
// Whether the event is for `sector` (an event for no sector in particular is for all).
bool ForSector(const Event& e, std::string_view sector);

// The event the form describes, or nullopt with the reasons in `v`.
std::optional<Event> ValidateEvent(const EventForm& form, Validation& v);
// The form of a stored event (to edit it).
EventForm FormOf(const Event& e);

enum class Standing { kBevestigd, kWachtlijst, kAfgemeld };

// "bevestigd", "wachtlijst", "afgemeld": how a standing is stored.
std::string_view StandingName(Standing s);
std::optional<Standing> ParseStanding(std::string_view name);

struct Registration {
    int64_t id = 0;
    int64_t event_id = 0;
    std::string name;
    std::string email;  // lower case
    std::string organisation;
    std::string role;
    std::string note;  // dietary or accessibility wishes
    Standing standing = Standing::kBevestigd;
    int64_t registered_at = 0;
};

struct RegistrationForm {
    std::string name, email, organisation, role, note;
};

// The roles a registrant chooses from.
std::span<const std::string_view> RegistrantRoles();
// The registration the form describes (event and standing still unset), or nullopt.
std::optional<Registration> ValidateRegistration(const RegistrationForm& form, Validation& v);

// A message from the organiser to everyone registered (confirmed or waiting).
struct MessageForm {
    std::string subject, body;
};
// The message, trimmed, or nullopt with the reasons in `v`.
std::optional<MessageForm> ValidateMessage(const MessageForm& form, Validation& v);

// The reminder goes out this long before the start, to those confirmed.
inline constexpr int64_t kReminderSeconds = int64_t{2} * 24 * 3600;

enum class Opening { kOpen, kDeadlinePassed, kOver };
// Whether one may register at `now`: until the deadline, and never once the event has begun.
Opening RegistrationOpening(const Event& e, int64_t now);

// The standing of a new registration when `confirmed` places of the event are taken and
// `waiting` wait; nullopt when the waiting list is full too (WaitingListSize).
std::optional<Standing> StandingOnArrival(const Event& e, int confirmed, int waiting);
// How many may wait: five times the places, and at least 50.
int WaitingListSize(const Event& e);

// "12 maart 2027, 13:00 tot 16:30" (Amsterdam time); over several days both dates.
std::string EventWhen(const Event& e);
// What is left for newcomers: "Nog 12 plaatsen", "Nog 1 plaats" or "Vol: u komt op de wachtlijst".
std::string PlacesText(const Event& e, int confirmed);

// The events as one iCalendar file (text/calendar): `base_url` makes each event's link,
// `event_path(id)` its path; `now` is the stamp. Lines end in CRLF and are folded at 75 octets.
std::string IcsCalendar(const std::vector<Event>& events, std::string_view calendar_name,
                        std::string_view base_url, std::string (*event_path)(int64_t), int64_t now);

}  // namespace koers::core
