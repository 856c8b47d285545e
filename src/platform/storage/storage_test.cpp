// Storage tests, written once and run on SQLite and on PostgreSQL (the throw-away cluster that
// ctest starts). Under CI=true a missing PostgreSQL fails instead of skipping.
#include <gtest/gtest.h>

#include <thread>

#include "app/modules.hpp"
#include "platform/storage/auth_repo.hpp"
#include "platform/storage/db/unit_of_work.hpp"
#include "platform/storage/migrations.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/storage/rate_repo.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "support/test_db.hpp"

namespace koers::storage {
namespace {

// The composed modules' migrations (the platform's come first in every call).
std::vector<ModuleSchema> Modules() { return web::SchemaOf(app::Modules()); }

class Storage : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        db_ = testing::NewTestDatabase(GetParam());
        if (!db_) GTEST_SKIP() << "geen PostgreSQL-testcluster";
    }
    std::unique_ptr<Database> db_;
};

TEST_P(Storage, MigrationsAreRecordedPerModuleAndIdempotent) {
    const auto latest = LatestSchema(Modules());
    ASSERT_GE(latest.size(), 4U);
    EXPECT_EQ(latest.front().module, "platform") << "the platform's tables come first";
    EXPECT_EQ(CurrentSchema(*db_, Modules()), latest);
    EXPECT_EQ(ApplyMigrations(*db_, Modules(), 1), 0);
    EXPECT_EQ(Describe({{"platform", 2}, {"scan", 1}}), "platform 2, scan 1");
}

TEST_P(Storage, RefusesANewerSchemaOrAnUnknownModule) {
    for (const auto& [module, version] :
         {std::pair<std::string, int64_t>{"platform", 99}, {"toekomst", 1}}) {
        auto db = testing::NewTestDatabase(GetParam());
        db->With([&](Connection& c) {
            c.Execute(
                "INSERT INTO schema_versions (module, version, name, applied_at) "
                "VALUES (?, ?, ?, ?)",
                {module, version, std::string("toekomst.sql"), int64_t{1}});
        });
        try {
            ApplyMigrations(*db, Modules(), 1);
            FAIL() << "a newer schema was accepted: " << module;
        } catch (const DbError& e) {
            EXPECT_NE(std::string(e.what()).find("nieuwer"), std::string::npos);
        }
    }
}

TEST_P(Storage, AReleaseBeforeModuleKeysRefusesTheMigratedDatabase) {
    // What a koers from before module keys reads: the highest global version it knows is 4.
    auto highest = db_->Use([](Connection& c) {
        return c.QueryOne("SELECT MAX(version) AS v FROM schema_migrations")->Int("v");
    });
    EXPECT_GT(highest, 4);
}

TEST_P(Storage, ValuesRoundTripIncludingNullsAndUnicode) {
    db_->With([](Connection& c) {
        auto row = c.QueryOne(
            "SELECT ? AS a, ? AS b, ? AS c, ? AS d",
            {int64_t{-42}, std::string("Coördinator €"), nullptr, int64_t{9007199254740993}});
        ASSERT_TRUE(row);
        EXPECT_EQ(row->Int("a"), -42);
        EXPECT_EQ(row->Text("b"), "Coördinator €");
        EXPECT_TRUE(row->IsNull("c"));
        EXPECT_EQ(row->Int("d"), 9007199254740993);
        EXPECT_THROW(row->Int("e"), DbError) << "a column the query does not select";
    });
}

TEST_P(Storage, OrganisationsAndUniqueness) {
    OrgRepo orgs(*db_);
    int64_t region = orgs.AddRegion("Regio Test", 1);
    EXPECT_THROW(orgs.AddRegion("Regio Test", 1), ConstraintError);
    SchoolRecord s{0, "Testschool", "12AB", "vo", {"havo", "vwo"}, region, ""};
    s.id = orgs.AddSchool(s, 1);
    EXPECT_THROW(orgs.AddSchool(s, 1), ConstraintError);  // same BRIN
    auto back = orgs.School(s.id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->onderwijstypes, (std::vector<std::string>{"havo", "vwo"}));
    EXPECT_EQ(back->region_name, "Regio Test");
    orgs.AddTeam(s.id, "Onderbouw", 1);
    EXPECT_THROW(orgs.AddTeam(s.id, "Onderbouw", 1), ConstraintError);
    EXPECT_EQ(orgs.Teams(s.id).size(), 1u);
    EXPECT_EQ(orgs.Region(region)->school_count, 1);
    EXPECT_EQ(orgs.SchoolsInRegion(region).size(), 1u);
    EXPECT_EQ(orgs.Totals().regions, 1);
    EXPECT_EQ(orgs.Totals().schools, 1);
    EXPECT_FALSE(orgs.School(s.id + 1000));
}

