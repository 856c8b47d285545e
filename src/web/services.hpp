#pragma once
// Everything a request handler may use, built once by the composition root (src/app) and
// shared by all threads. Holds no per-request state, and no state another koers process
// would miss: sessions, throttles and the outbox live in the database.
//
// The parts are only declared here: a handler includes the header of each part it uses, so a
// change to one repository recompiles the files that use it, not every page (services.cpp owns
// and builds them).
#include <memory>
#include <string>

#include "core/common/environment.hpp"
#include "storage/db/database.hpp"

namespace koers::storage {
class OrgRepo;
class UserRepo;
class AuthRepo;
class OutboxRepo;
class AuditRepo;
class ContentRepo;
class TaxonomyRepo;
class ScanRepo;
class QualityRepo;
}  // namespace koers::storage

namespace koers::web {

class Assets;
class Metrics;
class SnowballDutch;
class Catalog;
class ScanService;
namespace auth {
class Accounts;
}

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
             WebConfig cfg);
    ~Services();
    Services(const Services&) = delete;
    Services& operator=(const Services&) = delete;

private:
    struct Parts;
    std::unique_ptr<Parts> parts_;  // owns everything below that is not passed in

public:
    storage::Database& db;
    core::Clock& clock;
    core::Random& random;
    const Assets& assets;
    const WebConfig config;
    Metrics& metrics;
    storage::OrgRepo& orgs;
    storage::UserRepo& users;
    storage::AuthRepo& auth;
    storage::OutboxRepo& outbox;
    storage::AuditRepo& audit;
    auth::Accounts& accounts;
    storage::ContentRepo& content;
    storage::TaxonomyRepo& taxonomy;
    SnowballDutch& stemmer;
    Catalog& catalog;  // published content, searchable
    storage::ScanRepo& scans;
    ScanService& scan;              // LOB-scan instruments, results and closing
    storage::QualityRepo& quality;  // the kwaliteitscyclus: visie, beleid, werkplannen, ...
};

}  // namespace koers::web
