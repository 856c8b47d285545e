// Federated sign-in's storage on both databases: a sign-in is taken once, even by two racing
// answers, and not after it expired; a subject is linked to one account only; deleting an
// account or a session removes what hung on it.
#include "platform/storage/federation_repo.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "platform/storage/auth_repo.hpp"
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
    EXPECT_EQ(repo.Prune(1000), 1);
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

    repo.Unlink(sem, "entree");
    EXPECT_TRUE(repo.IdentitiesOf(sem).empty());
    db_->With([&](Connection& c) { c.Execute("DELETE FROM users WHERE id = ?", {noor}); });
    EXPECT_FALSE(repo.Identity("surfconext", "sub-1")) << "the account's links go with it";
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, FederationStorage,
                         ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::storage
