#pragma once
// Regional networks, their members, meeting records and action lists (networks_*). Thread-safe.
// Everything below a network is looked up with the network's id, so an id of another network's
// member, meeting or action finds nothing.
#include <cstdint>
#include <optional>
#include <vector>

#include "modules/networks/core/networks.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/file_table.hpp"

namespace koers::storage {

// A network's shared documents (networks-0002), read through the network.
inline constexpr FileTableSpec kNetworkDocuments{"networks_documents", "network_id",
                                                 "networks_networks"};

class NetworkRepo {
public:
    explicit NetworkRepo(Database& db) : db_(db) {}

    int64_t Add(const core::Network& n, int64_t now);
    void Update(const core::Network& n);
    std::optional<core::Network> Find(int64_t id);
    std::vector<core::Network> InRegion(int64_t region_id);
    // The networks the school is a member of.
    std::vector<core::Network> OfSchool(int64_t school_id);

    // Throws ConstraintError when the school is a member already.
    int64_t AddMember(const core::Member& m);
    // False when the network has no such member.
    bool RemoveMember(int64_t network_id, int64_t member_id);
    // Schools first, then other organisations, each by name.
    std::vector<core::Member> Members(int64_t network_id);

    int64_t AddMeeting(const core::Meeting& m);
    bool UpdateMeeting(const core::Meeting& m);
    std::optional<core::Meeting> FindMeeting(int64_t network_id, int64_t meeting_id);
    // The latest first.
    std::vector<core::Meeting> Meetings(int64_t network_id);

    int64_t AddAction(const core::Action& a);
    bool SetDone(int64_t network_id, int64_t action_id, bool done);
    // Open ones first (by date, undated last), then done ones.
    std::vector<core::Action> Actions(int64_t network_id);

    // For the access walk: counts and versions of everything stored.
    std::vector<int64_t> Census();

private:
    Database& db_;
};

}  // namespace koers::storage
