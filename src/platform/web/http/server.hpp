#pragma once
// The HTTP/1.1 server: Boost.Beast over Asio with C++20 coroutines. Keep-alive, a read timeout
// per request, header and body limits, and graceful shutdown: on SIGTERM or SIGINT it stops
// accepting, lets in-flight requests finish and closes idle connections.
//
// Threads: one I/O thread per core reads and writes; handlers run on a separate pool
// (HandlerPool), so a slow handler never holds up reading, writing or the requests of other
// connections.
// Connections are capped (in total, from the open-file limit, and per client address); above
// three quarters of the cap idle keep-alive connections are closed, over it a new connection
// gets 503, and when accepting fails (no file descriptors left) the server waits before it
// tries again instead of spinning.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "platform/web/http/message.hpp"

namespace koers::web {

struct ServerOptions {
    std::string bind = "127.0.0.1";
    uint16_t port = 8080;     // 0 picks a free port
    int threads = 0;          // I/O threads; 0 = one per core
    int handler_threads = 0;  // 0 = four per core: handlers mostly wait on the database
    int max_connections = 0;  // 0 = the open-file limit less a reserve (MaxConnectionsFor)
    int max_connections_per_address = 256;  // not for trusted proxies
    // Reverse proxies (nginx) whose X-Forwarded-For is believed; from any other peer the header
    // is ignored, so nobody can pick the address the throttles and the audit log see.
    std::vector<std::string> trusted_proxies;
    size_t header_limit = size_t{16} * 1024;
    size_t body_limit = size_t{1024} * 1024;
    // Requests to a route that takes uploads (RoutePolicy) may be this large.
    size_t upload_body_limit = size_t{12} * 1024 * 1024;
    int read_timeout_seconds = 30;
    int shutdown_grace_seconds = 20;
};

// Handles one request; must not throw (Router::Handle does not).
using RequestHandler = std::function<Response(const Request&)>;
// What the server asks about a request from its request line alone ("POST",
// "/redactie/4/bijlagen"), before it reads the body.
struct RoutePolicy {
    using Question = std::function<bool(std::string_view method, std::string_view target)>;
    // Goes to a route that takes uploads: only those may send upload_body_limit bytes.
    Question accepts_upload;
    // Is answered from memory (static files): cheap enough to handle on the I/O thread, so it
    // skips the hop to the handler pool.
    Question answered_from_memory;
};
// One access-log line per request. It shows Response::log_target, never the raw target (which
// may hold a one-time secret).
using AccessLog = std::function<void(const Request&, const Response&, double seconds)>;

class HttpServer {
public:
    // Binds and listens at once, so port() is known before Run(). Throws std::runtime_error
    // when the address cannot be used.
    explicit HttpServer(const ServerOptions& options);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    uint16_t port() const;
    // Serves until SIGTERM/SIGINT, then shuts down gracefully and returns. Without a policy no
    // request may exceed body_limit and every handler runs on the pool.
    void Run(RequestHandler handler, AccessLog access_log, RoutePolicy policy = {});

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace koers::web
