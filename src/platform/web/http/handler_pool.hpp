#pragma once
// The threads that run request handlers. A handler may wait (on PostgreSQL, on SQLite's lock, on
// a checkpoint's fsync), so there are more threads than cores; but waking a sleeping thread for
// every request costs two context switches, and on a busy core that was a sixth of a page.
// So a new task wakes a sleeping thread only when no thread has been woken and not yet started;
// a thread that takes a task and sees more waiting wakes the next one. When handlers only
// compute, the awake thread drains the queue in one go; when they wait, every waiting task
// still gets a thread within one wake-up.
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace koers::web {

class HandlerPool {
public:
    explicit HandlerPool(int threads);
    ~HandlerPool();  // Join()
    HandlerPool(const HandlerPool&) = delete;
    HandlerPool& operator=(const HandlerPool&) = delete;

    // Runs `task` (a callable without arguments, which must not throw) on one of the threads.
    template <typename F>
    void Post(F&& task) {
        Push(std::make_unique<Task<std::decay_t<F>>>(std::forward<F>(task)));
    }
    // Runs what was posted (and what that posts in turn), then ends the threads.
    void Join();

private:
    struct Work {
        virtual ~Work() = default;
        virtual void Run() = 0;
    };
    template <typename F>
    struct Task final : Work {
        explicit Task(F&& f) : fn(std::move(f)) {}
        explicit Task(const F& f) : fn(f) {}
        void Run() override { fn(); }
        F fn;
    };
    void Push(std::unique_ptr<Work> work);
    void Loop();

    std::mutex mu_;
    std::condition_variable wake_;
    std::deque<std::unique_ptr<Work>> queue_;
    int sleeping_ = 0;
    int woken_ = 0;  // signalled and not yet started
    int running_ = 0;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

}  // namespace koers::web