// The list of schools a server keeps in memory (OrgRepo::kSchoolsMillis): a change through the
// repo shows at once, a school added through another repo (another koers process) is found by
// id at once and is in the list once the bound has passed.
TEST_P(Storage, TheSchoolListShowsItsOwnChangesAtOnceAndOthersWithinTheBound) {
    core::ManualClock clock(1'790'000'000);
    OrgRepo orgs(*db_, &clock);
    OrgRepo elsewhere(*db_);
    const int64_t region = orgs.AddRegion("Regio Lijst", 1);
    SchoolRecord s{0, "Het Anker", "31AN", "vo", {"vmbo"}, region, ""};
    EXPECT_TRUE(orgs.Schools().empty());
    s.id = orgs.AddSchool(s, 1);
    ASSERT_EQ(orgs.Schools().size(), 1u);
    EXPECT_EQ(orgs.Schools().front().region_name, "Regio Lijst");
    s.name = "De Vaart";
    orgs.UpdateSchool(s);
    EXPECT_EQ(orgs.Schools().front().name, "De Vaart");
    EXPECT_EQ(orgs.School(s.id)->name, "De Vaart");
    EXPECT_EQ(orgs.SchoolsInRegion(region).at(0).name, "De Vaart");

    const SchoolList before = orgs.Schools();
    const int64_t other =
        elsewhere.AddSchool({0, "Achterberg", "32AC", "mbo", {}, std::nullopt, ""}, 1);
    ASSERT_TRUE(orgs.School(other));
    EXPECT_EQ(orgs.School(other)->name, "Achterberg");
    EXPECT_FALSE(orgs.School(other + 1000));
    clock.AdvanceMillis(OrgRepo::kSchoolsMillis - 1);
    EXPECT_EQ(orgs.Schools().size(), 1u);  // kept: within the bound
    clock.AdvanceMillis(1);
    ASSERT_EQ(orgs.Schools().size(), 2u);
    EXPECT_EQ(orgs.Schools().front().name, "Achterberg");  // ordered by name
    EXPECT_EQ(before.size(), 1u);                          // a list handed out never changes
    EXPECT_EQ(elsewhere.Schools().size(), 2u);             // without a clock: always read
}

TEST_P(Storage, AFailedTransactionLeavesNothingBehind) {
    OrgRepo orgs(*db_);
    EXPECT_THROW(db_->Transaction([](Connection& c) {
        c.Execute("INSERT INTO regions (name, created_at) VALUES (?, ?)",
                  {std::string("Half"), int64_t{1}});
        c.Execute("INSERT INTO regions (name, created_at) VALUES (?, ?)",
                  {std::string("Half"), int64_t{1}});
    }),
                 ConstraintError);
    EXPECT_TRUE(orgs.Regions().empty());
    orgs.AddRegion("Daarna", 1);  // the pooled connection is still usable
    EXPECT_EQ(orgs.Regions().size(), 1u);
}

TEST_P(Storage, UsersMembershipsAndPrincipal) {
    OrgRepo orgs(*db_);
    UserRepo users(*db_);
    int64_t school = orgs.AddSchool({0, "S", "11AA", "mbo", {}, std::nullopt, ""}, 1);
    int64_t u = users.Add("a@b.nl", "Anna", std::string("hash"), 1);
    EXPECT_THROW(users.Add("a@b.nl", "Ander", std::nullopt, 1), ConstraintError);
    EXPECT_EQ(users.Count(), 1);
    users.AddMembership(u, core::Role::kMentor, school, std::nullopt, 1);
    users.AddMembership(u, core::Role::kBeheerder, std::nullopt, std::nullopt, 1);
    EXPECT_THROW(users.AddMembership(u, core::Role::kMentor, school, std::nullopt, 1),
                 ConstraintError);
    auto p = users.LoadPrincipal(u);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->memberships.size(), 2u);
    EXPECT_EQ(p->memberships[0].place_name, "S");
    auto ms = users.Memberships(u);
    EXPECT_FALSE(users.RemoveMembership(u + 1, ms[0].id));  // not theirs
    EXPECT_TRUE(users.RemoveMembership(u, ms[0].id));
    EXPECT_EQ(users.Memberships(u).size(), 1u);
    EXPECT_EQ(users.RoleCountsAtSchool(school).size(), 0u);
}

