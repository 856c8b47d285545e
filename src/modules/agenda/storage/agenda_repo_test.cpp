// The agenda's storage on both databases: however many register at once, exactly the capacity is
// confirmed and the rest waits in order; a cancelled place goes to the first one waiting; an
// address registers once; fewer places than are confirmed is refused and more places take the
// waiting list; old registrations go; a network's own events stay out of the public lists.
#include "modules/agenda/storage/agenda_repo.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "modules/networks/storage/network_repo.hpp"
#include "platform/core/common/errors.hpp"
#include "platform/storage/db/unit_of_work.hpp"
#include "platform/storage/org_repo.hpp"
#include "support/test_db.hpp"

namespace koers::storage {
namespace {

class AgendaStorage : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        db_ = testing::NewTestDatabase(GetParam(), 8);
        if (!db_) GTEST_SKIP() << "geen PostgreSQL-testcluster";
        repo_ = std::make_unique<AgendaRepo>(*db_);
    }
    int64_t AddEvent(int capacity) {
        core::Event e;
        e.title = "Netwerk";
        e.description = "Over de overstap";
        e.place = "Horizon mbo";
        e.starts_at = 10'000;
        e.ends_at = 17'200;
        e.deadline = 9'000;
        e.capacity = capacity;
        return repo_->Add(e, std::nullopt, 1);
    }
    core::Registration Person(int64_t event, int n) {
        core::Registration r;
        r.event_id = event;
        r.name = "Deelnemer " + std::to_string(n);
        r.email = "deelnemer" + std::to_string(n) + "@school.example";
        r.role = "Docent";
        return r;
    }
    static std::string Code(int n) { return "code-" + std::to_string(n); }
    // The reminders `repo` claims at `now`, as the housekeeping does.
    static std::vector<Reminder> ClaimReminders(AgendaRepo& repo, int64_t now) {
        std::vector<Reminder> out;
        for (const int64_t id : repo.RemindersDue(now))
            if (auto r = repo.ClaimReminder(id, now)) out.push_back(std::move(*r));
        return out;
    }
    std::unique_ptr<Database> db_;
    std::unique_ptr<AgendaRepo> repo_;
};

TEST_P(AgendaStorage, TwoHundredAtOnceForFiftyPlacesGiveFiftyConfirmedAndAQueue) {
    const int64_t event = AddEvent(50);
    std::atomic<int> confirmed{0}, waiting{0}, failed{0};
    std::vector<std::thread> threads;
    for (int n = 0; n < 200; ++n)
        threads.emplace_back([&, n] {
            try {
                const auto done = repo_->Register(Person(event, n), Code(n), 100 + n % 7);
                (done.standing == core::Standing::kBevestigd ? confirmed : waiting)++;
            } catch (const std::exception&) {
                failed++;
            }
        });
    for (auto& t : threads) t.join();
    EXPECT_EQ(failed.load(), 0) << "no registration is lost";
    EXPECT_EQ(confirmed.load(), 50);
    EXPECT_EQ(waiting.load(), 150);
    const auto stored = repo_->Find(event);
    EXPECT_EQ(stored->confirmed, 50);
    EXPECT_EQ(stored->waiting, 150);
    // The queue places are 1..150, each once.
    std::vector<int> places;
    for (const auto& r : repo_->Registrations(event))
        if (r.standing == core::Standing::kWachtlijst) places.push_back(repo_->QueuePlace(r));
    std::sort(places.begin(), places.end());
    ASSERT_EQ(places.size(), 150u);
    for (int i = 0; i < 150; ++i) EXPECT_EQ(places[static_cast<size_t>(i)], i + 1);
}

