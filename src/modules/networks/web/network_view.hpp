#pragma once
// A network as its pages show it: its goals and cycle, its members with their contact persons,
// the records of its meetings, its action list and its shared documents. The regiocoördinator's
// page has the forms to change them; a member school's page only reads.
#include <cstdint>
#include <optional>

#include "modules/networks/core/networks.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

struct Ctx;
struct Response;

// Who reads the page: the network's regiocoördinator (`region`, with the links to the forms) or
// the staff of a member `school`.
struct NetworkReader {
    std::optional<int64_t> region;
    std::optional<int64_t> school;
};

View NetworkView(const Ctx& ctx, const core::Network& n, const NetworkReader& reader);

// The regiocoördinator's page of the {netwerk} of the {region}, with `errors` of a form on it.
Response RegionNetworkPage(Ctx& ctx, const core::Validation& errors, int status);

// The {netwerk} when `school` is one of its members; core::NotFound otherwise.
core::Network MemberNetwork(const Ctx& ctx, int64_t school);

}  // namespace koers::web