// A parent's children at a school: those there now, and apart from them those who left, by
// name; another school's and another parent's are not among them.
TEST_P(Storage, AParentsChildrenAreThoseAtTheSchoolAndApartThoseWhoLeft) {
    OrgRepo orgs(*db_);
    UserRepo users(*db_);
    StudentRepo students(*db_);
    const int64_t school = orgs.AddSchool({0, "S", "11AA", "vo", {}, std::nullopt, ""}, 1);
    const int64_t other = orgs.AddSchool({0, "T", "22BB", "vo", {}, std::nullopt, ""}, 1);
    const int64_t parent = users.Add("ouder@x.nl", "Ouder", std::nullopt, 1);
    auto enrol = [&](const std::string& name, int64_t at, std::optional<int64_t> left) {
        const int64_t user = users.Add(name + "@x.nl", name, std::nullopt, 1);
        students.AddParent(user, parent, 1);
        StudentRecord s;
        s.school_id = at;
        s.user_id = user;
        s.local_id = name;
        s.onderwijstype = "havo";
        s.leerjaar = 4;
        s.id = students.Enrol(s, 1);
        s.left_at = left;
        students.Update(s);
    };
    enrol("Cas", school, 200);
    enrol("Bram", school, std::nullopt);
    enrol("Anna", school, 100);
    enrol("Dirk", other, 100);

    const auto now = students.ChildrenAt(parent, school);
    ASSERT_EQ(now.size(), 1u);
    EXPECT_EQ(now[0].name, "Bram");
    const auto left = students.FormerChildrenAt(parent, school);
    ASSERT_EQ(left.size(), 2u);
    EXPECT_EQ(left[0].name, "Anna");
    EXPECT_EQ(left[0].left_at, 100);
    EXPECT_EQ(left[1].name, "Cas");
    EXPECT_EQ(left[1].left_at, 200);
    EXPECT_TRUE(students.FormerChildrenAt(parent + 1, school).empty()) << "nobody else's";
}

TEST_P(Storage, SessionsThrottleAndOneTimeTokens) {
    UserRepo users(*db_);
    AuthRepo auth(*db_);
    int64_t u = users.Add("s@b.nl", "Sam", std::nullopt, 1);
    auth.CreateSession({"h1", u, "csrf", 100, 100});
    auto found = auth.SessionWithPrincipal("h1");
    ASSERT_TRUE(found);
    EXPECT_EQ(found->first.csrf_token, "csrf");
    EXPECT_EQ(found->second.display_name, "Sam");
    EXPECT_TRUE(found->second.memberships.empty());
    auth.TouchSession("h1", 150);
    EXPECT_EQ(auth.SessionWithPrincipal("h1")->first.last_seen_at, 150);
    EXPECT_EQ(auth.Prune(120, 0, 0, 0), 0);
    EXPECT_EQ(auth.Prune(200, 0, 0, 0), 1);
    EXPECT_FALSE(auth.SessionWithPrincipal("h1"));

    auth.RecordLoginFailure("acct:s@b.nl", "10.0.0.1", 100);
    auth.RecordLoginFailure("acct:s@b.nl", "10.0.0.2", 200);
    EXPECT_EQ(auth.CountAccountFailures("acct:s@b.nl", 150), 1);
    EXPECT_EQ(auth.CountAddressFailures("10.0.0.1", 0), 1);
    auth.ClearAccountFailures("acct:s@b.nl");
    EXPECT_EQ(auth.CountAccountFailures("acct:s@b.nl", 0), 0);

    auth.CreateToken("t1", u, "reset", 100, 200);
    EXPECT_FALSE(auth.RedeemToken("t1", "invite", 150));  // wrong purpose
    EXPECT_EQ(auth.PeekToken("t1", "reset", 150), u);
    EXPECT_EQ(auth.RedeemToken("t1", "reset", 150), u);
    EXPECT_FALSE(auth.RedeemToken("t1", "reset", 151));  // used
    auth.CreateToken("t2", u, "reset", 100, 200);
    EXPECT_FALSE(auth.RedeemToken("t2", "reset", 200));  // expired
    auth.RecordLoginFailure("acct:x", "10.0.0.9", 100);
    EXPECT_EQ(auth.Prune(0, 0, 101, 300), 3);  // the failure, the used and the expired token
    EXPECT_EQ(auth.CountAddressFailures("10.0.0.9", 0), 0);

    // A new activation code replaces the unused ones of its purpose, not used ones or others.
    auth.CreateToken("c1", u, "invite", 400, 900);
    auth.CreateToken("c2", u, "invite", 401, 900);
    auth.CreateToken("r1", u, "reset", 401, 900);
    ASSERT_EQ(auth.RedeemToken("c1", "invite", 402), u);
    auth.DeleteUnusedTokens(u, "invite");
    EXPECT_FALSE(auth.PeekToken("c2", "invite", 403));
    EXPECT_EQ(auth.PeekToken("r1", "reset", 403), u);
    EXPECT_EQ(auth.CountTokens(u, "invite", 0), 1) << "the used one stays for the audit trail";
}

