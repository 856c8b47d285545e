#include "platform/web/auth/rate_limits.hpp"

#include <string>

#include "platform/core/common/errors.hpp"
#include "platform/storage/rate_repo.hpp"
#include "platform/web/auth/crypto.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/services.hpp"

namespace koers::web {

bool CountWithin(Ctx& ctx, std::string_view what, std::string_view key,
                 std::span<const core::RateWindow> windows) {
    const std::string bucket(what.substr(0, what.find(':')));
    const std::string subject = auth::HashToken(std::string(what) + "|" + std::string(key));
    const int64_t now = ctx.app.clock.Now();
    storage::RateRepo& rates = ctx.app.rates;
    if (core::RateExceeded(
            windows, [&](int64_t seconds) { return rates.Count(bucket, subject, now - seconds); }))
        return false;
    rates.Record(bucket, subject, now);
    return true;
}

void LimitPerAddress(Ctx& ctx, std::string_view what, std::span<const core::RateWindow> windows,
                     const char* message) {
    if (!CountWithin(ctx, what, ctx.req.remote_address, windows))
        throw core::TooManyRequests(message);
}

}  // namespace koers::web
