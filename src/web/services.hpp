#pragma once
// Everything a request handler may use, built once by the composition root (src/app) and
// shared by all threads. Holds no per-request state, and no state another koers process
// would miss: sessions, throttles and the outbox live in the database.
#include <string>

#include "core/common/environment.hpp"
#include "storage/db/database.hpp"
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
#include "web/http/assets.hpp"
#include "web/http/metrics.hpp"
#include "web/scan/scan_service.hpp"

namespace koers::web {

struct WebConfig {
    bool demo = false;             // demo mode: the login page lists the demo accounts
    std::string demo_password;     // shown only in demo mode
    std::string public_url;        // e.g. "https://koers.example.nl"; used in e-mail links
    bool secure_cookies = true;    // Secure flag on cookies
    bool hsts = false;             // behind TLS: send Strict-Transport-Security
    bool smtp_configured = false;  // without SMTP the beheerder reads the outbox
};

struct Services {
    Services(storage::Database& database, core::Clock& clk, core::Random& rnd, const Assets& a,
             WebConfig cfg)
        : db(database),
          clock(clk),
          random(rnd),
          assets(a),
          config(std::move(cfg)),
          orgs(database),
          users(database),
          auth(database),
          outbox(database),
          audit(database),
          accounts(users, auth, outbox, audit, clk, rnd, config.public_url),
          content(database),
          taxonomy(database),
          catalog(content, taxonomy, clk, stemmer),
          scans(database),
          scan(scans, orgs),
          quality(database) {}

    storage::Database& db;
    core::Clock& clock;
    core::Random& random;
    const Assets& assets;
    const WebConfig config;
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
    Catalog catalog;  // published content, searchable
    storage::ScanRepo scans;
    ScanService scan;              // LOB-scan instruments, results and closing
    storage::QualityRepo quality;  // the kwaliteitscyclus: visie, beleid, werkplannen, ...
};

}  // namespace koers::web
