#include "modules/agenda/storage/agenda_repo.hpp"

#include "platform/core/common/errors.hpp"

namespace koers::storage {
namespace {

// An event with its region's name and its counts (ToStored reads it).
constexpr std::string_view kEventSelect =
    "SELECT e.id, e.region_id, e.network_id, e.title, e.description, e.programme, e.place, "
    "e.online_url, "
    "e.audience, e.sectors, e.outcome, e.outcome_url, e.starts_at, e.ends_at, e.deadline, "
    "e.capacity, "
    "COALESCE(g.name, '') AS region_name, COALESCE(n.name, '') AS network_name, "
    "(SELECT COUNT(*) FROM agenda_registrations r WHERE r.event_id = e.id "
    "AND r.standing = 'bevestigd') AS confirmed, "
    "(SELECT COUNT(*) FROM agenda_registrations r WHERE r.event_id = e.id "
    "AND r.standing = 'wachtlijst') AS waiting "
    "FROM agenda_events e LEFT JOIN regions g ON g.id = e.region_id "
    "LEFT JOIN networks_networks n ON n.id = e.network_id ";

std::string JoinSectors(const std::vector<std::string>& sectors) {
    std::string out;
    for (const auto& s : sectors) out += (out.empty() ? "" : ",") + s;
    return out;
}

std::vector<std::string> SplitSectors(const std::string& text) {
    std::vector<std::string> out;
    for (size_t start = 0; start < text.size();) {
        size_t end = text.find(',', start);
        if (end == std::string::npos) end = text.size();
        if (end > start) out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

StoredEvent ToStored(const Row& r) {
    StoredEvent s;
    core::Event& e = s.event;
    e.id = r.Int("id");
    e.region_id = r.OptInt("region_id");
    e.network_id = r.OptInt("network_id");
    e.title = r.Text("title");
    e.description = r.Text("description");
    e.programme = r.Text("programme");
    e.place = r.Text("place");
    e.online_url = r.Text("online_url");
    e.audience = r.Text("audience");
    e.sectors = SplitSectors(r.Text("sectors"));
    e.outcome = r.Text("outcome");
    e.outcome_url = r.Text("outcome_url");
    e.starts_at = r.Int("starts_at");
    e.ends_at = r.Int("ends_at");
    e.deadline = r.Int("deadline");
    e.capacity = static_cast<int>(r.Int("capacity"));
    s.region = r.Text("region_name");
    s.network = r.Text("network_name");
    s.confirmed = static_cast<int>(r.Int("confirmed"));
    s.waiting = static_cast<int>(r.Int("waiting"));
    return s;
}

std::vector<StoredEvent> ToStoredList(const std::vector<Row>& rows) {
    std::vector<StoredEvent> out;
    out.reserve(rows.size());
    for (const auto& r : rows) out.push_back(ToStored(r));
    return out;
}

constexpr std::string_view kRegistrationSelect =
    "SELECT id, event_id, name, email, organisation, role, note, standing, registered_at "
    "FROM agenda_registrations ";

core::Registration ToRegistration(const Row& r) {
    core::Registration g;
    g.id = r.Int("id");
    g.event_id = r.Int("event_id");
    g.name = r.Text("name");
    g.email = r.Text("email");
    g.organisation = r.Text("organisation");
    g.role = r.Text("role");
    g.note = r.Text("note");
    g.standing = core::ParseStanding(r.Text("standing")).value_or(core::Standing::kAfgemeld);
    g.registered_at = r.Int("registered_at");
    return g;
}

// The event's row, held until the commit; throws NotFound when it is gone.
core::Event LockEvent(Connection& c, int64_t id) {
    const auto row = c.QueryOne("SELECT id, capacity, starts_at FROM agenda_events WHERE id = ?" +
                                    std::string(c.ForUpdate()),
                                {id});
    if (!row) throw core::NotFound();
    core::Event e;
    e.id = id;
    e.capacity = static_cast<int>(row->Int("capacity"));
    e.starts_at = row->Int("starts_at");
    return e;
}

int Confirmed(Connection& c, int64_t event_id) {
    return static_cast<int>(c.QueryOne("SELECT COUNT(*) AS n FROM agenda_registrations WHERE "
                                       "event_id = ? AND standing = 'bevestigd'",
                                       {event_id})
                                ->Int("n"));
}

int Waiting(Connection& c, int64_t event_id) {
    return static_cast<int>(c.QueryOne("SELECT COUNT(*) AS n FROM agenda_registrations WHERE "
                                       "event_id = ? AND standing = 'wachtlijst'",
                                       {event_id})
                                ->Int("n"));
}

// Moves the first `places` waiting registrations up; returns them.
std::vector<core::Registration> Promote(Connection& c, int64_t event_id, int places) {
    std::vector<core::Registration> out;
    if (places <= 0) return out;
    for (const auto& r :
         c.Query(std::string(kRegistrationSelect) +
                     "WHERE event_id = ? AND standing = 'wachtlijst' ORDER BY registered_at, id "
                     "LIMIT ?",
                 {event_id, int64_t{places}})) {
        auto g = ToRegistration(r);
        c.Execute(
            "UPDATE agenda_registrations SET standing = 'bevestigd', version = version + 1 "
            "WHERE id = ?",
            {g.id});
        g.standing = core::Standing::kBevestigd;
        out.push_back(std::move(g));
    }
    return out;
}

int QueuePlaceIn(Connection& c, const core::Registration& r) {
    if (r.standing != core::Standing::kWachtlijst) return 0;
    return static_cast<int>(
        c.QueryOne("SELECT COUNT(*) AS n FROM agenda_registrations WHERE event_id = ? AND "
                   "standing = 'wachtlijst' AND (registered_at < ? OR (registered_at = ? AND id "
                   "<= ?))",
                   {r.event_id, r.registered_at, r.registered_at, r.id})
            ->Int("n"));
}

}  // namespace

int64_t AgendaRepo::Add(const core::Event& e, std::optional<int64_t> by, int64_t now) {
    return db_.Use([&](Connection& c) {
        return c.InsertReturningId(
            "INSERT INTO agenda_events (region_id, network_id, title, description, programme, "
            "place, online_url, audience, sectors, outcome, outcome_url, starts_at, ends_at, "
            "deadline, capacity, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?) RETURNING id",
            {Opt(e.region_id), Opt(e.network_id), e.title, e.description, e.programme, e.place,
             e.online_url, e.audience, JoinSectors(e.sectors), e.outcome, e.outcome_url,
             e.starts_at, e.ends_at, e.deadline, int64_t{e.capacity}, Opt(by), now});
    });
}

std::vector<core::Registration> AgendaRepo::Update(const core::Event& e, int64_t now) {
    std::vector<core::Registration> promoted;
    db_.Transaction([&](Connection& c) {
        const core::Event stored = LockEvent(c, e.id);
        const int confirmed = Confirmed(c, e.id);
        if (e.capacity < confirmed)
            throw core::Conflict("Er zijn al " + std::to_string(confirmed) +
                                 " aanmeldingen bevestigd. Minder plaatsen dan dat kan niet; "
                                 "meld eerst deelnemers af.");
        c.Execute(
            // A moved event is reminded of again (SET reads the row as it was).
            "UPDATE agenda_events SET network_id = ?, title = ?, description = ?, programme = ?, "
            "place = ?, "
            "online_url = ?, audience = ?, sectors = ?, outcome = ?, outcome_url = ?, "
            "reminded_at = CASE WHEN starts_at = ? THEN reminded_at ELSE NULL END, starts_at = ?, "
            "ends_at = ?, deadline = ?, capacity = ?, version = version + 1 WHERE id = ?",
            {Opt(e.network_id), e.title, e.description, e.programme, e.place, e.online_url,
             e.audience, JoinSectors(e.sectors), e.outcome, e.outcome_url, e.starts_at, e.starts_at,
             e.ends_at, e.deadline, int64_t{e.capacity}, e.id});
        // Once it has begun, a place added is not given to someone waiting (as with a cancel).
        if (now < stored.starts_at) promoted = Promote(c, e.id, e.capacity - confirmed);
    });
    return promoted;
}

std::optional<StoredEvent> AgendaRepo::Find(int64_t id) {
    return db_.Use([&](Connection& c) -> std::optional<StoredEvent> {
        const auto row = c.QueryOne(std::string(kEventSelect) + "WHERE e.id = ?", {id});
        if (!row) return std::nullopt;
        return ToStored(*row);
    });
}

std::vector<StoredEvent> AgendaRepo::Upcoming(int64_t now, int limit) {
    return db_.Use([&](Connection& c) {
        return ToStoredList(c.Query(
            std::string(kEventSelect) +
                "WHERE e.network_id IS NULL AND e.ends_at > ? ORDER BY e.starts_at, e.id LIMIT ?",
            {now, int64_t{limit}}));
    });
}

std::vector<StoredEvent> AgendaRepo::UpcomingOfNetworks(const std::vector<int64_t>& network_ids,
                                                        int64_t now, int limit) {
    if (network_ids.empty()) return {};
    std::string in;
    std::vector<Value> params;
    for (int64_t id : network_ids) {
        in += in.empty() ? "?" : ", ?";
        params.emplace_back(id);
    }
    params.emplace_back(now);
    params.emplace_back(int64_t{limit});
    return db_.Use([&](Connection& c) {
        return ToStoredList(c.Query(std::string(kEventSelect) + "WHERE e.network_id IN (" + in +
                                        ") AND e.ends_at > ? ORDER BY e.starts_at, e.id LIMIT ?",
                                    params));
    });
}

std::vector<StoredEvent> AgendaRepo::Past(int64_t now, int limit) {
    return db_.Use([&](Connection& c) {
        return ToStoredList(c.Query(std::string(kEventSelect) +
                                        "WHERE e.network_id IS NULL AND e.ends_at <= ? AND "
                                        "(e.outcome <> '' OR "
                                        "e.outcome_url <> '') ORDER BY e.starts_at DESC, e.id "
                                        "LIMIT ?",
                                    {now, int64_t{limit}}));
    });
}

std::vector<int64_t> AgendaRepo::RemindersDue(int64_t now) {
    return db_.Use([&](Connection& c) {
        std::vector<int64_t> out;
        for (const auto& r :
             c.Query("SELECT id FROM agenda_events WHERE reminded_at IS NULL AND starts_at > ? AND "
                     "starts_at <= ? ORDER BY starts_at, id",
                     {now, now + core::kReminderSeconds}))
            out.push_back(r.Int("id"));
        return out;
    });
}

std::optional<Reminder> AgendaRepo::ClaimReminder(int64_t event, int64_t now) {
    // Of several koers processes, the one whose update changes the row sends.
    const bool mine = db_.Use([&](Connection& c) {
        return c.Execute(
                   "UPDATE agenda_events SET reminded_at = ?, version = version + 1 WHERE id = ? "
                   "AND reminded_at IS NULL AND starts_at > ? AND starts_at <= ?",
                   {now, event, now, now + core::kReminderSeconds}) == 1;
    });
    if (!mine) return std::nullopt;
    auto stored = Find(event);
    if (!stored) return std::nullopt;
    Reminder r{stored->event, {}};
    for (auto& g : Registrations(event))
        if (g.standing == core::Standing::kBevestigd) r.confirmed.push_back(std::move(g));
    return r;
}

std::vector<StoredEvent> AgendaRepo::OfOrganiser(std::optional<int64_t> region_id) {
    return db_.Use([&](Connection& c) {
        if (region_id)
            return ToStoredList(c.Query(
                std::string(kEventSelect) + "WHERE e.region_id = ? ORDER BY e.starts_at DESC, e.id",
                {*region_id}));
        return ToStoredList(c.Query(std::string(kEventSelect) +
                                    "WHERE e.region_id IS NULL ORDER BY e.starts_at DESC, e.id"));
    });
}

Registered AgendaRepo::Register(const core::Registration& r, const std::string& code_hash,
                                int64_t now) {
    Registered out;
    db_.Transaction([&](Connection& c) {
        const core::Event event = LockEvent(c, r.event_id);
        const auto existing =
            c.QueryOne(std::string(kRegistrationSelect) + "WHERE event_id = ? AND email = ?",
                       {r.event_id, r.email});
        if (existing) {
            const auto was = ToRegistration(*existing);
            if (was.standing != core::Standing::kAfgemeld) {
                out = {was.standing, QueuePlaceIn(c, was), true};
                return;
            }
        }
        const auto arrival =
            core::StandingOnArrival(event, Confirmed(c, r.event_id), Waiting(c, r.event_id));
        if (!arrival) {
            out.full = true;
            return;
        }
        const core::Standing standing = *arrival;
        const std::string name(core::StandingName(standing));
        core::Registration stored = r;
        stored.standing = standing;
        stored.registered_at = now;
        if (existing) {
            stored.id = existing->Int("id");
            c.Execute(
                "UPDATE agenda_registrations SET name = ?, organisation = ?, role = ?, note = ?, "
                "standing = ?, code_hash = ?, registered_at = ?, version = version + 1 WHERE id = "
                "?",
                {r.name, r.organisation, r.role, r.note, name, code_hash, now, stored.id});
        } else {
            stored.id = c.InsertReturningId(
                "INSERT INTO agenda_registrations (event_id, name, email, organisation, role, "
                "note, standing, code_hash, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "RETURNING id",
                {r.event_id, r.name, r.email, r.organisation, r.role, r.note, name, code_hash,
                 now});
        }
        out = {standing, QueuePlaceIn(c, stored), false};
    });
    return out;
}

std::optional<core::Registration> AgendaRepo::ByCode(const std::string& code_hash) {
    return db_.Use([&](Connection& c) -> std::optional<core::Registration> {
        const auto row =
            c.QueryOne(std::string(kRegistrationSelect) + "WHERE code_hash = ?", {code_hash});
        if (!row) return std::nullopt;
        return ToRegistration(*row);
    });
}

int AgendaRepo::QueuePlace(const core::Registration& r) {
    return db_.Use([&](Connection& c) { return QueuePlaceIn(c, r); });
}

std::optional<Cancelled> AgendaRepo::Cancel(const std::string& code_hash, int64_t now) {
    std::optional<Cancelled> out;
    db_.Transaction([&](Connection& c) {
        const auto found =
            c.QueryOne(std::string(kRegistrationSelect) + "WHERE code_hash = ?", {code_hash});
        if (!found) throw core::NotFound();
        const core::Event event = LockEvent(c, found->Int("event_id"));
        // Read again under the event's lock: a cancellation at the same moment has run or waits,
        // and a registration of the same address since then has given the row a new code.
        const auto again =
            c.QueryOne(std::string(kRegistrationSelect) + "WHERE code_hash = ?", {code_hash});
        if (!again) throw core::NotFound();
        auto r = ToRegistration(*again);
        if (r.standing == core::Standing::kAfgemeld) return;
        c.Execute(
            "UPDATE agenda_registrations SET standing = 'afgemeld', version = version + 1 WHERE "
            "id = ?",
            {r.id});
        const bool freed = r.standing == core::Standing::kBevestigd;
        r.standing = core::Standing::kAfgemeld;
        out = Cancelled{std::move(r), std::nullopt};
        if (freed && now < event.starts_at) {
            auto promoted = Promote(c, event.id, event.capacity - Confirmed(c, event.id));
            if (!promoted.empty()) out->promoted = std::move(promoted.front());
        }
    });
    return out;
}

std::vector<core::Registration> AgendaRepo::Registrations(int64_t event_id) {
    return db_.Use([&](Connection& c) {
        std::vector<core::Registration> out;
        for (const auto& r : c.Query(std::string(kRegistrationSelect) +
                                         "WHERE event_id = ? ORDER BY CASE standing WHEN "
                                         "'bevestigd' THEN 0 WHEN 'wachtlijst' THEN 1 ELSE 2 END, "
                                         "registered_at, id",
                                     {event_id}))
            out.push_back(ToRegistration(r));
        return out;
    });
}

int64_t AgendaRepo::PurgeRegistrations(int64_t before) {
    return db_.Use([&](Connection& c) {
        return c.Execute(
            "DELETE FROM agenda_registrations WHERE event_id IN (SELECT id FROM agenda_events "
            "WHERE ends_at < ?)",
            {before});
    });
}

std::vector<int64_t> AgendaRepo::Census() {
    return db_.Use([](Connection& c) {
        const auto n = c.QueryOne(
            "SELECT (SELECT COUNT(*) FROM agenda_events) AS events, (SELECT COALESCE(SUM(version), "
            "0) FROM agenda_events) AS event_versions, (SELECT COUNT(*) FROM "
            "agenda_registrations) AS registrations, (SELECT COALESCE(SUM(version), 0) FROM "
            "agenda_registrations) AS registration_versions, (SELECT COUNT(*) FROM "
            "agenda_messages) AS "
            "messages");
        return std::vector<int64_t>{n->Int("events"), n->Int("event_versions"),
                                    n->Int("registrations"), n->Int("registration_versions"),
                                    n->Int("messages")};
    });
}

}  // namespace koers::storage
