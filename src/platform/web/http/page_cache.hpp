#pragma once
// Pages every anonymous reader gets the same (routes added with Router::Published: the home
// page, content lists, detail pages, search), kept and answered from memory to readers without
// a session until a second after the data they show was last known current
// (Response::current_as_of_ms: the content catalogue's last check), so a kept page never adds
// its second to the catalogue's promise between koers processes. The router stores only
// a 200 that set no cookie and carries no CSRF token, and serves it only to a request whose
// only cookie is the anonymous CSRF cookie (decision 0022). A save in this process clears it,
// so whoever saved, and every reader after, sees the change at once. Bounded in entries and
// bytes.
// Thread-safe.
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "platform/web/http/message.hpp"

namespace koers::web {

inline constexpr int64_t kSharedPageMillis = 1000;

class PageCache {
public:
    // The response stored under `key` current less than kSharedPageMillis before `now_ms`.
    std::optional<Response> Get(std::string_view key, int64_t now_ms);
    // Keeps `response`, whose data was current at `current_ms`.
    void Put(std::string_view key, const Response& response, int64_t current_ms);
    // After this process changed what the pages show: none is served from before.
    void Clear();

private:
    struct Entry {
        Response response;
        int64_t made_ms = 0;
    };
    std::mutex mutex_;
    std::map<std::string, Entry, std::less<>> entries_;
    size_t bytes_ = 0;
};

}  // namespace koers::web
