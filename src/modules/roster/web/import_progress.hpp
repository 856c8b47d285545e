#pragma once
// How far the applying of a student list is, for the page that waits for it (it asks every half
// second while "Verwerken" runs). Kept in this process's memory: the work runs in one request on
// one process, and a process behind the same address that is asked knows nothing, so the page
// then only says that Koers is busy. Thread-safe.
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>

namespace koers::web {

struct Progress {
    int done = 0;
    int total = 0;
};

class ImportProgress {
public:
    void Set(int64_t import_id, Progress p) {
        const std::lock_guard lock(mu_);
        at_[import_id] = p;
    }
    // The work ended (applied, or refused): nothing more to tell.
    void Forget(int64_t import_id) {
        const std::lock_guard lock(mu_);
        at_.erase(import_id);
    }
    std::optional<Progress> Of(int64_t import_id) const {
        const std::lock_guard lock(mu_);
        const auto found = at_.find(import_id);
        return found == at_.end() ? std::nullopt : std::optional(found->second);
    }

private:
    mutable std::mutex mu_;
    std::map<int64_t, Progress> at_;
};

}  // namespace koers::web
