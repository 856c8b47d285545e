#pragma once
// Runs a task on its own thread: once at start, then every `interval`, until destroyed. The
// task must not throw (exceptions are logged and the loop goes on). Used for background work
// that every koers process may do safely at the same time (outbox delivery, clean-up).
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace koers::web {

class PeriodicThread {
public:
    PeriodicThread(std::string name, std::chrono::seconds interval, std::function<void()> task);
    ~PeriodicThread();  // stops and joins
    PeriodicThread(const PeriodicThread&) = delete;
    PeriodicThread& operator=(const PeriodicThread&) = delete;

private:
    void Run();

    std::string name_;
    std::chrono::seconds interval_;
    std::function<void()> task_;
    std::mutex mu_;
    std::condition_variable cv_;
    bool stop_ = false;
    std::thread thread_;
};

}  // namespace koers::web
