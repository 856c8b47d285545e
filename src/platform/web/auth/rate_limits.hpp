#pragma once
// Rate limits on what anonymous visitors may start (core/common/rate_limit.hpp), counted per
// client address in the database so they hold across koers processes.
#include <span>
#include <string_view>

#include "platform/core/common/rate_limit.hpp"

namespace koers::web {

struct Ctx;

// Throws core::TooManyRequests with `message` (a 429) when the request's client address has
// reached one of `windows` for `what` (e.g. "scan-open:17"); otherwise counts this event.
// Only a hash of `what` and the address is stored.
void LimitPerAddress(Ctx& ctx, std::string_view what, std::span<const core::RateWindow> windows,
                     const char* message);
// Whether one more event for `what` and `key` (e.g. an e-mail address) stays within `windows`;
// if so, counts it. For what must be limited without telling the visitor (no mail bombing through
// a form that must not say whether an address is known). Only a hash of both is stored.
bool CountWithin(Ctx& ctx, std::string_view what, std::string_view key,
                 std::span<const core::RateWindow> windows);

}  // namespace koers::web