TEST_P(Storage, ATokenIsRedeemedOnceUnderConcurrency) {
    UserRepo users(*db_);
    AuthRepo auth(*db_);
    int64_t u = users.Add("c@b.nl", "Cas", std::nullopt, 1);
    auth.CreateToken("race", u, "invite", 1, 1000);
    std::atomic<int> wins{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([&] {
            if (auth.RedeemToken("race", "invite", 10)) ++wins;
        });
    for (auto& t : threads) t.join();
    EXPECT_EQ(wins.load(), 1);
}

// Repositories built on InTransaction's database write in one transaction: all of it or none.
TEST_P(Storage, RepositoriesInOneTransactionCommitTogetherOrNotAtAll) {
    OutboxRepo outbox(*db_);
    UserRepo users(*db_);
    const size_t before = outbox.Recent(100).size();
    auto add_both = [&](Database& tx) {
        OutboxRepo(tx).Enqueue("nina@school.nl", "Uitnodiging", "Tekst", 1);
        UserRepo(tx).Add("nina@school.nl", "Nina", std::nullopt, 1);
    };
    EXPECT_THROW(InTransaction(*db_,
                               [&](Database& tx) {
                                   add_both(tx);
                                   UserRepo(tx).Add("nina@school.nl", "Nina", std::nullopt, 1);
                               }),
                 ConstraintError);
    EXPECT_EQ(outbox.Recent(100).size(), before) << "the mail before the failure is undone";
    EXPECT_FALSE(users.ByEmail("nina@school.nl"));
    InTransaction(*db_, add_both);
    EXPECT_EQ(outbox.Recent(100).size(), before + 1);
    EXPECT_TRUE(users.ByEmail("nina@school.nl"));
}

TEST_P(Storage, OutboxClaimsEachMailOnce) {
    OutboxRepo outbox(*db_);
    outbox.Enqueue("a@b.nl", "Onderwerp", "Tekst", 1);
    auto first = outbox.ClaimNext(10, 300, 5);
    ASSERT_TRUE(first);
    EXPECT_FALSE(outbox.ClaimNext(11, 300, 5));  // claimed by the first
    outbox.MarkFailed(first->id, "verbinding geweigerd");
    auto again = outbox.ClaimNext(12, 300, 5);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->attempts, 1);
    outbox.MarkSent(again->id, 13);
    EXPECT_FALSE(outbox.ClaimNext(1000, 300, 5));
    EXPECT_TRUE(outbox.Recent(10).front().sent_at.has_value());
}

TEST_P(Storage, NoMailIsQueuedForASignInNameWithoutAddress) {
    OutboxRepo outbox(*db_);
    const size_t before = outbox.Recent(100).size();
    EXPECT_FALSE(outbox.Enqueue("100105.20ab", "Uitnodiging", "link", 1));
    EXPECT_FALSE(outbox.Enqueue("", "Uitnodiging", "link", 1));
    EXPECT_EQ(outbox.Recent(100).size(), before);
    EXPECT_TRUE(outbox.Enqueue("lotte@school.nl", "Uitnodiging", "link", 1));
}

