#pragma once
// What the benchmark programs that go through Koers's router share: the application as `koers
// serve` builds it (every module, the real stylesheet and templates) without a socket, a
// session for a benchmark account, and a signed-in GET as the router receives it.
#include <cstdint>
#include <string>

#include "app/modules.hpp"
#include "platform/storage/auth_repo.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/web/auth/crypto.hpp"
#include "platform/web/http/assets.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/pages/routes.hpp"
#include "platform/web/services.hpp"

namespace koers::bench {

struct BenchApp {
    BenchApp(storage::Database& db, core::Clock& clock)
        : assets(std::string(KOERS_SOURCE_DIR) + "/static",
                 std::string(KOERS_SOURCE_DIR) + "/node_modules", web::MarkupOf(app::Modules())),
          config(Config()),
          services(db, clock, random, assets, config, app::Modules()),
          router(services) {
        web::RegisterRoutes(router);
    }

    web::auth::SodiumRandom random;
    web::Assets assets;
    web::WebConfig config;
    web::Services services;
    web::Router router;

private:
    static web::WebConfig Config() {
        web::WebConfig c;
        c.public_url = "http://koers.bench";
        return c;
    }
};

// A session of `user` whose cookie value is `token`.
inline std::string BenchSession(storage::Database& db, int64_t user, const std::string& token,
                                int64_t now) {
    storage::AuthRepo(db).CreateSession(
        {web::auth::HashToken(token), user, "csrf-bench-token-0123", now, now});
    return token;
}

// A GET of `target` with the session cookie `session`.
inline web::Request SignedInGet(const std::string& target, const std::string& session) {
    web::Request req;
    req.method = "GET";
    req.target = target;
    req.headers = {{"cookie", std::string(web::kSessionCookie) + "=" + session}};
    req.remote_address = "127.0.0.1";
    req.request_id = "bench";
    return req;
}

}  // namespace koers::bench
