#include "platform/web/http/handler_pool.hpp"

namespace koers::web {

HandlerPool::HandlerPool(int threads) {
    threads_.reserve(static_cast<size_t>(threads));
    for (int i = 0; i < threads; ++i) threads_.emplace_back([this] { Loop(); });
}

HandlerPool::~HandlerPool() { Join(); }

void HandlerPool::Push(std::unique_ptr<Work> work) {
    bool signal = false;
    {
        std::lock_guard lock(mu_);
        queue_.push_back(std::move(work));
        if (sleeping_ > 0 && woken_ == 0) {
            ++woken_;
            signal = true;
        }
    }
    if (signal) wake_.notify_one();
}

void HandlerPool::Loop() {
    std::unique_lock lock(mu_);
    for (;;) {
        // Stopped and idle: nothing queued and no task running that could still post one.
        auto finished = [&] { return stopping_ && queue_.empty() && running_ == 0; };
        while (queue_.empty() && !finished()) {
            ++sleeping_;
            wake_.wait(lock);
            --sleeping_;
            // A spurious wake-up may come while another thread's signal is pending.
            if (woken_ > 0) --woken_;
        }
        if (finished()) {
            wake_.notify_all();
            return;
        }
        auto work = std::move(queue_.front());
        queue_.pop_front();
        ++running_;
        const bool next = !queue_.empty() && sleeping_ > 0 && woken_ == 0;
        if (next) ++woken_;
        lock.unlock();
        if (next) wake_.notify_one();
        work->Run();
        work.reset();
        lock.lock();
        --running_;
    }
}

void HandlerPool::Join() {
    {
        std::lock_guard lock(mu_);
        if (stopping_) return;
        stopping_ = true;
    }
    wake_.notify_all();
    for (auto& t : threads_) t.join();
}

}  // namespace koers::web
