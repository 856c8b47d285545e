#include "platform/web/services.hpp"

#include "platform/storage/auth_repo.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/storage/rate_repo.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "platform/web/auth/accounts.hpp"
#include "platform/web/auth/federation.hpp"
#include "platform/web/http/metrics.hpp"
#include "platform/web/http/page_cache.hpp"
#include "platform/web/render/templates.hpp"

namespace koers::web {

// Declared in the order they are built: each part gets the ones before it.
struct Services::Platform {
    Platform(storage::Database& db, core::Clock& clock, core::Random& random,
             const WebConfig& config)
        : orgs(db, &clock),
          users(db),
          auth(db),
          outbox(db),
          audit(db),
          rates(db),
          students(db),
          accounts(db, users, auth, audit, clock, random, config.public_url),
          federation(db, users, audit, accounts, clock, random, config.identity_providers,
                     config.public_url) {}

    Metrics metrics;
    PageCache published;
    storage::OrgRepo orgs;
    storage::UserRepo users;
    storage::AuthRepo auth;
    storage::OutboxRepo outbox;
    storage::AuditRepo audit;
    storage::RateRepo rates;
    storage::StudentRepo students;
    auth::Accounts accounts;
    auth::Federation federation;
};

Services::Services(storage::Database& database, core::Clock& clk, core::Random& rnd,
                   const Assets& a, WebConfig cfg, std::span<const Module> mods)
    : platform_(std::make_unique<Platform>(database, clk, rnd, cfg)),
      db(database),
      clock(clk),
      random(rnd),
      assets(a),
      config(std::move(cfg)),
      metrics(platform_->metrics),
      published(platform_->published),
      orgs(platform_->orgs),
      users(platform_->users),
      auth(platform_->auth),
      outbox(platform_->outbox),
      audit(platform_->audit),
      rates(platform_->rates),
      students(platform_->students),
      accounts(platform_->accounts),
      federation(platform_->federation),
      modules(mods) {
    for (const Module& m : modules) {
        if (m.templates) Templates::Add(m.templates);
        if (m.build) m.build(*this);
    }
}

Services::~Services() = default;

}  // namespace koers::web
