#include "platform/web/http/response_head.hpp"

#include <ostream>  // before Beast: its string_view needs it

#include <boost/beast/http/status.hpp>
#include <ctime>
#include <string_view>

namespace koers::web {
namespace {

// The current time as an HTTP date, formatted once per second per thread.
const std::string& HttpDateNow() {
    thread_local std::time_t formatted_at = -1;
    thread_local std::string text;
    const std::time_t now = std::time(nullptr);
    if (now != formatted_at) {
        text = HttpDate(now);
        formatted_at = now;
    }
    return text;
}

bool SafeHeaderText(std::string_view s) {
    for (char c : s)
        if (c == '\r' || c == '\n' || c == '\0') return false;
    return true;
}

}  // namespace

std::string HttpDate(int64_t unix_seconds) {
    const auto t = static_cast<std::time_t>(unix_seconds);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buffer[40];
    const size_t n = std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S GMT", &utc);
    return {buffer, n};
}

std::string SerializeHead(const Response& r, size_t content_length, unsigned version,
                          bool keep_alive) {
    std::string head;
    head.reserve(1024);
    head += version == 10 ? "HTTP/1.0 " : "HTTP/1.1 ";
    head += std::to_string(r.status);
    head += ' ';
    head += boost::beast::http::obsolete_reason(static_cast<boost::beast::http::status>(r.status));
    head += "\r\nServer: Koers\r\nDate: ";
    head += HttpDateNow();
    head += "\r\n";
    // 1xx, 204 and 304 have no body, so no header describes one.
    const bool bodiless = (r.status >= 100 && r.status < 200) || r.status == 204 || r.status == 304;
    if (!bodiless) {
        head += "Content-Type: ";
        head += r.content_type;
        head += "\r\n";
    }
    for (const auto& [name, value] : r.headers) {
        if (!SafeHeaderText(name) || !SafeHeaderText(value)) continue;  // no header injection
        head += name;
        head += ": ";
        head += value;
        head += "\r\n";
    }
    if (!bodiless) {
        head += "Content-Length: ";
        head += std::to_string(content_length);
        head += "\r\n";
    }
    if (!keep_alive)
        head += "Connection: close\r\n";
    else if (version == 10)
        head += "Connection: keep-alive\r\n";
    head += "\r\n";
    return head;
}

}  // namespace koers::web
