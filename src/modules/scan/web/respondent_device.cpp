#include "modules/scan/web/respondent_device.hpp"

#include <algorithm>
#include <vector>

#include "platform/core/records/fields.hpp"

namespace koers::web {
namespace {

constexpr std::string_view kStartedCookie = "koers_scan";
constexpr std::string_view kHandedInCookie = "koers_scan_ingeleverd";  // "12,31"
constexpr size_t kRememberedRounds = 20;
constexpr int64_t kRememberSeconds = int64_t{400} * 24 * 3600;

// The rounds handed in here, oldest first; anything that is not an id is dropped.
std::vector<std::string> HandedIn(const Ctx& ctx) {
    std::vector<std::string> out;
    for (auto& id : core::SplitChoices(Find(ctx.cookies, kHandedInCookie).value_or("")))
        if (out.size() < kRememberedRounds && ParsePositiveId(id)) out.push_back(std::move(id));
    return out;
}

}  // namespace

std::optional<std::string> StartedToken(const Ctx& ctx) {
    return Find(ctx.cookies, kStartedCookie);
}

void RememberStarted(Ctx& ctx, const std::string& token, int64_t keep_seconds) {
    ctx.set_cookies.push_back(CookieHeader(ctx.app, kStartedCookie, token, keep_seconds));
}

bool HandedInHere(const Ctx& ctx, int64_t round_id) {
    const auto rounds = HandedIn(ctx);
    return std::find(rounds.begin(), rounds.end(), std::to_string(round_id)) != rounds.end();
}

void RememberHandedIn(Ctx& ctx, int64_t round_id) {
    ctx.set_cookies.push_back(CookieHeader(ctx.app, kStartedCookie, "", 0));
    auto rounds = HandedIn(ctx);
    if (rounds.size() == kRememberedRounds) rounds.erase(rounds.begin());
    rounds.push_back(std::to_string(round_id));
    std::string list;
    for (const auto& id : rounds) list += (list.empty() ? "" : ",") + id;
    ctx.set_cookies.push_back(CookieHeader(ctx.app, kHandedInCookie, list, kRememberSeconds));
}

}  // namespace koers::web
