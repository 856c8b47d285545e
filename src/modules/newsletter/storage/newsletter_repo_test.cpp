// The nieuwsbrief's storage on both databases: a subscription is active only through its
// confirmation link, which works once and not after it expires; asking again never changes an
// active subscriber; unsubscribing deletes the subscriber and their links but keeps the issue's
// counts; an issue starts sending once; two processes queuing the same issue at once queue each
// delivery exactly once; the progress counts come from the outbox until they are final, and are
// kept with the issue from then on.
#include "modules/newsletter/storage/newsletter_repo.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>

#include "platform/storage/db/unit_of_work.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "support/test_db.hpp"

namespace koers::storage {
namespace {

class NewsletterStorage : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        db_ = testing::NewTestDatabase(GetParam(), 8);
        if (!db_) GTEST_SKIP() << "geen PostgreSQL-testcluster";
        repo_ = std::make_unique<NewsletterRepo>(*db_);
    }
    // A confirmed subscriber.
    Subscriber Active(const std::string& email, core::Interests interests = {}) {
        const Subscriber s = repo_->Request({email, "Naam", std::move(interests)}, 100);
        repo_->AddLink(s.id, "bevestig-" + email, kConfirmLink, 100, 1000);
        return *repo_->Confirm("bevestig-" + email, 200);
    }
    int64_t Concept() {
        return repo_->AddIssue({"Nieuwsbrief", "Hallo"},
                               {{"nieuws:1", {"nieuws", "Bericht", "", "/nieuws/a", {}, {}}}},
                               std::nullopt, 300);
    }
    // Queues every waiting delivery of `issue` as one process would, `limit` at a time.
    int QueueAll(int64_t issue, int limit) {
        int queued = 0;
        for (;;) {
            int n = 0;
            InTransaction(*db_, [&](Database& tx) {
                NewsletterRepo batch(tx);
                for (const auto& d : batch.ClaimWaiting(issue, limit)) {
                    ++n;
                    batch.Queued(d.id, OutboxRepo(tx).Enqueue(d.subscriber.email, "N", "t", 400));
                }
                batch.FinishIfDone(issue, 400);
            });
            if (n == 0) return queued;
            queued += n;
        }
    }
    std::unique_ptr<Database> db_;
    std::unique_ptr<NewsletterRepo> repo_;
};

TEST_P(NewsletterStorage, AConfirmationLinkWorksOnceAndNotAfterItExpires) {
    const Subscriber s = repo_->Request({"a@school.example", "Anouk", {{"vo"}, {}}}, 100);
    EXPECT_FALSE(s.active);
    EXPECT_EQ(repo_->Count().waiting, 1);
    repo_->AddLink(s.id, "late", kConfirmLink, 100, 150);
    EXPECT_FALSE(repo_->Confirm("late", 150)) << "expired";
    repo_->AddLink(s.id, "manage", kManageLink, 100, 1000);
    EXPECT_FALSE(repo_->Confirm("manage", 120)) << "a preferences link confirms nothing";
    repo_->AddLink(s.id, "ok", kConfirmLink, 100, 1000);
    const auto confirmed = repo_->Confirm("ok", 120);
    ASSERT_TRUE(confirmed);
    EXPECT_TRUE(confirmed->active);
    EXPECT_EQ(confirmed->interests.sectors, std::vector<std::string>{"vo"});
    EXPECT_FALSE(repo_->Confirm("ok", 121)) << "used up";
    EXPECT_EQ(repo_->Count().active, 1);
    EXPECT_EQ(repo_->Count().waiting, 0);
}

TEST_P(NewsletterStorage, AskingAgainChangesAWaitingSubscriberButNeverAnActiveOne) {
    repo_->Request({"w@school.example", "Eerst", {{"vo"}, {}}}, 100);
    const Subscriber waiting = repo_->Request({"w@school.example", "Later", {{"hbo"}, {}}}, 101);
    EXPECT_EQ(waiting.name, "Later");
    EXPECT_EQ(waiting.interests.sectors, std::vector<std::string>{"hbo"});
    const Subscriber active = Active("a@school.example", {{"mbo"}, {"loopbaangesprek"}});
    const Subscriber again = repo_->Request({"a@school.example", "Iemand", {{}, {}}}, 102);
    EXPECT_EQ(again.id, active.id);
    EXPECT_TRUE(again.active);
    EXPECT_EQ(again.name, "Naam");
    EXPECT_EQ(again.interests.themes, std::vector<std::string>{"loopbaangesprek"});
}

