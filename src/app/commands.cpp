#include "app/commands.hpp"

#include <spdlog/spdlog.h>

#include <array>
#include <filesystem>
#include <iostream>
#include <thread>

#include "app/demo_seed.hpp"
#include "app/log_output.hpp"
#include "app/modules.hpp"
#include "app/options.hpp"
#include "platform/core/account/password_policy.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/core/common/rate_limit.hpp"
#include "platform/core/common/validation.hpp"
#include "platform/core/demo/demo_data.hpp"
#include "platform/core/records/fields.hpp"
#include "platform/storage/migrations.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/storage/rate_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "platform/web/auth/accounts.hpp"
#include "platform/web/auth/crypto.hpp"
#include "platform/web/auth/federation.hpp"
#include "platform/web/auth/oidc_provider.hpp"
#include "platform/web/http/assets.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/http/server.hpp"
#include "platform/web/jobs/periodic_thread.hpp"
#include "platform/web/mail/smtp_sender.hpp"
#include "platform/web/pages/routes.hpp"
#include "platform/web/render/templates.hpp"
#include "platform/web/services.hpp"

namespace koers::app {
namespace {

class SystemClock final : public core::Clock {
public:
    int64_t Now() const override { return NowMillis() / 1000; }
    int64_t NowMillis() const override {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
    }
};

constexpr OptionSpec kDbOptions[] = {
    {"data-dir", "KOERS_DATA_DIR", true, "map voor de gegevens (standaard ./data)"},
    {"database", "KOERS_DATABASE", true,
     "postgresql://... of een SQLite-bestand (standaard DATA_DIR/koers.db)"},
};

constexpr OptionSpec kServeOptions[] = {
    kDbOptions[0],
    kDbOptions[1],
    {"port", "KOERS_PORT", true, "poort (standaard 8080; 0 kiest een vrije poort)"},
    {"bind", "KOERS_BIND", true, "adres om op te luisteren (standaard 127.0.0.1)"},
    {"threads", "KOERS_THREADS", true, "aantal threads (standaard één per processorkern)"},
    {"read-timeout", "KOERS_READ_TIMEOUT", true,
     "seconden om een verzoek binnen te krijgen of te versturen (standaard 30)"},
    {"demo", "KOERS_DEMO", false, "demomodus: vul een lege database met demogegevens"},
    {"public-url", "KOERS_PUBLIC_URL", true,
     "adres waarop gebruikers Koers bereiken, voor links in e-mails"},
    {"assets-dir", "KOERS_ASSETS_DIR", true, "map met static/ en node_modules/ (ontwikkeling)"},
    {"smtp-url", "KOERS_SMTP_URL", true, "SMTP-server, bijv. smtp://mail.school.nl:587"},
    {"smtp-user", "KOERS_SMTP_USER", true, "SMTP-gebruikersnaam"},
    {"smtp-password", "KOERS_SMTP_PASSWORD", true, "SMTP-wachtwoord"},
    {"smtp-from", "KOERS_SMTP_FROM", true, "afzenderadres van e-mails"},
    {"trusted-proxy", "KOERS_TRUSTED_PROXIES", true,
     "adressen van reverse proxies (komma's ertussen) waarvan X-Forwarded-For geloofd wordt"},
    {"metrics-token", "KOERS_METRICS_TOKEN", true,
     "geheim waarmee Prometheus /metrics ophaalt (Authorization: Bearer ...)"},
    {"federations", "KOERS_FEDERATIONS", true,
     "JSON-bestand met de federaties (SURFconext, Entree) waarmee ingelogd kan worden"},
};

int UsageError(const std::string& line) {
    std::cerr << "koers: " << line << " (zie --help)\n";
    return 2;
}

std::optional<int64_t> ToInt(const std::string& s, int64_t min, int64_t max) {
    return core::ParseInt(s, min, max);
}

// The database URL from --database or --data-dir; creates the data folder for SQLite.
std::string DatabaseUrl(const ParsedOptions& o) {
    if (auto db = o.Get("database")) return *db;
    std::filesystem::path dir = o.Get("data-dir").value_or("data");
    std::filesystem::create_directories(dir);
    return (dir / "koers.db").string();
}

std::unique_ptr<storage::Database> OpenMigrated(const std::string& url, int pool,
                                                const core::Clock& clock) {
    auto db = storage::OpenDatabase(url, pool);
    if (int applied = UpgradeSchema(*db, clock.Now()); applied > 0)
        spdlog::info("{} migratie(s) toegepast", applied);
    return db;
}

}  // namespace

int Serve(std::span<const std::string> args) {
    ParsedOptions o;
    if (auto err = ParseOptions(kServeOptions, args, o)) return UsageError(*err);
    if (o.help) {
        std::cout << OptionsHelp("koers serve [opties]", kServeOptions);
        return 0;
    }
    UseServerLogOutput();
    web::ServerOptions so;
    so.bind = o.Get("bind").value_or("127.0.0.1");
    if (auto p = o.Get("port")) {
        auto port = ToInt(*p, 0, 65535);
        if (!port) return UsageError("--port moet een getal van 0 tot en met 65535 zijn");
        so.port = static_cast<uint16_t>(*port);
    }
    if (auto t = o.Get("threads")) {
        auto n = ToInt(*t, 1, 256);
        if (!n) return UsageError("--threads moet een getal van 1 tot en met 256 zijn");
        so.threads = static_cast<int>(*n);
    }
    for (const auto& proxy : core::SplitChoices(o.Get("trusted-proxy").value_or("")))
        if (auto address = core::Trim(proxy); !address.empty())
            so.trusted_proxies.push_back(std::move(address));
    if (auto t = o.Get("read-timeout")) {
        auto n = ToInt(*t, 1, 3600);
        if (!n) return UsageError("--read-timeout moet een getal van 1 tot en met 3600 zijn");
        so.read_timeout_seconds = static_cast<int>(*n);
    }
    std::string public_url = o.Get("public-url").value_or("");
    if (!public_url.empty() && public_url.rfind("http://", 0) != 0 &&
        public_url.rfind("https://", 0) != 0)
        return UsageError("--public-url moet met http:// of https:// beginnen");
    while (!public_url.empty() && public_url.back() == '/') public_url.pop_back();

    SystemClock clock;
    web::auth::SodiumRandom random;
    std::string assets_root = o.Get("assets-dir").value_or("");
    std::string static_dir, modules_dir;
    if (assets_root.empty()) {
        std::string def = KOERS_DEFAULT_ASSETS_DIR;  // "static:node_modules" of the source tree
        static_dir = def.substr(0, def.find(':'));
        modules_dir = def.substr(def.find(':') + 1);
    } else {
        static_dir = assets_root + "/static";
        modules_dir = assets_root + "/node_modules";
    }
    try {
        web::auth::InitCrypto();
        web::Templates::Check();
        web::Assets assets(static_dir, modules_dir, web::MarkupOf(Modules()));
        const int cores = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
        const int threads = so.threads > 0 ? so.threads : cores;
        // Handlers run on their own pool (four per I/O thread); each may hold a connection.
        so.handler_threads = 4 * threads;
        auto db = OpenMigrated(DatabaseUrl(o), so.handler_threads + 2, clock);
        const bool demo = o.Has("demo");
        if (demo && SeedDemoData(*db, clock.Now())) spdlog::info("demogegevens geladen");

        web::WebConfig config;
        config.demo = demo;
        config.demo_password = demo ? std::string(core::kDemoPassword) : "";
        const bool loopback = so.bind == "127.0.0.1" || so.bind == "::1" || so.bind == "localhost";
        config.secure_cookies = public_url.rfind("https://", 0) == 0 || loopback;
        config.hsts = public_url.rfind("https://", 0) == 0;
        web::SmtpSettings smtp{o.Get("smtp-url").value_or(""), o.Get("smtp-user").value_or(""),
                               o.Get("smtp-password").value_or(""),
                               o.Get("smtp-from").value_or("")};
        config.smtp_configured = !smtp.url.empty();
        config.metrics_token = o.Get("metrics-token").value_or("");
        if (auto file = o.Get("federations"))
            config.identity_providers = web::auth::ReadProviderFile(*file);
        if (config.smtp_configured && smtp.from.empty())
            return UsageError("--smtp-from is nodig als --smtp-url is ingesteld");

        web::HttpServer server(so);
        config.public_url = public_url.empty()
                                ? "http://" + so.bind + ":" + std::to_string(server.port())
                                : public_url;
        web::Services services(*db, clock, random, assets, config, Modules());
        web::PeriodicThread cleanup("opruimen", std::chrono::minutes(10), [&] {
            services.accounts.PruneExpired();
            services.federation.Prune();
            services.rates.Prune(clock.Now() - core::kLongestRateWindow);
            services.audit.Prune(clock.Now());
            web::PruneOutbox(services.outbox, clock);
            for (const auto& module : services.modules)
                if (module.housekeeping) module.housekeeping(services);
        });
        web::PeriodicThread background("achtergrond", std::chrono::seconds(5), [&] {
            for (const auto& module : services.modules)
                if (module.background) module.background(services);
        });
        std::optional<web::PeriodicThread> mailer;
        if (config.smtp_configured)
            mailer.emplace("e-mail", std::chrono::seconds(5),
                           [&] { web::DeliverOutbox(services.outbox, clock, smtp); });
        web::Router router(services);
        web::RegisterRoutes(router);
        // One piece, after the log's queued lines: a log line written between the parts of this
        // one split it, and whoever waits for the address (the tests, a supervisor) missed it.
        FlushLog();
        std::cout << ("Koers luistert op http://" + so.bind + ":" + std::to_string(server.port()) +
                      " (" + std::string(db->Kind()) + (demo ? ", demo" : "") + ")\n")
                  << std::flush;
        server.Run([&](const web::Request& req) { return router.Handle(req); },
                   [](const web::Request& req, const web::Response& res, double seconds) {
                       spdlog::info("{} {} \"{} {}\" {} {} {:.2f}ms", req.request_id,
                                    req.remote_address, req.method, res.log_target.substr(0, 200),
                                    res.status, res.BodySize(), seconds * 1000);
                   },
                   {[&](std::string_view method, std::string_view target) {
                        return router.AcceptsUpload(method, target);
                    },
                    &web::Router::AnsweredFromMemory});
        spdlog::info("Koers is gestopt");
        FlushLog();
        return 0;
    } catch (const std::exception& e) {
        FlushLog();
        std::cerr << "koers: " << e.what() << "\n";
        return 1;
    }
}

int Migrate(std::span<const std::string> args) {
    ParsedOptions o;
    if (auto err = ParseOptions(kDbOptions, args, o)) return UsageError(*err);
    if (o.help) {
        std::cout << OptionsHelp("koers migrate [opties]", kDbOptions);
        return 0;
    }
    SystemClock clock;
    try {
        auto db = storage::OpenDatabase(DatabaseUrl(o), 1);
        const int applied = UpgradeSchema(*db, clock.Now());
        std::cout << applied << " migratie(s) toegepast; schema: "
                  << storage::Describe(storage::CurrentSchema(*db, web::SchemaOf(Modules())))
                  << "\n";
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "koers: " << e.what() << "\n";
        return 1;
    }
}

int UserAdd(std::span<const std::string> args) {
    static constexpr OptionSpec kSpecs[] = {
        kDbOptions[0],
        kDbOptions[1],
        {"email", "", true, "e-mailadres"},
        {"name", "", true, "naam"},
        {"role", "", true, "rol, bijv. beheerder, schoolleider, decaan, mentor"},
        {"school", "", true, "BRIN-code van de school (voor schoolrollen)"},
        {"region", "", true, "naam van de regio (voor de regiocoördinator)"},
    };
    ParsedOptions o;
    if (auto err = ParseOptions(kSpecs, args, o)) return UsageError(*err);
    if (o.help) {
        std::cout << OptionsHelp(
            "koers user add --email E --name N --role R [opties]  "
            "(wachtwoord via standaardinvoer)",
            kSpecs);
        return 0;
    }
    std::string email = core::AsciiLower(o.Get("email").value_or(""));
    std::string name = o.Get("name").value_or("");
    if (!core::LooksLikeEmail(email)) return UsageError("--email is geen geldig e-mailadres");
    if (name.empty()) return UsageError("--name ontbreekt");
    auto role = core::RoleFromCode(o.Get("role").value_or(""));
    if (!role) return UsageError("--role is geen bekende rol");
    std::string password;
    if (!std::getline(std::cin, password))
        return UsageError("geef het wachtwoord via standaardinvoer");
    if (auto e = core::CheckNewPassword(password, email, name)) return UsageError(*e);
    SystemClock clock;
    try {
        web::auth::InitCrypto();
        auto db = OpenMigrated(DatabaseUrl(o), 1, clock);
        storage::OrgRepo orgs(*db);
        std::optional<int64_t> school, region;
        if (core::RoleReach(*role) == core::Reach::kSchool) {
            for (const auto& s : orgs.Schools())
                if (s.brin == o.Get("school").value_or("")) school = s.id;
            if (!school) return UsageError("--school: geen school met die BRIN-code");
        } else if (core::RoleReach(*role) == core::Reach::kRegion) {
            for (const auto& r : orgs.Regions())
                if (r.name == o.Get("region").value_or("")) region = r.id;
            if (!region) return UsageError("--region: geen regio met die naam");
        }
        storage::UserRepo users(*db);
        int64_t id = users.Add(email, name, web::auth::HashPassword(password), clock.Now());
        users.AddMembership(id, *role, school, region, clock.Now());
        std::cout << "Gebruiker " << email << " toegevoegd als " << core::RoleLabel(*role) << "\n";
        return 0;
    } catch (const storage::ConstraintError&) {
        std::cerr << "koers: er bestaat al een gebruiker met dit e-mailadres\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "koers: " << e.what() << "\n";
        return 1;
    }
}

int Backup(std::span<const std::string> args) {
    ParsedOptions o;
    if (auto err = ParseOptions(kDbOptions, args, o)) return UsageError(*err);
    if (o.help || o.positional.size() != 1) {
        std::cout << OptionsHelp("koers backup BESTAND [opties]", kDbOptions);
        return o.help ? 0 : 2;
    }
    try {
        auto db = storage::OpenDatabase(DatabaseUrl(o), 1);
        db->Backup(o.positional[0]);
        std::cout << "Back-up geschreven naar " << o.positional[0] << "\n";
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "koers: " << e.what() << "\n";
        return 1;
    }
}

int Restore(std::span<const std::string> args) {
    ParsedOptions o;
    if (auto err = ParseOptions(kDbOptions, args, o)) return UsageError(*err);
    if (o.help || o.positional.size() != 1) {
        std::cout << OptionsHelp("koers restore BESTAND [opties]", kDbOptions)
                  << "\nStop Koers eerst: de database wordt in zijn geheel vervangen.\n";
        return o.help ? 0 : 2;
    }
    try {
        auto db = storage::OpenDatabase(DatabaseUrl(o), 1);
        db->Restore(o.positional[0]);
        std::cout << "Back-up " << o.positional[0] << " teruggezet\n";
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "koers: " << e.what() << "\n";
        return 1;
    }
}

}  // namespace koers::app
