// Federated sign-in's storage on both databases: a sign-in is taken once, even by two racing
// answers, and not after it expired; a subject is linked to one account only; deleting an
// account or a session removes what hung on it.
#include "platform/storage/federation_repo.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "platform/storage/auth_repo.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "support/test_db.hpp"

namespace koers::storage {
namespace {

class FederationStorage : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        db_ = testing::NewTestDatabase(GetParam());
        if (!db_) GTEST_SKIP() << "geen PostgreSQL-testcluster";
    }
    std::unique_ptr<Database> db_;
};

PendingSignIn SignIn(const std::string& state, int64_t at) {
    return {state, "browser-hash", "surfconext", "nonce", "verifier", "", "/dashboard", at};
}

TEST_P(FederationStorage, ASignInIsTakenOnceAndNotAfterItExpired) {
    FederationRepo repo(*db_);
    repo.Begin(SignIn("s1", 1000));
    repo.Begin(SignIn("s2", 1000));
    auto taken = repo.Take("s1", 900);
    ASSERT_TRUE(taken);
    EXPECT_EQ(taken->verifier, "verifier");
    EXPECT_EQ(taken->return_path, "/dashboard");
    EXPECT_FALSE(repo.Take("s1", 900)) << "a replayed answer finds nothing";
    EXPECT_FALSE(repo.Take("s2", 1001)) << "begun before the window";
    EXPECT_FALSE(repo.Take("s2", 0)) << "and an expired one is gone, not kept for later";

    // Two answers with the same state at once: exactly one gets the sign-in.
    repo.Begin(SignIn("s3", 1000));
    std::atomic<int> got = 0;
    std::thread a([&] { got += FederationRepo(*db_).Take("s3", 0).has_value(); });
    std::thread b([&] { got += FederationRepo(*db_).Take("s3", 0).has_value(); });
    a.join();
    b.join();
    EXPECT_EQ(got.load(), 1);

    repo.Begin(SignIn("oud", 10));
    repo.Begin(SignIn("nieuw", 2000));
    EXPECT_EQ(repo.Prune(1000, 0), 1);
    EXPECT_TRUE(repo.Take("nieuw", 0));
}

TEST_P(FederationStorage, ASubjectIsLinkedToOneAccountAndGoesWithIt) {
    UserRepo users(*db_);
    const int64_t noor = users.Add("noor@school.nl", "Noor", std::nullopt, 1);
    const int64_t sem = users.Add("sem@school.nl", "Sem", std::nullopt, 1);
    FederationRepo repo(*db_);
    EXPECT_TRUE(repo.Link({"surfconext", "sub-1", noor, "veldzicht.nl", 5, 5}));
    EXPECT_FALSE(repo.Link({"surfconext", "sub-1", sem, "", 6, 6})) << "taken by Noor";
    EXPECT_TRUE(repo.Link({"entree", "sub-1", sem, "", 6, 6})) << "another provider's subject";
    ASSERT_TRUE(repo.Identity("surfconext", "sub-1"));
    EXPECT_EQ(repo.Identity("surfconext", "sub-1")->user_id, noor);
    EXPECT_EQ(repo.Identity("surfconext", "sub-1")->organisation, "veldzicht.nl");
    repo.Used("surfconext", "sub-1", 50);
    EXPECT_EQ(repo.IdentitiesOf(noor).at(0).last_used_at, 50);

    // The session a federated sign-in began keeps its id_token until the session ends.
    AuthRepo auth(*db_);
    auth.CreateSession({"sessie", noor, "csrf", 1, 1});
    repo.RememberSession("sessie", "surfconext", "header.payload.signature");
    ASSERT_TRUE(repo.SessionOrigin("sessie"));
    EXPECT_EQ(repo.SessionOrigin("sessie")->second, "header.payload.signature");
    auth.DeleteSession("sessie");
    EXPECT_FALSE(repo.SessionOrigin("sessie"));

    // An identity without an account asks once, however often it tries; the beheerder takes it.
    repo.RequestLink(
        {0, "surfconext", "sub-9", "Iemand", "iemand@x.nl", "x.nl", {"student", "member"}, 10});
    repo.RequestLink(
        {0, "surfconext", "sub-9", "Iemand Anders", "iemand@x.nl", "x.nl", {"student"}, 20});
    ASSERT_EQ(repo.LinkRequests().size(), 1U);
    const auto request = repo.LinkRequests().front();
    EXPECT_EQ(request.name, "Iemand Anders");
    EXPECT_EQ(request.affiliations, std::vector<std::string>{"student"});
    EXPECT_EQ(request.requested_at, 20);
    EXPECT_TRUE(repo.TakeLinkRequest(request.id));
    EXPECT_FALSE(repo.TakeLinkRequest(request.id)) << "taken once";
    repo.RequestLink({0, "entree", "sub-8", "", "", "", {}, 30});
    EXPECT_EQ(repo.Prune(0, 31), 1) << "a request lapses";

    repo.Unlink(sem, "entree");
    EXPECT_TRUE(repo.IdentitiesOf(sem).empty());
    db_->With([&](Connection& c) { c.Execute("DELETE FROM users WHERE id = ?", {noor}); });
    EXPECT_FALSE(repo.Identity("surfconext", "sub-1")) << "the account's links go with it";
}

