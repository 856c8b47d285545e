#pragma once
// What this browser remembers of the LOB-scan, in two cookies: the response it started through an
// open link (so the link continues it instead of starting a second) and the rounds it handed in
// for (so the link does not start another: everyone with the link answers once, per device).
#include <cstdint>
#include <optional>
#include <string>

#include "platform/web/http/router.hpp"

namespace koers::web {

// The token of the response this browser started (unchecked: the caller validates it).
std::optional<std::string> StartedToken(const Ctx& ctx);
void RememberStarted(Ctx& ctx, const std::string& token, int64_t keep_seconds);

bool HandedInHere(const Ctx& ctx, int64_t round_id);
// Forgets the started response and remembers `round_id` as handed in.
void RememberHandedIn(Ctx& ctx, int64_t round_id);

}  // namespace koers::web
