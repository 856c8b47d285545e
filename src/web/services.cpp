#include "web/services.hpp"

#include "storage/repos/auth_repo.hpp"
#include "storage/repos/content_repo.hpp"
#include "storage/repos/org_repo.hpp"
#include "storage/repos/outbox_repo.hpp"
#include "storage/repos/quality_repo.hpp"
#include "storage/repos/scan_repo.hpp"
#include "storage/repos/taxonomy_repo.hpp"
#include "storage/repos/user_repo.hpp"
#include "web/auth/accounts.hpp"
#include "web/content/catalog.hpp"
#include "web/content/snowball_stemmer.hpp"
#include "web/http/metrics.hpp"
#include "web/scan/scan_service.hpp"

namespace koers::web {

// Declared in the order they are built: each part gets the ones before it.
struct Services::Parts {
    Parts(storage::Database& db, core::Clock& clock, core::Random& random,
          const std::string& public_url)
        : orgs(db),
          users(db),
          auth(db),
          outbox(db),
          audit(db),
          accounts(users, auth, outbox, audit, clock, random, public_url),
          content(db),
          taxonomy(db),
          catalog(content, taxonomy, clock, stemmer),
          scans(db),
          scan(scans, orgs),
          quality(db) {}

    Metrics metrics;
    storage::OrgRepo orgs;
    storage::UserRepo users;
    storage::AuthRepo auth;
    storage::OutboxRepo outbox;
    storage::AuditRepo audit;
    auth::Accounts accounts;
    storage::ContentRepo content;
    storage::TaxonomyRepo taxonomy;
    SnowballDutch stemmer;
    Catalog catalog;
    storage::ScanRepo scans;
    ScanService scan;
    storage::QualityRepo quality;
};

Services::Services(storage::Database& database, core::Clock& clk, core::Random& rnd,
                   const Assets& a, WebConfig cfg)
    : parts_(std::make_unique<Parts>(database, clk, rnd, cfg.public_url)),
      db(database),
      clock(clk),
      random(rnd),
      assets(a),
      config(std::move(cfg)),
      metrics(parts_->metrics),
      orgs(parts_->orgs),
      users(parts_->users),
      auth(parts_->auth),
      outbox(parts_->outbox),
      audit(parts_->audit),
      accounts(parts_->accounts),
      content(parts_->content),
      taxonomy(parts_->taxonomy),
      stemmer(parts_->stemmer),
      catalog(parts_->catalog),
      scans(parts_->scans),
      scan(parts_->scan),
      quality(parts_->quality) {}

Services::~Services() = default;

}  // namespace koers::web