TEST_P(FederationStorage, ASchoolsSettingsDecideOrganisationsAndWhetherPasswordsWork) {
    OrgRepo orgs(*db_);
    UserRepo users(*db_);
    FederationRepo repo(*db_);
    const int64_t veldzicht =
        orgs.AddSchool({0, "Veldzicht", "21VZ", "vo", {}, std::nullopt, ""}, 1);
    const int64_t horizon = orgs.AddSchool({0, "Horizon", "30HZ", "mbo", {}, std::nullopt, ""}, 1);
    const int64_t region = orgs.AddRegion("Amstelland", 1);
    const int64_t mentor = users.Add("mentor@school.nl", "Mentor", std::nullopt, 1);
    const int64_t both = users.Add("beide@school.nl", "Beide", std::nullopt, 1);
    const int64_t regio = users.Add("regio@school.nl", "Regio", std::nullopt, 1);
    const int64_t nobody = users.Add("niemand@school.nl", "Niemand", std::nullopt, 1);
    users.AddMembership(mentor, core::Role::kMentor, veldzicht, std::nullopt, 1);
    users.AddMembership(both, core::Role::kMentor, veldzicht, std::nullopt, 1);
    users.AddMembership(both, core::Role::kDecaan, horizon, std::nullopt, 1);
    users.AddMembership(regio, core::Role::kMentor, veldzicht, std::nullopt, 1);
    users.AddMembership(regio, core::Role::kRegiocoordinator, std::nullopt, region, 1);

    EXPECT_TRUE(repo.SignInOf(veldzicht).passwords) << "no row: passwords work";
    EXPECT_TRUE(repo.OrganisationsOf(mentor).empty());
    repo.SetSignIn(veldzicht, {"veldzicht.nl", false});
    repo.SetSignIn(veldzicht, {"veldzicht.nl", false});  // saved twice: one row
    EXPECT_EQ(repo.SignInOf(veldzicht).organisation, "veldzicht.nl");
    EXPECT_FALSE(repo.PasswordsAllowed(mentor)) << "every role at a school without passwords";
    EXPECT_TRUE(repo.PasswordsAllowed(both)) << "Horizon still allows them";
    EXPECT_TRUE(repo.PasswordsAllowed(regio)) << "a regional role is not a school's";
    EXPECT_TRUE(repo.PasswordsAllowed(nobody));
    repo.SetSignIn(horizon, {"horizon.nl", false});
    EXPECT_FALSE(repo.PasswordsAllowed(both));
    EXPECT_EQ(repo.OrganisationsOf(both), (std::vector<std::string>{"horizon.nl", "veldzicht.nl"}));
    repo.SetSignIn(horizon, {"", true});
    EXPECT_EQ(repo.OrganisationsOf(both), std::vector<std::string>{"veldzicht.nl"});
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, FederationStorage,
                         ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::storage