TEST_P(AgendaStorage, ACancelledPlaceGoesToTheFirstOneWaitingOnce) {
    const int64_t event = AddEvent(2);
    for (int n = 0; n < 4; ++n) repo_->Register(Person(event, n), Code(n), 100 + n);
    EXPECT_EQ(repo_->ByCode(Code(3))->standing, core::Standing::kWachtlijst);
    EXPECT_EQ(repo_->QueuePlace(*repo_->ByCode(Code(3))), 2);
    const auto done = repo_->Cancel(Code(0), 500);
    ASSERT_TRUE(done);
    ASSERT_TRUE(done->promoted);
    EXPECT_EQ(done->promoted->email, Person(event, 2).email) << "the one who waited longest";
    EXPECT_EQ(repo_->QueuePlace(*repo_->ByCode(Code(3))), 1);
    EXPECT_FALSE(repo_->Cancel(Code(0), 501)) << "a second cancel changes nothing";
    EXPECT_EQ(repo_->Find(event)->confirmed, 2);
    // Cancelled registrations of the same address register anew, at the back of the queue.
    const auto again = repo_->Register(Person(event, 0), Code(10), 600);
    EXPECT_FALSE(again.already);
    EXPECT_EQ(again.standing, core::Standing::kWachtlijst);
    EXPECT_EQ(again.queue_place, 2);
    EXPECT_FALSE(repo_->ByCode(Code(0))) << "the old link no longer works";
    EXPECT_TRUE(repo_->Register(Person(event, 1), Code(11), 601).already);
    EXPECT_EQ(repo_->ByCode(Code(1))->standing, core::Standing::kBevestigd)
        << "registering twice changes nothing";
    // Once the event has begun, a cancelled place is not given away.
    const auto late = repo_->Cancel(Code(1), 10'000);
    ASSERT_TRUE(late);
    EXPECT_FALSE(late->promoted);
    EXPECT_THROW(repo_->Cancel("geen-code", 1), core::NotFound);
}

TEST_P(AgendaStorage, AFullWaitingListTakesNoMore) {
    const int64_t event = AddEvent(1);
    for (int n = 0; n < 51; ++n) EXPECT_FALSE(repo_->Register(Person(event, n), Code(n), 100).full);
    const auto census = repo_->Census();
    const auto late = repo_->Register(Person(event, 51), Code(51), 101);
    EXPECT_TRUE(late.full) << "1 place and 50 waiting";
    EXPECT_EQ(repo_->Census(), census) << "nothing stored";
    EXPECT_FALSE(repo_->ByCode(Code(51)));
}

TEST_P(AgendaStorage, ChangingTheCapacityKeepsConfirmedPlacesAndFillsNewOnes) {
    const int64_t event = AddEvent(2);
    for (int n = 0; n < 5; ++n) repo_->Register(Person(event, n), Code(n), 100 + n);
    auto e = repo_->Find(event)->event;
    e.capacity = 1;
    EXPECT_THROW(repo_->Update(e, 1), core::Conflict);
    EXPECT_EQ(repo_->Find(event)->event.capacity, 2) << "nothing changed";
    e.capacity = 4;
    e.title = "Netwerk, groter";
    const auto promoted = repo_->Update(e, 1);
    ASSERT_EQ(promoted.size(), 2u);
    EXPECT_EQ(promoted[0].email, Person(event, 2).email);
    EXPECT_EQ(promoted[1].email, Person(event, 3).email);
    const auto stored = repo_->Find(event);
    EXPECT_EQ(stored->event.title, "Netwerk, groter");
    EXPECT_EQ(stored->confirmed, 4);
    EXPECT_EQ(stored->waiting, 1);
    // Once it has begun (at 10'000), a place added goes to no one waiting.
    e.capacity = 6;
    EXPECT_TRUE(repo_->Update(e, 10'000).empty());
    EXPECT_EQ(repo_->Find(event)->waiting, 1);
}

TEST_P(AgendaStorage, RegistrationsGoNinetyDaysAfterTheirEventAndTheListsAreOrdered) {
    const int64_t event = AddEvent(1);
    repo_->Register(Person(event, 0), Code(0), 100);
    repo_->Register(Person(event, 1), Code(1), 101);
    const auto census = repo_->Census();
    EXPECT_EQ(repo_->Upcoming(17'199, 10).size(), 1u);
    EXPECT_TRUE(repo_->Upcoming(17'200, 10).empty()) << "an event that ended is not upcoming";
    EXPECT_EQ(repo_->OfOrganiser(std::nullopt).size(), 1u);
    EXPECT_TRUE(repo_->OfOrganiser(int64_t{999}).empty());
    EXPECT_EQ(repo_->PurgeRegistrations(17'200), 0) << "not before the event has ended";
    EXPECT_EQ(repo_->PurgeRegistrations(17'201), 2);
    EXPECT_TRUE(repo_->Registrations(event).empty());
    EXPECT_NE(repo_->Census(), census);
}

TEST_P(AgendaStorage, OneProcessClaimsEachReminderAndAMovedEventIsRemindedAgain) {
    const int64_t event = AddEvent(1);
    repo_->Register(Person(event, 0), Code(0), 100);
    repo_->Register(Person(event, 1), Code(1), 101);
    AgendaRepo other(*db_);  // a second koers process
    EXPECT_TRUE(ClaimReminders(*repo_, 10'000 - core::kReminderSeconds - 1).empty()) << "too early";
    const auto mine = ClaimReminders(*repo_, 10'000 - core::kReminderSeconds);
    ASSERT_EQ(mine.size(), 1u);
    ASSERT_EQ(mine[0].confirmed.size(), 1u) << "the waiting list is not reminded";
    EXPECT_EQ(mine[0].confirmed[0].email, Person(event, 0).email);
    EXPECT_TRUE(ClaimReminders(other, 10'000 - core::kReminderSeconds + 60).empty());
    EXPECT_TRUE(ClaimReminders(*repo_, 9'999).empty()) << "once";
    auto e = repo_->Find(event)->event;
    e.title = "Netwerk, nieuwe titel";
    repo_->Update(e, 1);
    EXPECT_TRUE(ClaimReminders(*repo_, 9'999).empty())
        << "a new title is no reason to remind again";
    e.starts_at = 20'000;
    e.ends_at = 27'200;
    e.sectors = {"mbo", "hbo"};
    e.outcome = "Terugblik";
    repo_->Update(e, 1);
    EXPECT_EQ(ClaimReminders(other, 20'000 - core::kReminderSeconds).size(), 1u);
    const auto stored = repo_->Find(event)->event;
    EXPECT_EQ(stored.sectors, (std::vector<std::string>{"mbo", "hbo"}));
    EXPECT_TRUE(repo_->Past(27'199, 10).empty());
    ASSERT_EQ(repo_->Past(27'200, 10).size(), 1u) << "over, with a terugblik";
}

TEST_P(AgendaStorage, AMessageIsClaimedOnceByItsTokenEvenAtTheSameMoment) {
    const int64_t event = AddEvent(5);
    EXPECT_TRUE(repo_->ClaimMessage(event, "token-1", "Route", 3, std::nullopt, 100));
    EXPECT_FALSE(repo_->ClaimMessage(event, "token-1", "Route", 3, std::nullopt, 101));
    EXPECT_TRUE(repo_->ClaimMessage(event, "token-2", "Parkeren", 4, std::nullopt, 200));
    std::atomic<int> claimed{0}, refused{0};
    std::vector<std::thread> clicks;
    for (int i = 0; i < 4; ++i)
        clicks.emplace_back([&] {
            try {
                InTransaction(*db_, [&](Database& tx) {
                    if (AgendaRepo(tx).ClaimMessage(event, "token-3", "Zaal", 2, std::nullopt, 300))
                        ++claimed;
                    else
                        ++refused;
                });
            } catch (const ConstraintError&) {  // PostgreSQL: the other insert came first
                ++refused;
            }
        });
    for (auto& t : clicks) t.join();
    EXPECT_EQ(claimed.load(), 1);
    EXPECT_EQ(refused.load(), 3);
    const auto sent = repo_->Messages(event);
    ASSERT_EQ(sent.size(), 3u);
    EXPECT_EQ(sent[0].subject, "Zaal");
    EXPECT_EQ(sent[1].subject, "Parkeren");
    EXPECT_EQ(sent[1].recipients, 4);
    EXPECT_EQ(sent[2].sent_at, 100);
    EXPECT_TRUE(repo_->Messages(AddEvent(5)).empty());
}

TEST_P(AgendaStorage, ANetworksOwnEventStaysOutOfThePublicAgenda) {
    const int64_t region = OrgRepo(*db_).AddRegion("Regio Test", 1);
    NetworkRepo networks(*db_);
    core::Network n;
    n.region_id = region;
    n.name = "Werkgroep";
    const int64_t a = networks.Add(n, 1), b = networks.Add(n, 1);
    const int64_t open = AddEvent(10);
    core::Event closed = repo_->Find(open)->event;
    closed.region_id = region;
    closed.network_id = a;
    closed.title = "Alleen voor leden";
    closed.outcome = "Een terugblik";
    const int64_t members = repo_->Add(closed, std::nullopt, 1);
    EXPECT_EQ(repo_->Find(members)->event.network_id, a);
    EXPECT_EQ(repo_->Find(members)->network, "Werkgroep");
    const auto ids = [](const std::vector<StoredEvent>& list) {
        std::vector<int64_t> out;
        for (const auto& s : list) out.push_back(s.event.id);
        return out;
    };
    EXPECT_EQ(ids(repo_->Upcoming(0, 50)), std::vector<int64_t>{open});
    EXPECT_TRUE(ids(repo_->Past(20'000, 50)).empty()) << "the terugblik is the members' too";
    EXPECT_EQ(ids(repo_->UpcomingOfNetworks({a}, 0, 50)), std::vector<int64_t>{members});
    EXPECT_TRUE(repo_->UpcomingOfNetworks({b}, 0, 50).empty());
    EXPECT_TRUE(repo_->UpcomingOfNetworks({}, 0, 50).empty());
    EXPECT_TRUE(repo_->UpcomingOfNetworks({a}, 20'000, 50).empty()) << "over";
    // Made public by its organiser: in the agenda from then on.
    closed.id = members;
    closed.network_id.reset();
    repo_->Update(closed, 1);
    EXPECT_EQ(ids(repo_->Upcoming(0, 50)), (std::vector<int64_t>{open, members}));
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, AgendaStorage, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::storage
