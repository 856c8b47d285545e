// The audit log keeps what it records for its terms (decision 0048), on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include "platform/storage/outbox_repo.hpp"
#include "support/test_db.hpp"

namespace koers::storage {
namespace {

class AuditStorage : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        db_ = testing::NewTestDatabase(GetParam());
        if (!db_) GTEST_SKIP() << "geen PostgreSQL-testcluster";
    }
    std::unique_ptr<Database> db_;
};

constexpr int64_t kDay = 24 * 3600;

// Who did what at which time, address by address: what the housekeeping may never touch is
// compared after every run.
std::vector<std::tuple<int64_t, std::string, std::string>> Lines(AuditRepo& audit) {
    std::vector<std::tuple<int64_t, std::string, std::string>> out;
    for (const auto& l : audit.Recent(100000)) out.emplace_back(l.at, l.subject, l.address);
    return out;
}

// A line older than two years is gone, an address older than six months is emptied and the line
// kept; everything younger is untouched, also across more than one batch, and a second run finds
// nothing more to do.
TEST_P(AuditStorage, TheLogKeepsAnAddressSixMonthsAndALineTwoYears) {
    AuditRepo audit(*db_);
    const int64_t now = 1'800'000'000;
    const auto record = [&](int64_t at, const std::string& subject, const std::string& address) {
        audit.Record(at, std::nullopt, {"test.event", "Testgebeurtenis"}, subject, "", address);
    };
    // 12,000 lines past two years (more than two batches), then one just inside it.
    db_->Transaction([&](Connection& c) {
        for (int i = 0; i < 12000; ++i)
            c.Execute("INSERT INTO audit_log (at, action, subject, address) VALUES (?, ?, ?, ?)",
                      {now - core::kAuditLineSeconds - 1 - i, std::string("test.event"),
                       "oud " + std::to_string(i), std::string("10.0.0.1")});
    });
    record(now - core::kAuditLineSeconds, "net twee jaar", "10.0.0.2");
    record(now - core::kAuditAddressSeconds - kDay, "zeven maanden", "10.0.0.3");
    record(now - core::kAuditAddressSeconds - kDay, "zonder adres", "");
    record(now - core::kAuditAddressSeconds, "net zes maanden", "10.0.0.4");
    record(now - kDay, "gisteren", "2001:db8::1");

    const auto pruned = audit.Prune(now);
    EXPECT_EQ(pruned.lines, 12000);
    EXPECT_EQ(pruned.addresses, 2) << "the line of two years and the one of seven months";
    using Line = std::tuple<int64_t, std::string, std::string>;
    const std::vector<Line> kept = {
        {now - kDay, "gisteren", "2001:db8::1"},
        {now - core::kAuditAddressSeconds, "net zes maanden", "10.0.0.4"},
        {now - core::kAuditAddressSeconds - kDay, "zonder adres", ""},
        {now - core::kAuditAddressSeconds - kDay, "zeven maanden", ""},
        {now - core::kAuditLineSeconds, "net twee jaar", ""},
    };
    EXPECT_EQ(Lines(audit), kept);

    const auto again = audit.Prune(now);
    EXPECT_EQ(again.lines, 0);
    EXPECT_EQ(again.addresses, 0);
    EXPECT_EQ(Lines(audit), kept);

    // A day later the line of exactly two years goes too, and nothing else.
    EXPECT_EQ(audit.Prune(now + kDay).lines, 1);
    EXPECT_EQ(audit.Recent(100).size(), kept.size() - 1);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, AuditStorage, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::storage
