// Router rules that hold for every route: headers, error mapping, methods, configuration.
#include <gtest/gtest.h>

#include "platform/storage/outbox_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Contains;
using testing::TestApp;

TEST(Router, SecurityHeadersOnEveryKindOfResponse) {
    TestApp app;
    Browser b(app);
    for (const std::string path : {"/", "/bestaat-niet", "/healthz", "/dashboard"}) {
        auto res = b.Get(path);
        SCOPED_TRACE(path);
        EXPECT_TRUE(Contains(std::string(res.Header("Content-Security-Policy").value_or("")),
                             "frame-ancestors 'none'"));
        EXPECT_EQ(res.Header("X-Content-Type-Options"), "nosniff");
        EXPECT_EQ(res.Header("Referrer-Policy"), "same-origin");
        EXPECT_FALSE(res.Header("Strict-Transport-Security").has_value());
    }
}

TEST(Router, AFormWithTooManyFieldsIsRefusedBeforeAnyHandlerReadsIt) {
    TestApp app;
    Browser b(app);
    b.Get("/inloggen");
    Pairs fields = {{"email", "decaan@demo.koers.nl"}, {"password", "fout"}};
    // What 1 MB of form body holds: enough to keep a handler that looks fields up busy for long.
    for (int i = 0; i < 87000; ++i) fields.emplace_back("a_" + std::to_string(i), "1");
    auto res = b.Post("/inloggen", fields);
    EXPECT_EQ(res.status, 400);
    EXPECT_TRUE(Contains(res.body, "meer velden dan Koers aanneemt"));
    fields.resize(kMaxFields - 1);  // with the CSRF field: the maximum
    EXPECT_NE(b.Post("/inloggen", fields).status, 400);
    std::string query;
    for (size_t i = 0; i <= kMaxFields; ++i) query += "f" + std::to_string(i) + "=&";
    EXPECT_EQ(b.Get("/zoeken?" + query).status, 400) << "a query string has the same limit";
}

TEST(Router, OnlyARouteThatTakesFilesAcceptsAnUpload) {
    TestApp app;
    EXPECT_TRUE(app.router().AcceptsUpload("POST", "/redactie/4/bijlagen"));
    EXPECT_TRUE(app.router().AcceptsUpload("POST", "/redactie"));
    EXPECT_TRUE(app.router().AcceptsUpload("POST", "/scholen/3/leerlingen/importeren"));
    EXPECT_TRUE(app.router().AcceptsUpload("POST", "/scholen/3/medewerkers/importeren"));
    EXPECT_TRUE(app.router().AcceptsUpload("POST", "/scholen/3/leerlingen/7/dossier/meenemen"));
    EXPECT_TRUE(app.router().AcceptsUpload("POST", "/regios/1/netwerken/1/documenten"));
    EXPECT_TRUE(app.router().AcceptsUpload("POST", "/regios/1/bijeenkomsten/2/bestanden"));
    EXPECT_TRUE(app.router().AcceptsUpload("POST", "/scholen/3/opdrachten/5/werkbladen"));
    EXPECT_TRUE(app.router().AcceptsUpload("POST", "/beheer/doorstroom"));
    EXPECT_FALSE(app.router().AcceptsUpload("POST", "/regios/1/netwerken/1/acties"));
    EXPECT_FALSE(app.router().AcceptsUpload("POST", "/inloggen"));
    EXPECT_FALSE(app.router().AcceptsUpload("GET", "/redactie/4/bijlagen"));
    EXPECT_FALSE(app.router().AcceptsUpload("POST", "/a%00b"));
    size_t uploads = 0;
    for (const auto& r : app.routes()) uploads += r.uploads ? 1 : 0;
    EXPECT_EQ(uploads, 12U)
        << "the attachments of a content item (added, and with its first "
           "save), a school's student list and staff list, a student's "
           "dossier from a previous school, the files of a bewijs (new, "
           "added), a network's documents, an event's files (national, "
           "regional) and an assignment's worksheets, and the doorstroomcijfers, nothing else";

    Browser b(app);
    b.Get("/inloggen");
    web::Request req;
    req.method = "POST";
    req.target = "/inloggen";
    req.headers = {{"content-type", "multipart/form-data; boundary=grens"}};
    req.body = "--grens\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nx\r\n--grens--";
    auto res = b.Send(req);
    EXPECT_EQ(res.status, 415);
    EXPECT_TRUE(Contains(res.body, "geen bestanden worden verstuurd"));
}

TEST(Router, OneTimeSecretsNeverReachTheLog) {
    TestApp app;
    Browser b(app);
    auto logged = [&](const std::string& target) {
        web::Request req;
        req.method = "GET";
        req.target = target;
        return b.Send(req).log_target;
    };
    EXPECT_EQ(logged("/scan/antwoord/Zk3vQ9-geheim-geheim-geheim?thema=2"),
              "/scan/antwoord/…?thema=2");
    EXPECT_EQ(logged("/scan/open/Zk3vQ9-geheim-geheim-geheim"), "/scan/open/…");
    EXPECT_EQ(logged("/wachtwoord-instellen?soort=reset&code=Zk3vQ9geheim"),
              "/wachtwoord-instellen?soort=reset&code=…");
    EXPECT_EQ(logged("/scan/antwoord/Zk3vQ9-geheim-geheim-geheim/bestaat-niet"),
              "/scan/antwoord/…/bestaat-niet")
        << "a path no route matches keeps only short segments";
    EXPECT_EQ(logged("/beheer/scholen/12?pagina=2"), "/beheer/scholen/12?pagina=2");
    EXPECT_EQ(logged("/a%00b"), "(ongeldig webadres)");
}

