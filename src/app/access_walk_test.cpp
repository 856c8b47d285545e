// Walks every registered route with every demo role (and anonymously), aimed at another
// school's and another region's ids, and proves that nothing is reachable that the policy does
// not grant, and that refused posts change nothing.
#include <gtest/gtest.h>

#include "modules/dossier/web/dossier_parts.hpp"
#include "modules/quality/web/quality_parts.hpp"
#include "modules/scan/core/round.hpp"
#include "modules/scan/web/scan_parts.hpp"
#include "platform/core/access/policy.hpp"
#include "platform/core/demo/demo_data.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Substitute;
using testing::TestApp;

// The platform's data and each module's census: any change a request makes changes this.
using Counts = std::vector<int64_t>;

Counts Snapshot(TestApp& app) {
    auto& s = app.services();
    // One-time tokens too: invitation links, reset links and activation codes.
    Counts out = s.db.Use([](storage::Connection& c) {
        const auto n = c.QueryOne(
            "SELECT (SELECT COUNT(*) FROM regions) AS regions, (SELECT COUNT(*) FROM schools) AS "
            "schools, (SELECT COUNT(*) FROM users) AS users, (SELECT COUNT(*) FROM teams) AS "
            "teams, (SELECT COUNT(*) FROM one_time_tokens) AS tokens");
        return Counts{n->Int("regions"), n->Int("schools"), n->Int("users"), n->Int("teams"),
                      n->Int("tokens")};
    });
    for (const Module& m : s.modules) {
        if (!m.census) continue;
        const auto counts = m.census(s);
        out.insert(out.end(), counts.begin(), counts.end());
    }
    return out;
}

core::Target TargetOf(const Route& r, int64_t school, int64_t region) {
    switch (r.access.from) {
        case Access::From::kNone:
            return core::Target::None();
        case Access::From::kPlatform:
            return core::Target::Platform();
        case Access::From::kRegionParam:
            return core::Target::Region(region);
        case Access::From::kSchoolParam:
            return core::Target::School(school);
    }
    return core::Target::None();
}

// Sends routes' requests as one signed-in role: a refused one answers 403 and changes nothing,
// a granted one is not refused, and nothing answers 5xx. The census is taken before and after
// each run of consecutive refused requests rather than around every request (it took half of the
// walk's time); a change names the run's requests.
class Walker {
public:
    explicit Walker(TestApp& app, Browser& b) : app_(app), b_(b) {}
    // Returns 1 (for counting).
    int Send(const Route& route, const std::string& path, bool may, Pairs post) {
        if (may) Settle();
        if (!may && run_.empty()) before_ = Snapshot(app_);
        auto res = route.method == "GET" ? b_.Get(path) : b_.Post(path, std::move(post));
        if (may) {
            EXPECT_NE(res.status, 403);
        } else {
            EXPECT_EQ(res.status, 403);
            run_.push_back(route.method + " " + path);
        }
        EXPECT_LT(res.status, 500);
        return 1;
    }
    // Compares the census with the one before the current run of refused requests.
    void Settle() {
        if (run_.empty()) return;
        std::string names;
        for (const auto& r : run_) names += "\n  " + r;
        EXPECT_EQ(Snapshot(app_), before_)
            << "one of these refused requests changed data:" << names;
        run_.clear();
    }

private:
    TestApp& app_;
    Browser& b_;
    Counts before_;
    std::vector<std::string> run_;
};

