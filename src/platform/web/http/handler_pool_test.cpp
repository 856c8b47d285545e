// The handler pool wakes as few threads as it can, yet never leaves a task waiting while a
// thread sleeps and every awake one is held up (a handler waiting on the database).
#include "platform/web/http/handler_pool.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace koers::web {
namespace {

// Counts arrivals; Wait returns true once `expected` tasks are inside at the same time, false
// when that does not happen within 10 s (a pool that leaves tasks queued would hang).
class Gathering {
public:
    explicit Gathering(int expected) : expected_(expected) {}
    bool ArriveAndWait() {
        std::unique_lock lock(mu_);
        if (++arrived_ == expected_) all_.notify_all();
        return all_.wait_for(lock, std::chrono::seconds(10), [&] { return arrived_ >= expected_; });
    }

private:
    std::mutex mu_;
    std::condition_variable all_;
    int arrived_ = 0;
    const int expected_;
};

TEST(HandlerPool, EveryThreadIsUsedWhenEveryTaskWaitsForTheOthers) {
    constexpr int kThreads = 8;
    for (int round = 0; round < 50; ++round) {
        HandlerPool pool(kThreads);
        Gathering gathering(kThreads);
        std::atomic<int> met{0};
        auto gather = [&] {
            if (gathering.ArriveAndWait()) ++met;
        };
        // One task posts the others at once (faster than a thread wakes), then waits too: only
        // the chain of wake-ups can bring them all in.
        pool.Post([&] {
            for (int i = 1; i < kThreads; ++i) pool.Post(gather);
            gather();
        });
        pool.Join();
        ASSERT_EQ(met, kThreads) << "round " << round << ": a task waited while a thread slept";
    }
}

TEST(HandlerPool, TasksPostedInBurstsAndFromTasksAllRunBeforeJoinReturns) {
    std::atomic<int> ran{0};
    {
        HandlerPool pool(4);
        for (int i = 0; i < 10000; ++i)
            pool.Post([&pool, &ran, i] {
                ++ran;
                if (i % 100 == 0) pool.Post([&ran] { ++ran; });
            });
    }  // the destructor joins: what was posted still runs
    EXPECT_EQ(ran, 10100);
}

TEST(HandlerPool, AMoveOnlyTaskRunsOnce) {
    std::atomic<int> ran{0};
    HandlerPool pool(2);
    auto owned = std::make_unique<int>(7);
    pool.Post([owned = std::move(owned), &ran] { ran += *owned; });
    pool.Join();
    EXPECT_EQ(ran, 7);
}

}  // namespace
}  // namespace koers::web