TEST(Router, MetricsNeedTheTokenOrABeheerderNotALocalAddress) {
    TestApp app("sqlite", [](WebConfig& c) { c.metrics_token = "prometheus-geheim"; });
    web::Request req;
    req.method = "GET";
    req.target = "/metrics";
    req.remote_address = "127.0.0.1";  // behind a proxy every client looks local
    EXPECT_NE(app.Handle(req).status, 200);
    req.headers = {{"authorization", "Bearer fout"}};
    EXPECT_NE(app.Handle(req).status, 200);
    req.headers = {{"authorization", "Bearer prometheus-geheim"}};
    EXPECT_EQ(app.Handle(req).status, 200);
    TestApp without_token;
    req.headers = {{"authorization", "Bearer "}};
    EXPECT_NE(without_token.Handle(req).status, 200) << "no token configured: no way in by token";
    Browser beheer(without_token);
    ASSERT_TRUE(beheer.SignIn("beheerder@demo.koers.nl"));
    EXPECT_EQ(beheer.Get("/metrics").status, 200);
}

TEST(Router, OnlyStaticFilesAreAnsweredFromMemory) {
    EXPECT_TRUE(Router::AnsweredFromMemory("GET", "/static/0123456789ab/koers.css"));
    EXPECT_TRUE(Router::AnsweredFromMemory("HEAD", "/static/favicon.svg"));
    EXPECT_FALSE(Router::AnsweredFromMemory("POST", "/static/koers.css"));
    EXPECT_FALSE(Router::AnsweredFromMemory("GET", "/"));
    EXPECT_FALSE(Router::AnsweredFromMemory("GET", "/staticpagina"));
}

TEST(Router, HstsOnlyBehindTls) {
    TestApp app("sqlite", [](WebConfig& c) { c.hsts = true; });
    Browser b(app);
    EXPECT_TRUE(b.Get("/").Header("Strict-Transport-Security").has_value());
}

TEST(Router, OutsideDemoModeNothingMentionsDemoAccounts) {
    TestApp app("sqlite", [](WebConfig& c) {
        c.demo = false;
        c.demo_password.clear();
    });
    Browser b(app);
    auto login = b.Get("/inloggen");
    EXPECT_EQ(login.status, 200);
    EXPECT_FALSE(Contains(login.body, "demo"));
    EXPECT_FALSE(Contains(login.body, "koers-demo-2026"));
    EXPECT_FALSE(Contains(b.Get("/").body, "Demo-omgeving"));
}

TEST(Router, MethodNotAllowedNamesTheAllowedMethods) {
    TestApp app;
    web::Request req;
    req.method = "PUT";
    req.target = "/inloggen";
    auto res = app.Handle(req);
    EXPECT_EQ(res.status, 405);
    EXPECT_EQ(res.Header("Allow"), "GET, POST, HEAD");
}

TEST(Router, HeadAnswersLikeGet) {
    TestApp app;
    web::Request req;
    req.method = "HEAD";
    req.target = "/";
    EXPECT_EQ(app.Handle(req).status, 200);
}

TEST(Router, NonNumericIdsAreNotFound) {
    TestApp app;
    Browser b(app);
    ASSERT_TRUE(b.SignIn("beheerder@demo.koers.nl"));
    EXPECT_EQ(b.Get("/beheer/scholen/abc").status, 404);
    EXPECT_EQ(b.Get("/beheer/scholen/-1").status, 404);
    EXPECT_EQ(b.Get("/beheer/scholen/99999999999999999999").status, 404);
    EXPECT_EQ(b.Get("/beheer/scholen/999").status, 404);
}

TEST(Router, RoleChangesAndLoginsAreAudited) {
    TestApp app;
    Browser b(app);
    ASSERT_TRUE(b.SignIn("beheerder@demo.koers.nl"));
    auto docent = app.services().users.ByEmail("docent@demo.koers.nl");
    const std::string school = std::to_string(app.SchoolId("30HZ"));
    auto res = b.Post("/beheer/gebruikers/" + std::to_string(docent->id) + "/rollen",
                      {{"role", "mentor"}, {"place", "school:" + school}});
    EXPECT_EQ(res.status, 303);
    auto bad = b.Post("/beheer/gebruikers/" + std::to_string(docent->id) + "/rollen",
                      {{"role", "mentor"}, {"place", "region:1"}});
    EXPECT_EQ(bad.status, 400);
    EXPECT_TRUE(Contains(bad.body, "Kies de school waarvoor deze rol geldt"));
    bool login = false, granted = false;
    for (const auto& e : app.services().audit.Recent(50)) {
        login = login || (e.action == "login" && e.subject == "beheerder@demo.koers.nl");
        granted = granted || (e.action == "role.granted" && e.subject == "docent@demo.koers.nl" &&
                              e.actor_name == "Bram Beheer");
    }
    EXPECT_TRUE(login);
    EXPECT_TRUE(granted);
    auto audit = b.Get("/beheer/audit");
    EXPECT_TRUE(Contains(audit.body, "Rol toegekend"));
}

}  // namespace
}  // namespace koers::web
