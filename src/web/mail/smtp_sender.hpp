#pragma once
// Delivers the outbox over SMTP with libcurl, from a background thread of each koers process.
// Each mail is claimed in the database first, so with several processes it is sent once.
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "core/common/environment.hpp"
#include "storage/repos/outbox_repo.hpp"

namespace koers::web {

struct SmtpSettings {
    std::string url;  // "smtp://mail.example.nl:587" or "smtps://..."
    std::string user;
    std::string password;
    std::string from;  // "koers@school.nl"
};

// Sends one message; returns an empty string on success or curl's error text.
std::string SendMail(const SmtpSettings& smtp, const std::string& to, const std::string& subject,
                     const std::string& body);

class OutboxWorker {
public:
    OutboxWorker(storage::OutboxRepo& outbox, core::Clock& clock, SmtpSettings smtp);
    ~OutboxWorker();  // stops and joins the thread
    OutboxWorker(const OutboxWorker&) = delete;
    OutboxWorker& operator=(const OutboxWorker&) = delete;

private:
    void Run();

    storage::OutboxRepo& outbox_;
    core::Clock& clock_;
    SmtpSettings smtp_;
    std::mutex mu_;
    std::condition_variable cv_;
    bool stop_ = false;
    std::thread thread_;
};

}  // namespace koers::web
