// A request's ReadScope (database.hpp), on both databases: inside it a request reads what it
// wrote, its transactions commit, a failed write leaves it usable; on SQLite its reads see one
// state of the database while another connection writes beside it (one read transaction), and
// the next scope sees that write.
#include <gtest/gtest.h>

#include <thread>

#include "support/test_db.hpp"

namespace koers::storage {
namespace {

class ReadScopeStorage : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        db_ = testing::NewTestDatabase(GetParam());
        if (!db_) GTEST_SKIP() << "geen PostgreSQL-testcluster";
        db_->With([](Connection& c) {
            c.ExecScript("CREATE TABLE scope_probe (id INTEGER PRIMARY KEY, v TEXT NOT NULL)");
        });
    }
    int64_t Count() {
        return db_->Use([](Connection& c) {
            return c.QueryOne("SELECT COUNT(*) AS n FROM scope_probe")->Int("n");
        });
    }
    void Insert(int64_t id) {
        db_->With([&](Connection& c) {
            c.Execute("INSERT INTO scope_probe (id, v) VALUES (?, ?)", {id, std::string("x")});
        });
    }
    // Another thread, outside any scope: another request, or another koers process.
    void InsertElsewhere(int64_t id) {
        std::thread([&] { Insert(id); }).join();
    }
    std::unique_ptr<Database> db_;
};

TEST_P(ReadScopeStorage, ARequestReadsWhatItWroteAndItsWritesAreKept) {
    {
        ReadScope reads(*db_);
        EXPECT_EQ(Count(), 0);
        Insert(1);
        EXPECT_EQ(Count(), 1) << "a write ends the read transaction";
        db_->Transaction([&](Connection& c) {
            c.Execute("INSERT INTO scope_probe (id, v) VALUES (?, ?)",
                      {int64_t{2}, std::string("y")});
            EXPECT_EQ(c.QueryOne("SELECT COUNT(*) AS n FROM scope_probe")->Int("n"), 2);
        });
        EXPECT_EQ(Count(), 2);
        EXPECT_THROW(Insert(1), ConstraintError);
        EXPECT_EQ(Count(), 2) << "a failed write leaves the scope usable";
        EXPECT_THROW(db_->Transaction([&](Connection& c) {
            c.Execute("INSERT INTO scope_probe (id, v) VALUES (?, ?)",
                      {int64_t{3}, std::string("z")});
            throw DbError("afgebroken");
        }),
                     DbError);
        EXPECT_EQ(Count(), 2) << "a rolled back transaction leaves nothing";
        // A nested scope changes nothing; on SQLite a read inside a read uses the same connection.
        ReadScope again(*db_);
        db_->With([&](Connection&) { EXPECT_EQ(Count(), 2); });
        if (db_->dialect() == Dialect::kSqlite) {
            EXPECT_EQ(db_->Stats().in_use, 1);
        }
    }
    EXPECT_EQ(db_->Stats().in_use, 0) << "the scope's connection went back to the pool";
    InsertElsewhere(4);
    EXPECT_EQ(Count(), 3);
}

TEST_P(ReadScopeStorage, OnSqliteAScopesReadsSeeOneStateAndTheNextScopeSeesTheNewOne) {
    {
        ReadScope reads(*db_);
        EXPECT_EQ(Count(), 0);
        InsertElsewhere(1);  // WAL: the writer does not wait for the open read
        if (db_->dialect() == Dialect::kSqlite) {
            EXPECT_EQ(Count(), 0) << "one read transaction for the whole scope";
        } else {
            EXPECT_EQ(Count(), 1) << "PostgreSQL reads statement by statement";
        }
    }
    ReadScope next(*db_);
    EXPECT_EQ(Count(), 1);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, ReadScopeStorage, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::storage
