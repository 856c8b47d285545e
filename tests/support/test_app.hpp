#pragma once
// A complete Koers application without a socket, for handler tests: a fresh database with the
// demo data, a manual clock, the real router with every route. Requests go straight to
// Router::Handle. A Browser keeps cookies and the CSRF token like a real one.
#include <atomic>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/common/environment.hpp"
#include "platform/web/http/router.hpp"
#include "platform/web/services.hpp"

namespace koers::testing {

class CountingRandom final : public core::Random {
public:
    std::string Token(size_t bytes) override;

private:
    std::atomic<int> n_{0};
};

// `pattern` with every "{key}" of `values` replaced.
std::string Substitute(std::string pattern,
                       std::initializer_list<std::pair<std::string, std::string>> values);

class TestApp {
public:
    // `adjust` may change the configuration (demo mode on by default).
    explicit TestApp(const std::string& kind = "sqlite",
                     const std::function<void(web::WebConfig&)>& adjust = nullptr);
    ~TestApp();
    bool available() const { return db_ != nullptr; }
    web::Response Handle(web::Request req);
    web::Services& services() { return *services_; }
    core::ManualClock& clock() { return clock_; }
    storage::Database& db() { return *db_; }
    const std::vector<web::Route>& routes() const { return router_->routes(); }
    const web::Router& router() const { return *router_; }
    web::Router& router() { return *router_; }
    // Id of a demo school by BRIN code.
    int64_t SchoolId(const std::string& brin);
    // A route's pattern aimed at `school` and `region`, with the platform's sample ids and
    // each module's (Module::walk_ids) for the other placeholders; a placeholder nobody fills
    // fails the test.
    std::string PathOf(const std::string& pattern, int64_t school, int64_t region);

private:
    core::ManualClock clock_{1'790'000'000};
    CountingRandom random_;
    std::unique_ptr<storage::Database> db_;
    std::unique_ptr<web::Services> services_;
    std::unique_ptr<web::Router> router_;
};

// Takes a table out of reach while it lives (renames it and back), so a test can make a write
// fail halfway and prove that the writes before it were undone.
class TableOffline {
public:
    TableOffline(TestApp& app, std::string table);
    ~TableOffline();
    TableOffline(const TableOffline&) = delete;
    TableOffline& operator=(const TableOffline&) = delete;

private:
    TestApp& app_;
    std::string table_;
};

class Browser {
public:
    // `address` is the client address the requests come from.
    explicit Browser(TestApp& app, std::string address = "192.0.2.10")
        : app_(app), address_(std::move(address)) {}
    web::Response Get(const std::string& target);
    // Posts a form; adds the CSRF token of the current session unless `with_csrf` is false.
    web::Response Post(const std::string& target, web::Pairs fields, bool with_csrf = true);
    // Posts one file as multipart/form-data (field `name`), with the CSRF token and `fields`.
    web::Response Upload(const std::string& target, const std::string& name,
                         const std::string& filename, const std::string& bytes,
                         const web::Pairs& fields = {});
    // Signs in with the demo password; returns whether it worked.
    bool SignIn(const std::string& email, const std::string& password = "koers-demo-2026");
    std::string csrf();
    // Sends any request with this browser's cookies (and keeps the ones it gets back).
    web::Response Send(web::Request req);

private:
    TestApp& app_;
    std::string address_;
    std::map<std::string, std::string> cookies_;
    std::string csrf_;
};

inline bool Contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

// The to-do lists (`<ul class="koers-todos">`) of a dashboard page, one per line.
inline std::string TodoLists(const std::string& page) {
    std::string out;
    for (size_t at = 0; (at = page.find("<ul class=\"koers-todos\"", at)) != std::string::npos;) {
        const size_t end = page.find("</ul>", at);
        out += page.substr(at, end - at) + "\n";
        at = end;
    }
    return out;
}

// The targets of a page's error summary (form_errors: `href="#x"`) that no element of the page
// has as its id: a link there goes nowhere. Empty when every error link lands on its field.
std::vector<std::string> ErrorLinksNowhere(const std::string& html);

// The value of the first `name="_csrf" value="..."` in a page.
std::string CsrfFrom(const std::string& html);

// The first link of a page whose href holds `part`, as a browser follows it ("&amp;" read as
// "&"); "" when there is none.
std::string HrefWith(const std::string& html, std::string_view part);

}  // namespace koers::testing
