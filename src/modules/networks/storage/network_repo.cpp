#include "modules/networks/storage/network_repo.hpp"

namespace koers::storage {
namespace {

constexpr std::string_view kNetworkSelect =
    "SELECT id, region_id, name, description, cycle, goals FROM networks_networks ";

core::Network ToNetwork(const Row& r) {
    return {r.Int("id"),           r.Int("region_id"), r.Text("name"),
            r.Text("description"), r.Text("cycle"),    r.Text("goals")};
}

std::vector<core::Network> ToNetworks(const std::vector<Row>& rows) {
    std::vector<core::Network> out;
    out.reserve(rows.size());
    for (const auto& r : rows) out.push_back(ToNetwork(r));
    return out;
}

constexpr std::string_view kMeetingSelect =
    "SELECT id, network_id, held_on, kind, agenda, notes, agreements FROM networks_meetings ";

core::Meeting ToMeeting(const Row& r) {
    return {r.Int("id"),      r.Int("network_id"), r.Text("held_on"),   r.Text("kind"),
            r.Text("agenda"), r.Text("notes"),     r.Text("agreements")};
}

}  // namespace

int64_t NetworkRepo::Add(const core::Network& n, int64_t now) {
    return db_.Use([&](Connection& c) {
        return c.InsertReturningId(
            "INSERT INTO networks_networks (region_id, name, description, cycle, goals, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            {n.region_id, n.name, n.description, n.cycle, n.goals, now});
    });
}

void NetworkRepo::Update(const core::Network& n) {
    db_.With([&](Connection& c) {
        c.Execute(
            "UPDATE networks_networks SET name = ?, description = ?, cycle = ?, goals = ?, "
            "version = version + 1 WHERE id = ?",
            {n.name, n.description, n.cycle, n.goals, n.id});
    });
}

std::optional<core::Network> NetworkRepo::Find(int64_t id) {
    return db_.Use([&](Connection& c) -> std::optional<core::Network> {
        const auto row = c.QueryOne(std::string(kNetworkSelect) + "WHERE id = ?", {id});
        if (!row) return std::nullopt;
        return ToNetwork(*row);
    });
}

std::vector<core::Network> NetworkRepo::InRegion(int64_t region_id) {
    return db_.Use([&](Connection& c) {
        return ToNetworks(c.Query(
            std::string(kNetworkSelect) + "WHERE region_id = ? ORDER BY name, id", {region_id}));
    });
}

std::vector<core::Network> NetworkRepo::OfSchool(int64_t school_id) {
    return db_.Use([&](Connection& c) {
        return ToNetworks(c.Query(std::string(kNetworkSelect) +
                                      "WHERE id IN (SELECT network_id FROM networks_members WHERE "
                                      "school_id = ?) ORDER BY name, id",
                                  {school_id}));
    });
}

int64_t NetworkRepo::AddMember(const core::Member& m) {
    return db_.Use([&](Connection& c) {
        const int64_t id = c.InsertReturningId(
            "INSERT INTO networks_members (network_id, school_id, organisation, contact_name, "
            "contact_email, coordinator) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            {m.network_id, Opt(m.school_id), m.organisation, m.contact_name, m.contact_email,
             int64_t{m.coordinator ? 1 : 0}});
        c.Execute("UPDATE networks_networks SET version = version + 1 WHERE id = ?",
                  {m.network_id});
        return id;
    });
}

bool NetworkRepo::RemoveMember(int64_t network_id, int64_t member_id) {
    return db_.Use([&](Connection& c) {
        const bool gone = c.Execute("DELETE FROM networks_members WHERE id = ? AND network_id = ?",
                                    {member_id, network_id}) == 1;
        if (gone)
            c.Execute("UPDATE networks_networks SET version = version + 1 WHERE id = ?",
                      {network_id});
        return gone;
    });
}

std::vector<core::Member> NetworkRepo::Members(int64_t network_id) {
    return db_.Use([&](Connection& c) {
        std::vector<core::Member> out;
        for (const auto& r : c.Query(
                 "SELECT m.id, m.network_id, m.school_id, COALESCE(s.name, m.organisation) AS "
                 "organisation, m.contact_name, m.contact_email, m.coordinator FROM "
                 "networks_members m LEFT JOIN schools s ON s.id = m.school_id WHERE m.network_id "
                 "= ? ORDER BY CASE WHEN m.school_id IS NULL THEN 1 ELSE 0 END, organisation, m.id",
                 {network_id}))
            out.push_back({r.Int("id"), r.Int("network_id"), r.OptInt("school_id"),
                           r.Text("organisation"), r.Text("contact_name"), r.Text("contact_email"),
                           r.Int("coordinator") != 0});
        return out;
    });
}

int64_t NetworkRepo::AddMeeting(const core::Meeting& m) {
    return db_.Use([&](Connection& c) {
        return c.InsertReturningId(
            "INSERT INTO networks_meetings (network_id, held_on, kind, agenda, notes, agreements) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            {m.network_id, m.held_on, m.kind, m.agenda, m.notes, m.agreements});
    });
}

bool NetworkRepo::UpdateMeeting(const core::Meeting& m) {
    return db_.Use([&](Connection& c) {
        return c.Execute(
                   "UPDATE networks_meetings SET held_on = ?, kind = ?, agenda = ?, notes = ?, "
                   "agreements = ?, version = version + 1 WHERE id = ? AND network_id = ?",
                   {m.held_on, m.kind, m.agenda, m.notes, m.agreements, m.id, m.network_id}) == 1;
    });
}

std::optional<core::Meeting> NetworkRepo::FindMeeting(int64_t network_id, int64_t meeting_id) {
    return db_.Use([&](Connection& c) -> std::optional<core::Meeting> {
        const auto row = c.QueryOne(std::string(kMeetingSelect) + "WHERE id = ? AND network_id = ?",
                                    {meeting_id, network_id});
        if (!row) return std::nullopt;
        return ToMeeting(*row);
    });
}

std::vector<core::Meeting> NetworkRepo::Meetings(int64_t network_id) {
    return db_.Use([&](Connection& c) {
        std::vector<core::Meeting> out;
        for (const auto& r : c.Query(std::string(kMeetingSelect) +
                                         "WHERE network_id = ? ORDER BY held_on DESC, id DESC",
                                     {network_id}))
            out.push_back(ToMeeting(r));
        return out;
    });
}

int64_t NetworkRepo::AddAction(const core::Action& a) {
    return db_.Use([&](Connection& c) {
        return c.InsertReturningId(
            "INSERT INTO networks_actions (network_id, what, owner, due, done) VALUES (?, ?, ?, "
            "?, ?) RETURNING id",
            {a.network_id, a.what, a.owner, a.due, int64_t{a.done ? 1 : 0}});
    });
}

bool NetworkRepo::SetDone(int64_t network_id, int64_t action_id, bool done) {
    return db_.Use([&](Connection& c) {
        return c.Execute(
                   "UPDATE networks_actions SET done = ?, version = version + 1 WHERE id = ? AND "
                   "network_id = ?",
                   {int64_t{done ? 1 : 0}, action_id, network_id}) == 1;
    });
}

std::vector<core::Action> NetworkRepo::Actions(int64_t network_id) {
    return db_.Use([&](Connection& c) {
        std::vector<core::Action> out;
        for (const auto& r :
             c.Query("SELECT id, network_id, what, owner, due, done FROM networks_actions WHERE "
                     "network_id = ? ORDER BY done, CASE WHEN due = '' THEN 1 ELSE 0 END, due, id",
                     {network_id}))
            out.push_back({r.Int("id"), r.Int("network_id"), r.Text("what"), r.Text("owner"),
                           r.Text("due"), r.Int("done") != 0});
        return out;
    });
}

std::vector<int64_t> NetworkRepo::Census() {
    return db_.Use([](Connection& c) {
        const auto n = c.QueryOne(
            "SELECT (SELECT COUNT(*) FROM networks_networks) AS networks, (SELECT "
            "COALESCE(SUM(version), 0) FROM networks_networks) AS network_versions, (SELECT "
            "COUNT(*) FROM networks_members) AS members, (SELECT COUNT(*) FROM networks_meetings) "
            "AS meetings, (SELECT COALESCE(SUM(version), 0) FROM networks_meetings) AS "
            "meeting_versions, (SELECT COUNT(*) FROM networks_actions) AS actions, (SELECT "
            "COALESCE(SUM(version), 0) FROM networks_actions) AS action_versions");
        return std::vector<int64_t>{n->Int("networks"),         n->Int("network_versions"),
                                    n->Int("members"),          n->Int("meetings"),
                                    n->Int("meeting_versions"), n->Int("actions"),
                                    n->Int("action_versions")};
    });
}

}  // namespace koers::storage