TEST(AccessWalk, EveryRouteEveryRoleForeignIds) {
    TestApp app;
    // The demo staff work at 21VZ in Regio Amstelland; aim at 14LD in Regio Twente.
    const int64_t foreign_school = app.SchoolId("14LD");
    int64_t foreign_region = 0;
    for (const auto& r : app.services().orgs.Regions())
        if (r.name == "Regio Twente") foreign_region = r.id;
    ASSERT_GT(foreign_school, 0);
    ASSERT_GT(foreign_region, 0);

    int denied = 0, allowed = 0;
    for (const auto& account : core::DemoAccounts()) {
        Browser b(app);
        ASSERT_TRUE(b.SignIn(std::string(account.email))) << account.email;
        Walker walker(app, b);
        auto principal = app.services().users.LoadPrincipal(
            app.services().users.ByEmail(std::string(account.email))->id);
        for (const auto& route : app.routes()) {
            // These end this browser's session (tested in auth_pages_test).
            if (route.pattern == "/uitloggen" || route.pattern == "/account/overal-uitloggen")
                continue;
            const std::string path = app.PathOf(route.pattern, foreign_school, foreign_region);
            const bool may = core::Allowed(&*principal, route.access.permission,
                                           TargetOf(route, foreign_school, foreign_region));
            SCOPED_TRACE(std::string(account.email) + " " + route.method + " " + path);
            (may ? allowed : denied) += walker.Send(route, path, may, {{"name", "Indringer"}});
        }
        walker.Settle();
    }
    EXPECT_GT(denied, 50);  // the walk really exercised refusals
    EXPECT_GT(allowed, 20);
}

// A route whose resource belongs to a student or a group (the loopbaandossier), not a team.
bool IsPersonRoute(const Route& route) {
    return route.pattern.find("{leerling}") != std::string::npos ||
           route.pattern.find("{groep}") != std::string::npos;
}

// Every route that narrows its school access to a team (Access::Within), with every demo role,
// aimed at another team's resources in the demo staff's own school: a LOB-scan round of that
// team, its werkplan, its LOB-taken matrix. The teamleider and mentor of Bovenbouw havo are
// refused; the school-wide roles are not.
TEST(AccessWalk, TeamScopedRoutesEveryRoleAnotherTeam) {
    TestApp app;
    auto& s = app.services();
    const int64_t school = app.SchoolId("21VZ");
    std::optional<int64_t> other;
    for (const auto& t : s.orgs.Teams(school))
        if (t.name != "Bovenbouw havo") other = t.id;
    ASSERT_TRUE(other);
    auto& quality = QualityOf(s).quality;
    auto& scans = ScanOf(s).scans;
    const auto year = quality.Years(school).front();
    const auto sector = s.orgs.School(school)->sector;
    storage::RoundRecord round{.school_id = school,
                               .team_id = other,
                               .instrument_id = scans.LatestInstrument(sector)->id,
                               .title = "Ronde van een ander team",
                               .groups = {core::Group::kDocenten},
                               .deadline = app.clock().Now() + int64_t{86400} * 30,
                               .created_at = app.clock().Now()};
    const int64_t round_id = scans.CreateRound(round, {});
    Browser decaan(app);
    ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
    const std::string year_path =
        "/scholen/" + std::to_string(school) + "/kwaliteit/" + std::to_string(year.start_year);
    ASSERT_EQ(decaan.Post(year_path + "/taken/startset", {{"team", std::to_string(*other)}}).status,
              303);
    const auto tasks = quality.Records(year.id, core::Kind::kTaak, other);
    ASSERT_FALSE(tasks.empty());

    auto fill = [&](const std::string& pattern) {
        return Substitute(pattern, {{"{school}", std::to_string(school)},
                                    {"{jaar}", std::to_string(year.start_year)},
                                    {"{round}", std::to_string(round_id)},
                                    {"{team}", std::to_string(*other)},
                                    {"{record}", std::to_string(tasks.front().record.id)},
                                    {"{group}", "docenten"},
                                    {"{action}", "1"}});
    };
    int denied = 0, allowed = 0;
    for (const auto& account : core::DemoAccounts()) {
        Browser b(app);
        ASSERT_TRUE(b.SignIn(std::string(account.email))) << account.email;
        Walker walker(app, b);
        auto principal = s.users.LoadPrincipal(s.users.ByEmail(std::string(account.email))->id);
        for (const auto& route : app.routes()) {
            if (!route.access.narrow || IsPersonRoute(route)) continue;
            const std::string path = fill(route.pattern);
            const auto p = route.access.permission;
            const bool may = core::Allowed(&*principal, p, core::Target::School(school)) &&
                             core::Allowed(&*principal, p, core::Target::Team(school, *other));
            SCOPED_TRACE(std::string(account.email) + " " + route.method + " " + path);
            (may ? allowed : denied) += walker.Send(
                route, path, may, {{"name", "Indringer"}, {"team", std::to_string(*other)}});
        }
        walker.Settle();
    }
    EXPECT_GT(denied, 20);
    EXPECT_GT(allowed, 20);
}