TEST_P(NewsletterStorage, UnsubscribingDeletesTheSubscriberAndKeepsTheIssuesCounts) {
    const Subscriber a = Active("a@school.example");
    Active("b@school.example");
    repo_->AddLink(a.id, "manage-a", kManageLink, 100, 10'000);
    const int64_t issue = Concept();
    ASSERT_EQ(repo_->StartSending(issue, std::nullopt, 300), 2);
    EXPECT_EQ(QueueAll(issue, 10), 2);
    repo_->Remove(a.id);
    EXPECT_FALSE(repo_->ByLink("manage-a", kManageLink, 200));
    EXPECT_EQ(repo_->Count().active, 1);
    EXPECT_EQ(repo_->ProgressOf(issue).total, 2) << "the issue still went to two";
    const auto census = repo_->Census();
    EXPECT_EQ(census[0], 1) << "one subscriber left";
    EXPECT_EQ(census[2], 0) << "no link of the one who left";
}

TEST_P(NewsletterStorage, AnIssueStartsSendingOnceAndWhoLeftMeanwhileIsSkipped) {
    const Subscriber a = Active("a@school.example");
    Active("b@school.example");
    repo_->Request({"waits@school.example", "", {}}, 100);  // not confirmed: gets nothing
    const int64_t issue = Concept();
    EXPECT_EQ(repo_->StartSending(issue, std::nullopt, 300), 2);
    EXPECT_FALSE(repo_->StartSending(issue, std::nullopt, 301)) << "a second press";
    EXPECT_FALSE(repo_->UpdateIssue(issue, {"Anders", ""}, {}, 302));
    EXPECT_FALSE(repo_->DeleteIssue(issue));
    EXPECT_EQ(repo_->IssueBeingSent(), issue);
    repo_->Remove(a.id);
    EXPECT_EQ(QueueAll(issue, 10), 1);
    const Progress p = repo_->ProgressOf(issue);
    EXPECT_EQ(p.total, 2);
    EXPECT_EQ(p.skipped, 1);
    EXPECT_EQ(p.queued, 1);
    EXPECT_EQ(p.waiting, 0);
    EXPECT_EQ(repo_->FindIssue(issue)->status, kIssueSent);
    EXPECT_FALSE(repo_->IssueBeingSent());
}

TEST_P(NewsletterStorage, TwoProcessesQueueEachDeliveryOnce) {
    for (int i = 0; i < 120; ++i) Active("lezer" + std::to_string(i) + "@school.example");
    const int64_t issue = Concept();
    ASSERT_EQ(repo_->StartSending(issue, std::nullopt, 300), 120);
    std::atomic<int> queued{0}, failed{0};
    std::vector<std::thread> processes;
    for (int t = 0; t < 3; ++t)
        processes.emplace_back([&] {
            try {
                queued += QueueAll(issue, 7);
            } catch (const std::exception&) {
                ++failed;  // SQLite: a writer that found the database busy; the others go on
            }
        });
    for (auto& t : processes) t.join();
    if (failed > 0) queued += QueueAll(issue, 7);
    EXPECT_EQ(queued, 120);
    std::set<std::string> to;
    for (const auto& m : OutboxRepo(*db_).Recent(1000)) EXPECT_TRUE(to.insert(m.to).second) << m.to;
    EXPECT_EQ(to.size(), 120u);
    EXPECT_EQ(repo_->ProgressOf(issue).queued, 120);
    EXPECT_EQ(repo_->FindIssue(issue)->status, kIssueSent);
}

TEST_P(NewsletterStorage, DeliveredAndFailedComeFromTheOutbox) {
    Active("a@school.example");
    Active("b@school.example");
    Active("c@school.example");
    const int64_t issue = Concept();
    repo_->StartSending(issue, std::nullopt, 300);
    QueueAll(issue, 10);
    OutboxRepo outbox(*db_);
    auto mails = outbox.Recent(10);
    ASSERT_EQ(mails.size(), 3u);
    outbox.MarkSent(mails[0].id, 500);
    for (int i = 0; i < kMaxSendAttempts; ++i) outbox.MarkFailed(mails[1].id, "550 onbekend");
    const Progress p = repo_->ProgressOf(issue);
    EXPECT_EQ(p.delivered, 1);
    EXPECT_EQ(p.failed, 1);
    EXPECT_EQ(p.queued, 1);
    outbox.MarkSent(mails[2].id, 501);
    EXPECT_EQ(repo_->ProgressOf(issue).delivered, 2);
    // Final now: kept with the issue, not counted again (the outbox could be pruned one day).
    db_->With(
        [&](Connection& c) { c.Execute("UPDATE outbox SET sent_at = NULL, attempts = 0", {}); });
    const Progress kept = repo_->ProgressOf(issue);
    EXPECT_EQ(kept.total, 3);
    EXPECT_EQ(kept.delivered, 2);
    EXPECT_EQ(kept.failed, 1);
    EXPECT_EQ(kept.queued, 0);
}

TEST_P(NewsletterStorage, WhoNeverConfirmsIsForgottenWithExpiredLinks) {
    const Subscriber waits = repo_->Request({"w@school.example", "", {}}, 100);
    repo_->AddLink(waits.id, "c", kConfirmLink, 100, 1000);
    repo_->Request({"again@school.example", "", {}}, 100);
    const Subscriber again = repo_->Request({"again@school.example", "", {}}, 160);
    repo_->AddLink(again.id, "c2", kConfirmLink, 160, 1000);
    const Subscriber a = Active("a@school.example");
    repo_->AddLink(a.id, "old", kManageLink, 100, 500);
    repo_->AddLink(a.id, "new", kManageLink, 100, 5000);
    repo_->Purge(/*unconfirmed_before=*/150, /*now=*/600);
    EXPECT_EQ(repo_->Count().waiting, 1) << "who asked again has their days anew";
    EXPECT_TRUE(repo_->Confirm("c2", 600));
    EXPECT_EQ(repo_->Count().active, 2);
    EXPECT_FALSE(repo_->ByLink("old", kManageLink, 400)) << "deleted, though asked as of before";
    EXPECT_TRUE(repo_->ByLink("new", kManageLink, 600));
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, NewsletterStorage,
                         ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::storage
