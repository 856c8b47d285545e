// Faults the storage layer recovers from by itself, and the SQLite backup it can be restored
// from: a PostgreSQL connection the server ended is replaced, not lent out again; a restored
// backup is the database it was taken from, and a damaged one changes nothing.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "platform/storage/org_repo.hpp"
#include "support/test_db.hpp"

namespace koers::storage {
namespace {

void AddSchool(Database& db, const std::string& brin, const std::string& name) {
    OrgRepo(db).AddSchool({0, name, brin, "vo", {}, std::nullopt, ""}, 1);
}

std::string Dump(Database& db) {
    std::string out;
    db.With([&](Connection& c) {
        for (const Row& r : c.Query("SELECT id, brin, name FROM schools ORDER BY id"))
            out += r.Text("id") + " " + r.Text("brin") + " " + r.Text("name") + "\n";
    });
    return out;
}

TEST(Recovery, APostgresConnectionTheServerEndedIsReplaced) {
    const std::string url = testing::NewPostgresUrl();
    if (url.empty()) GTEST_SKIP() << "geen PostgreSQL-testcluster";
    auto db = OpenDatabase(url, 1);
    auto admin = OpenDatabase(url, 1);
    const int64_t pid = db->Use(
        [](Connection& c) { return c.QueryOne("SELECT pg_backend_pid() AS pid")->Int("pid"); });
    // What a restart of PostgreSQL does to every open connection; wait until it is gone.
    admin->With([&](Connection& c) {
        c.Query("SELECT pg_terminate_backend(?) AS done", {pid});
        for (int i = 0; i < 500; ++i) {
            if (c.QueryOne("SELECT COUNT(*) AS n FROM pg_stat_activity WHERE pid = ?", {pid})
                    ->Int("n") == 0)
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    });
    // Its socket closes as the process exits, just after it left pg_stat_activity.
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    // The next request is not the one that finds out: the pool sees it before lending it.
    const int64_t again = db->Use(
        [](Connection& c) { return c.QueryOne("SELECT pg_backend_pid() AS pid")->Int("pid"); });
    EXPECT_NE(again, pid) << "a new connection instead of the dead one";
}

TEST(Recovery, ARestoredSqliteBackupIsTheDatabaseItWasTakenFrom) {
    auto source = testing::NewTestDatabase("sqlite");
    AddSchool(*source, "01AB", "Het Baken");
    const std::string backup = testing::NewSqlitePath();
    source->Backup(backup);
    AddSchool(*source, "02CD", "Na de back-up");

    auto target = testing::NewTestDatabase("sqlite");
    AddSchool(*target, "99ZZ", "Wordt overschreven");
    target->Restore(backup);
    auto copy = OpenDatabase(backup, 1);
    EXPECT_EQ(Dump(*target), Dump(*copy));
    EXPECT_NE(Dump(*target).find("Het Baken"), std::string::npos);
    EXPECT_EQ(Dump(*target).find("Na de back-up"), std::string::npos);
    EXPECT_EQ(Dump(*target).find("Wordt overschreven"), std::string::npos);
}

TEST(Recovery, ADamagedOrForeignBackupChangesNothing) {
    auto target = testing::NewTestDatabase("sqlite");
    AddSchool(*target, "01AB", "Blijft staan");
    const std::string before = Dump(*target);

    const std::string damaged = testing::NewSqlitePath();
    target->Backup(damaged);
    {
        // Page headers overwritten, as a bad disk or a half-copied file leaves them.
        std::fstream f(damaged, std::ios::in | std::ios::out | std::ios::binary);
        const std::string noise(16, '\xff');
        for (std::streamoff page = 1; page < 8; ++page) {
            f.seekp(page * 4096);
            f.write(noise.data(), static_cast<std::streamsize>(noise.size()));
        }
    }
    EXPECT_THROW(target->Restore(damaged), DbError);
    const std::string truncated = testing::NewSqlitePath();
    target->Backup(truncated);
    std::filesystem::resize_file(truncated, std::filesystem::file_size(truncated) / 2);
    EXPECT_THROW(target->Restore(truncated), DbError);

    const std::string foreign = testing::NewSqlitePath();
    OpenDatabase(foreign, 1)->With([](Connection& c) { c.ExecScript("CREATE TABLE x (y INT)"); });
    EXPECT_THROW(target->Restore(foreign), DbError);
    EXPECT_THROW(target->Restore(foreign + ".bestaat-niet"), DbError);
    EXPECT_EQ(Dump(*target), before);
}

}  // namespace
}  // namespace koers::storage
