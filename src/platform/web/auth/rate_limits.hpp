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

}  // namespace koers::web
