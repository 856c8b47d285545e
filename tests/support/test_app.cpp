#include "support/test_app.hpp"

#include <gtest/gtest.h>
#include <sodium.h>

#include <filesystem>
#include <stdexcept>

#include "platform/storage/org_repo.hpp"
#include "platform/web/http/assets.hpp"

#include "app/demo_seed.hpp"
#include "app/modules.hpp"
#include "platform/core/demo/demo_data.hpp"
#include "platform/web/auth/crypto.hpp"
#include "platform/web/http/parse.hpp"
#include "platform/web/pages/routes.hpp"
#include "support/test_db.hpp"

namespace koers::testing {

std::string CountingRandom::Token(size_t bytes) {
    std::string t = "tok" + std::to_string(++n_);
    t.resize(std::max(bytes, t.size()), 'x');
    return t;
}

namespace {

// The files and the assembled stylesheet are the same for every app: read and made once.
const web::Assets& SharedAssets() {
    static const web::Assets assets(KOERS_SOURCE_DIR "/static", KOERS_SOURCE_DIR "/node_modules",
                                    web::MarkupOf(app::Modules()));
    return assets;
}

// The demo password hashed with Argon2id at its smallest cost: the same kind of hash as the real
// one, which VerifyPassword checks the same way, without the 64 MiB and the time each sign-in
// would cost (half of the handler tests' run time went to it).
const std::string& CheapDemoPasswordHash() {
    static const std::string hash = [] {
        char out[crypto_pwhash_STRBYTES];
        const std::string_view password = core::kDemoPassword;
        if (crypto_pwhash_str_alg(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_MIN,
                                  crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2ID13) != 0)
            throw std::runtime_error("kan het demowachtwoord niet hashen");
        return std::string(out);
    }();
    return hash;
}

// A migrated SQLite database with the demo world, made once per process: each TestApp starts
// from a copy of the file (migrating and seeding anew took a third of a handler test). Made with
// the same fixed clock as every TestApp, so a copy is what seeding would have given.
const std::string& SqliteDemoTemplate(int64_t now) {
    static const std::string path = [now] {
        const std::string p = NewSqlitePath();
        auto db = storage::OpenDatabase(p, 1);
        app::UpgradeSchema(*db, now);
        app::SeedDemoData(*db, now, CheapDemoPasswordHash());
        return p;  // closed here: the WAL is checkpointed into the one file
    }();
    return path;
}

}  // namespace

TestApp::TestApp(const std::string& kind, const std::function<void(web::WebConfig&)>& adjust) {
    web::auth::InitCrypto();
    if (kind == "sqlite") {
        const std::string copy = NewSqlitePath();
        std::filesystem::copy_file(SqliteDemoTemplate(clock_.Now()), copy);
        db_ = storage::OpenDatabase(copy, 4);
    } else {
        db_ = NewTestDatabase(kind);
        if (!db_) return;
        app::UpgradeSchema(*db_, clock_.Now());  // migrated already: the modules' preparation
        app::SeedDemoData(*db_, clock_.Now(), CheapDemoPasswordHash());
    }
    web::WebConfig config;
    config.demo = true;
    config.demo_password = "koers-demo-2026";
    config.public_url = "http://koers.test";
    if (adjust) adjust(config);
    services_ = std::make_unique<web::Services>(*db_, clock_, random_, SharedAssets(), config,
                                                app::Modules());
    router_ = std::make_unique<web::Router>(*services_);
    web::RegisterRoutes(*router_);
}

TestApp::~TestApp() = default;

web::Response TestApp::Handle(web::Request req) {
    if (req.remote_address.empty()) req.remote_address = "192.0.2.10";
    if (req.request_id.empty()) req.request_id = "test";
    return router_->Handle(req);
}

std::string Substitute(std::string pattern,
                       std::initializer_list<std::pair<std::string, std::string>> values) {
    for (const auto& [key, value] : values)
        for (size_t p; (p = pattern.find(key)) != std::string::npos;)
            pattern.replace(p, key.size(), value);
    return pattern;
}

std::string TestApp::PathOf(const std::string& pattern, int64_t school, int64_t region) {
    std::string path = Substitute(pattern, {
                                               {"{school}", std::to_string(school)},
                                               {"{region}", std::to_string(region)},
                                               {"{user}", "1"},
                                               // not user 1's: removing it answers 404
                                               {"{membership}", "2"},
                                               {"{team}", "1"},  // a team of 21VZ
                                               {"{aanbieder}", "surfconext"},
                                           });
    for (const web::Module& m : services_->modules)
        for (const auto& [key, value] : m.walk_ids)
            path = Substitute(path, {{std::string(key), std::string(value)}});
    EXPECT_EQ(path.find('{'), std::string::npos)
        << pattern << ": a placeholder no module gives a sample id for (Module::walk_ids)";
    return path;
}

int64_t TestApp::SchoolId(const std::string& brin) {
    for (const auto& s : services_->orgs.Schools())
        if (s.brin == brin) return s.id;
    return 0;
}

TableOffline::TableOffline(TestApp& app, std::string table) : app_(app), table_(std::move(table)) {
    app_.db().With([&](storage::Connection& c) {
        c.ExecScript("ALTER TABLE " + table_ + " RENAME TO " + table_ + "_offline");
    });
}

TableOffline::~TableOffline() {
    app_.db().With([&](storage::Connection& c) {
        c.ExecScript("ALTER TABLE " + table_ + "_offline RENAME TO " + table_);
    });
}

std::string CsrfFrom(const std::string& html) {
    const std::string key = "name=\"_csrf\" value=\"";
    auto pos = html.find(key);
    if (pos == std::string::npos) return "";
    pos += key.size();
    return html.substr(pos, html.find('"', pos) - pos);
}

std::string HrefWith(const std::string& html, std::string_view part) {
    const size_t at = html.find(part);
    if (at == std::string::npos) return "";
    const size_t start = html.rfind("href=\"", at);
    if (start == std::string::npos) return "";
    std::string link = html.substr(start + 6, html.find('"', start + 6) - start - 6);
    for (size_t amp; (amp = link.find("&amp;")) != std::string::npos;) link.replace(amp, 5, "&");
    return link;
}

web::Response Browser::Send(web::Request req) {
    std::string cookie;
    for (const auto& [k, v] : cookies_) cookie += (cookie.empty() ? "" : "; ") + k + "=" + v;
    if (!cookie.empty()) req.headers.emplace_back("cookie", cookie);
    if (req.remote_address.empty()) req.remote_address = address_;
    auto res = app_.Handle(std::move(req));
    for (const auto& [k, v] : res.headers) {
        if (k != "Set-Cookie") continue;
        auto eq = v.find('='), semi = v.find(';');
        std::string name = v.substr(0, eq), value = v.substr(eq + 1, semi - eq - 1);
        if (v.find("Max-Age=0") != std::string::npos)
            cookies_.erase(name);
        else
            cookies_[name] = value;
    }
    if (std::string token = CsrfFrom(res.body); !token.empty()) csrf_ = token;
    return res;
}

web::Response Browser::Get(const std::string& target) {
    web::Request req;
    req.method = "GET";
    req.target = target;
    return Send(std::move(req));
}

web::Response Browser::Post(const std::string& target, web::Pairs fields, bool with_csrf) {
    if (with_csrf) fields.emplace_back("_csrf", csrf());
    std::string body;
    for (const auto& [k, v] : fields)
        body += (body.empty() ? "" : "&") + web::UrlEncode(k) + "=" + web::UrlEncode(v);
    web::Request req;
    req.method = "POST";
    req.target = target;
    req.headers.emplace_back("content-type", "application/x-www-form-urlencoded");
    req.body = body;
    return Send(std::move(req));
}

web::Response Browser::Upload(const std::string& target, const std::string& name,
                              const std::string& filename, const std::string& bytes,
                              const web::Pairs& fields) {
    const std::string boundary = "----koers-test-grens";
    std::string body =
        "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf();
    for (const auto& [field, value] : fields)
        body += "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field +
                "\"\r\n\r\n" + value;
    body += "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name +
            "\"; filename=\"" + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" +
            bytes + "\r\n--" + boundary + "--\r\n";
    web::Request req;
    req.method = "POST";
    req.target = target;
    req.headers.emplace_back("content-type", "multipart/form-data; boundary=" + boundary);
    req.body = std::move(body);
    return Send(std::move(req));
}

std::string Browser::csrf() {
    if (csrf_.empty()) Get("/inloggen");
    return csrf_;
}

bool Browser::SignIn(const std::string& email, const std::string& password) {
    Get("/inloggen");
    auto res = Post("/inloggen", {{"email", email}, {"password", password}});
    if (res.status != 303) return false;
    Get("/dashboard");  // picks up the session's CSRF token
    return true;
}

std::vector<std::string> ErrorLinksNowhere(const std::string& html) {
    std::vector<std::string> nowhere;
    const size_t start = html.find("utrecht-alert--error");
    if (start == std::string::npos) return nowhere;
    const size_t end = html.find("</div>", start);
    const std::string marker = "href=\"#";
    for (size_t p = html.find(marker, start); p != std::string::npos && p < end;
         p = html.find(marker, p + 1)) {
        const size_t from = p + marker.size();
        const std::string id = html.substr(from, html.find('"', from) - from);
        if (!Contains(html, "id=\"" + id + "\"")) nowhere.push_back(id);
    }
    return nowhere;
}

}  // namespace koers::testing