// Every route that narrows its school access to a student or a group (Access::Within), with every
// demo role, aimed at another student of the demo staff's own school, in a group the demo mentor
// does not have, and at that group. Only the decaan may; the demo leerling, the mentor of
// another group and every other role are refused, and a refused look is not logged.
TEST(AccessWalk, StudentScopedRoutesEveryRoleAnotherStudentAndGroup) {
    TestApp app;
    auto& s = app.services();
    const int64_t school = app.SchoolId("21VZ");
    std::optional<storage::GroupRecord> other;
    for (const auto& g : s.students.Groups(school))
        if (g.name == "H4B") other = g;
    ASSERT_TRUE(other);
    const auto classmates = s.students.InGroup(other->id);
    ASSERT_FALSE(classmates.empty());
    const auto& student = classmates.front();
    Browser owner(app);
    ASSERT_TRUE(owner.SignIn("leerling@demo.koers.nl"));
    const auto entries = DossierOf(s).dossiers.Entries(student.id);
    int64_t entry = 0;
    if (entries.empty())
        entry = DossierOf(s).dossiers.Add(student.id, core::EntryKind::kKeuze, {{"titel", "Zorg"}},
                                          {student.user_id, student.name}, app.clock().Now());
    else
        entry = entries.front().id;

    auto& quality = QualityOf(s).quality;
    const int64_t activity =
        quality.Records(quality.Years(school).front().id, core::Kind::kActiviteit)
            .front()
            .record.id;
    auto fill = [&](const std::string& pattern) {
        return Substitute(pattern, {{"{school}", std::to_string(school)},
                                    {"{activiteit}", std::to_string(activity)},
                                    {"{leerling}", std::to_string(student.id)},
                                    {"{groep}", std::to_string(other->id)},
                                    {"{entry}", std::to_string(entry)},
                                    {"{soort}", "ervaring"},
                                    {"{bestand}", "1"},
                                    {"{werkblad}", "1"},
                                    {"{deel}", "1"}});
    };
    int denied = 0, allowed = 0, routes = 0;
    for (const auto& account : core::DemoAccounts()) {
        Browser b(app);
        ASSERT_TRUE(b.SignIn(std::string(account.email))) << account.email;
        Walker walker(app, b);
        auto principal = s.users.LoadPrincipal(s.users.ByEmail(std::string(account.email))->id);
        for (const auto& route : app.routes()) {
            if (!route.access.narrow || !IsPersonRoute(route)) continue;
            ++routes;
            const std::string path = fill(route.pattern);
            const auto p = route.access.permission;
            const auto narrowed = route.pattern.find("{leerling}") != std::string::npos
                                      ? core::Target::Student(school, other->id, student.user_id)
                                      : core::Target::Group(school, other->id);
            const bool may = core::Allowed(&*principal, p, core::Target::School(school)) &&
                             core::Allowed(&*principal, p, narrowed);
            EXPECT_EQ(may && account.role != core::Role::kDecaan, false)
                << account.email << " may " << path;
            SCOPED_TRACE(std::string(account.email) + " " + route.method + " " + path);
            (may ? allowed : denied) +=
                walker.Send(route, path, may, {{"titel", "Indringer"}, {"soort", "open-dag"}});
        }
        walker.Settle();
    }
    EXPECT_GT(routes, 60);  // every dossier and group route, for each of the ten roles
    EXPECT_GT(denied, 50);
    // The decaan reads the dossier, an entry, a bewijs's file and the group, records a gesprek
    // (form, new, save), reacts on an entry, makes activation codes for the group (form, sheet)
    // records who of the group took part in an activity (form, save), reads the activities
    // the student took part in and the opdrachten given to the student's group, and downloads
    // an opdracht's worksheet.
    EXPECT_EQ(allowed, 15);
}

