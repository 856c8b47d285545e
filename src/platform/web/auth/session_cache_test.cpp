#include "platform/web/auth/session_cache.hpp"
#include "platform/storage/user_repo.hpp"

#include <gtest/gtest.h>

#include "support/test_app.hpp"

namespace koers::web::auth {
namespace {

CachedSession For(int64_t user) {
    return {core::Principal{user, "Naam", "n@x.nl", {}}, "csrf", {0, 0}};
}

TEST(SessionCache, EntriesLiveOneSecond) {
    SessionCache cache;
    cache.Put("h", For(1), 10'000);
    EXPECT_TRUE(cache.Get("h", 10'999));
    EXPECT_FALSE(cache.Get("h", 11'000));
    EXPECT_FALSE(cache.Get("h", 9'000));  // a clock that went back does not extend the entry
    EXPECT_FALSE(cache.Get("other", 10'000));
}

TEST(SessionCache, ForgetAndForgetUser) {
    SessionCache cache;
    cache.Put("a", For(1), 0);
    cache.Put("b", For(1), 0);
    cache.Put("c", For(2), 0);
    cache.Forget("a");
    EXPECT_FALSE(cache.Get("a", 1));
    cache.ForgetUser(1);
    EXPECT_FALSE(cache.Get("b", 1));
    EXPECT_TRUE(cache.Get("c", 1));
}

TEST(SessionCache, StaysBounded) {
    SessionCache cache;
    for (size_t i = 0; i < SessionCache::kMaxEntries + 10; ++i)
        cache.Put("h" + std::to_string(i), For(1), 0);
    EXPECT_TRUE(cache.Get("h" + std::to_string(SessionCache::kMaxEntries + 9), 1));
}

// Through the real flows: sign-out is immediate in this process; a role change made elsewhere
// (here: straight in the database) is seen once the entry is a second old.
TEST(SessionCache, SignOutIsImmediateAndRoleChangesShowWithinASecond) {
    testing::TestApp app;
    testing::Browser b(app);
    ASSERT_TRUE(b.SignIn("mentor@demo.koers.nl"));
    const std::string own = "/scholen/" + std::to_string(app.SchoolId("21VZ"));
    EXPECT_EQ(b.Get(own).status, 200);
    auto mentor = app.services().users.ByEmail("mentor@demo.koers.nl");
    auto memberships = app.services().users.Memberships(mentor->id);
    ASSERT_TRUE(app.services().users.RemoveMembership(mentor->id, memberships[0].id));
    app.clock().AdvanceMillis(1000);
    EXPECT_EQ(b.Get(own).status, 403);
    EXPECT_EQ(b.Post("/uitloggen", {}).status, 303);
    EXPECT_EQ(b.Get("/dashboard").status, 303);
}

}  // namespace
}  // namespace koers::web::auth
