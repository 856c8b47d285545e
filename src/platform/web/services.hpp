#pragma once
// Everything a request handler may use, built once by the composition root (src/app) and
// shared by all threads. Holds no per-request state, and no state another koers process
// would miss: sessions, throttles and the outbox live in the database.
//
// The parts are only declared here: a handler includes the header of each part it uses, so a
// change to one repository recompiles the files that use it, not every page (services.cpp owns
// and builds them).
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "platform/core/account/identity_provider.hpp"
#include "platform/core/common/environment.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/web/module.hpp"

namespace koers::storage {
class OrgRepo;
class UserRepo;
class AuthRepo;
class OutboxRepo;
class AuditRepo;
class RateRepo;
class StudentRepo;
}  // namespace koers::storage

namespace koers::web {

class Assets;
class Metrics;
class PageCache;
namespace auth {
class Accounts;
class Federation;
}  // namespace auth

struct WebConfig {
    bool demo = false;             // demo mode: the login page lists the demo accounts
    std::string demo_password;     // shown only in demo mode
    std::string public_url;        // e.g. "https://koers.example.nl"; used in e-mail links
    bool secure_cookies = true;    // Secure flag on cookies
    bool hsts = false;             // behind TLS: send Strict-Transport-Security
    bool smtp_configured = false;  // without SMTP the beheerder reads the outbox
    std::string metrics_token;     // a scraper sends "Authorization: Bearer <token>" for /metrics
    // The federations (OpenID providers) Koers is registered with: sign-in buttons.
    std::vector<core::IdentityProvider> identity_providers;
};

// What the modules build at start (Module::build): their repositories and services, one object
// of each type, found by type. A module reads its own through one accessor of its own, e.g.
// ScanOf(ctx); the platform never looks inside.
class ModuleParts {
public:
    ModuleParts() = default;
    ModuleParts(const ModuleParts&) = delete;
    ModuleParts& operator=(const ModuleParts&) = delete;
    ~ModuleParts() {
        while (!parts_.empty()) parts_.pop_back();  // the last built first: it may use earlier ones
    }

    template <class T, class... Args>
    T& Add(Args&&... args) {
        if (Find(&kKey<T>)) throw std::logic_error("a module part is added twice");
        auto part = std::make_shared<T>(std::forward<Args>(args)...);
        parts_.emplace_back(&kKey<T>, part);
        return *part;
    }
    template <class T>
    T& Get() const {
        if (void* part = Find(&kKey<T>)) return *static_cast<T*>(part);
        throw std::logic_error("a module part is used but its module is not composed");
    }

private:
    template <class T>
    static constexpr char kKey = 0;  // one address per type: the type's key
    void* Find(const void* key) const {
        for (const auto& [k, part] : parts_)
            if (k == key) return part.get();
        return nullptr;
    }
    std::vector<std::pair<const void*, std::shared_ptr<void>>> parts_;
};

struct Services {
    // Builds the platform's parts, then each module's (in the order given).
    Services(storage::Database& database, core::Clock& clk, core::Random& rnd, const Assets& a,
             WebConfig cfg, std::span<const Module> modules);
    ~Services();
    Services(const Services&) = delete;
    Services& operator=(const Services&) = delete;

private:
    struct Platform;
    std::unique_ptr<Platform> platform_;  // owns the platform's parts that are not passed in

public:
    storage::Database& db;
    core::Clock& clock;
    core::Random& random;
    const Assets& assets;
    const WebConfig config;
    Metrics& metrics;
    PageCache& published;  // pages every anonymous reader gets the same, kept a second
    storage::OrgRepo& orgs;
    storage::UserRepo& users;
    storage::AuthRepo& auth;
    storage::OutboxRepo& outbox;
    storage::AuditRepo& audit;
    storage::RateRepo& rates;
    storage::StudentRepo& students;
    auth::Accounts& accounts;
    auth::Federation& federation;  // signing in through SURFconext, Entree (OpenID Connect)
    const std::span<const Module> modules;  // the composed capabilities, in order
    ModuleParts parts;                      // what they built
};

}  // namespace koers::web