TEST_P(Storage, MailBodiesWithTheirLinksAreEmptiedOnceKeptLongEnough) {
    OutboxRepo outbox(*db_);
    const int64_t sent = *outbox.Enqueue("a@b.nl", "Uitnodiging", "link: /wachtwoord?code=1", 100);
    outbox.MarkSent(sent, 200);
    outbox.Enqueue("c@d.nl", "Herinnering", "link: /scan/antwoord/2", 150);  // never sent
    outbox.Enqueue("e@f.nl", "Nieuw", "link: /scan/antwoord/3", 5000);
    EXPECT_EQ(outbox.PurgeBodies(/*sent_before=*/300, /*created_before=*/160), 2);
    for (const auto& m : outbox.Recent(10)) {
        SCOPED_TRACE(m.to);
        EXPECT_EQ(m.body.empty(), m.to != "e@f.nl") << "only the recent unsent mail keeps it";
        EXPECT_FALSE(m.subject.empty()) << "who got what stays";
    }
    EXPECT_EQ(outbox.PurgeBodies(300, 160), 0);
}

// A mail is kept a term, sent or not, and then forgotten with its address and subject.
TEST_P(Storage, MailsAreDeletedOnceKeptTheirTerm) {
    OutboxRepo outbox(*db_);
    const size_t before = outbox.Recent(100000).size();
    db_->Transaction([&](Connection& c) {
        for (int i = 0; i < 6000; ++i)  // more than a batch
            c.Execute(
                "INSERT INTO outbox (to_address, subject, body, created_at) VALUES (?, ?, "
                "'', ?)",
                {"oud" + std::to_string(i) + "@b.nl", std::string("Oud"), int64_t{i}});
    });
    const int64_t sent = *outbox.Enqueue("a@b.nl", "Verstuurd", "", 6000);
    outbox.MarkSent(sent, 6001);
    outbox.Enqueue("c@d.nl", "Nooit verstuurd", "", 6000);
    outbox.Enqueue("e@f.nl", "Nieuw", "link", 6001);
    EXPECT_GE(outbox.DeleteOlderThan(6001), 6002);
    const auto left = outbox.Recent(100000);
    ASSERT_LE(left.size(), before + 1);
    ASSERT_FALSE(left.empty());
    EXPECT_EQ(left.front().to, "e@f.nl");
    for (const auto& m : left) EXPECT_GE(m.created_at, 6001) << m.to;
    EXPECT_EQ(outbox.DeleteOlderThan(6001), 0);
}

TEST_P(Storage, RateEventsAreCountedPerBucketAndSubjectAndPruned) {
    RateRepo rates(*db_);
    for (int64_t at : {100, 150, 200}) rates.Record("scan-open", "abc", at);
    rates.Record("scan-open", "other", 200);
    rates.Record("other-bucket", "abc", 200);
    EXPECT_EQ(rates.Count("scan-open", "abc", 0), 3);
    EXPECT_EQ(rates.Count("scan-open", "abc", 150), 2) << "the window's start counts";
    EXPECT_EQ(rates.Count("scan-open", "nobody", 0), 0);
    EXPECT_EQ(rates.Prune(/*before=*/200), 2);
    EXPECT_EQ(rates.Count("scan-open", "abc", 0), 1);
    EXPECT_EQ(rates.Count("other-bucket", "abc", 0), 1);
}

TEST_P(Storage, AuditLogKeepsWhoDidWhat) {
    UserRepo users(*db_);
    AuditRepo audit(*db_);
    int64_t u = users.Add("a@u.nl", "Auditor", std::nullopt, 1);
    audit.Record(5, u, {"login", "Ingelogd"}, "a@u.nl", "", "127.0.0.1");
    audit.Record(6, std::nullopt, {"login.failed", "Inloggen mislukt"}, "x@u.nl", "", "127.0.0.2");
    auto entries = audit.Recent(10);
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].action, "login.failed");
    EXPECT_EQ(entries[0].description, "Inloggen mislukt");
    EXPECT_EQ(entries[1].actor_name, "Auditor");
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, Storage, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::storage
