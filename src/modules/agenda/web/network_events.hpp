#pragma once
// A region's events for the members of one of its networks only (core::Event::network_id): who
// may see one, and the networks a regional organiser may choose. The public agenda and its
// calendar never show them; the staff of a member school find them on their school's page.
#include <cstdint>
#include <vector>

#include "modules/agenda/core/agenda.hpp"
#include "modules/networks/core/networks.hpp"

namespace koers::web {

struct Ctx;

// Whether the signed-in person may see the network's event: the staff of a member school
// (kViewSchool there) or an organiser of the event's region. False when no one is signed in.
bool MaySeeNetworkEvent(const Ctx& ctx, const core::Event& e);

// The networks of the region, for the organiser's form.
std::vector<core::Network> RegionNetworks(const Ctx& ctx, int64_t region);

}  // namespace koers::web
