#pragma once
// A network as its pages show it: its goals and cycle, its members with their contact persons,
// the records of its meetings and its action list. The regiocoördinator's page has the forms to
// change them (`region`: the links to those forms); a member school's page only reads.
#include <cstdint>
#include <optional>

#include "modules/networks/core/networks.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

struct Ctx;

View NetworkView(const Ctx& ctx, const core::Network& n, std::optional<int64_t> region);

}  // namespace koers::web
