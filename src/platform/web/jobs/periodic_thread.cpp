#include "platform/web/jobs/periodic_thread.hpp"

#include <spdlog/spdlog.h>

namespace koers::web {

PeriodicThread::PeriodicThread(std::string name, std::chrono::seconds interval,
                               std::function<void()> task)
    : name_(std::move(name)),
      interval_(interval),
      task_(std::move(task)),
      thread_([this] { Run(); }) {}

PeriodicThread::~PeriodicThread() {
    {
        std::lock_guard lock(mu_);
        stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
}

void PeriodicThread::Run() {
    std::unique_lock lock(mu_);
    while (!stop_) {
        lock.unlock();
        try {
            task_();
        } catch (const std::exception& e) {
            spdlog::warn("{}: {}", name_, e.what());
        }
        lock.lock();
        cv_.wait_for(lock, interval_, [this] { return stop_; });
    }
}

}  // namespace koers::web
