#pragma once
// What the account page and a beheerder's page of a person show of federated sign-in: the
// person's links with each federation (each with a button to remove it), and for a beheerder the
// identities without an account that asked to be linked.
#include <cstdint>

#include "platform/web/http/router.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

enum class LinksFor { kOwnAccount, kBeheer };

void AddLinksView(Ctx& ctx, View& view, int64_t user_id, LinksFor who);

}  // namespace koers::web