TEST(AccessWalk, AnonymousVisitorsReachOnlyPublicRoutes) {
    TestApp app;
    Browser b(app);
    for (const auto& route : app.routes()) {
        const std::string path = app.PathOf(route.pattern, 1, 1);
        auto res = route.method == "GET" ? b.Get(path) : b.Post(path, {});
        SCOPED_TRACE(route.method + " " + path);
        if (route.access.permission == core::Permission::kPublic) continue;
        if (route.method == "GET") {
            EXPECT_EQ(res.status, 303);
            EXPECT_EQ(res.Header("Location").value_or("").rfind("/inloggen?terug=", 0), 0u);
        } else {
            EXPECT_EQ(res.status, 401);
        }
    }
}

TEST(AccessWalk, StaffSeeTheirOwnSchoolButNotAnother) {
    TestApp app;
    const int64_t own = app.SchoolId("21VZ"), other = app.SchoolId("30HZ");
    for (std::string who : {"schoolleider", "decaan", "teamleider", "mentor", "docent"}) {
        Browser b(app);
        ASSERT_TRUE(b.SignIn(who + "@demo.koers.nl"));
        EXPECT_EQ(b.Get("/scholen/" + std::to_string(own)).status, 200) << who;
        EXPECT_EQ(b.Get("/scholen/" + std::to_string(other)).status, 403) << who;
        EXPECT_EQ(b.Get("/beheer").status, 403) << who;
    }
    for (std::string who : {"leerling", "ouder", "regio", "redacteur"}) {
        Browser b(app);
        ASSERT_TRUE(b.SignIn(who + "@demo.koers.nl"));
        EXPECT_EQ(b.Get("/scholen/" + std::to_string(own)).status, 403) << who;
    }
}

TEST(AccessWalk, SchoolLeaderAddsTeamsOnlyToOwnSchool) {
    TestApp app;
    const int64_t own = app.SchoolId("21VZ"), other = app.SchoolId("14LD");
    Browser b(app);
    ASSERT_TRUE(b.SignIn("schoolleider@demo.koers.nl"));
    EXPECT_EQ(
        b.Post("/scholen/" + std::to_string(own) + "/teams", {{"name", "Tweede fase"}}).status,
        303);
    EXPECT_EQ(b.Post("/scholen/" + std::to_string(other) + "/teams", {{"name", "Stiekem"}}).status,
              403);
    auto dup = b.Post("/scholen/" + std::to_string(own) + "/teams", {{"name", "Tweede fase"}});
    EXPECT_EQ(dup.status, 400);
    EXPECT_NE(dup.body.find("al een team"), std::string::npos);
    for (const auto& t : app.services().orgs.Teams(other)) EXPECT_NE(t.name, "Stiekem");
}

TEST(AccessWalk, RegionCoordinatorSeesOwnRegionOnly) {
    TestApp app;
    Browser b(app);
    ASSERT_TRUE(b.SignIn("regio@demo.koers.nl"));
    for (const auto& r : app.services().orgs.Regions()) {
        auto res = b.Get("/regios/" + std::to_string(r.id));
        EXPECT_EQ(res.status, r.name == "Regio Amstelland" ? 200 : 403) << r.name;
    }
}

}  // namespace
}  // namespace koers::web
