// Session loop modelled on the Boost.Beast 1.82 awaitable example (which fixes the close loop
// of the 1.81 one): read with a deadline, handle, write, repeat while keep-alive.
#include "platform/web/http/server.hpp"

#include "platform/web/http/beast_request.hpp"
#include "platform/web/http/client_limits.hpp"
#include "platform/web/http/handler_pool.hpp"
#include "platform/web/http/response_head.hpp"

#include <spdlog/spdlog.h>
#include <algorithm>
#include <array>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace koers::web {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
constexpr auto kTuple = asio::as_tuple(asio::use_awaitable);

struct Conn {
    Conn(tcp::socket s, std::string a) : stream(std::move(s)), address(std::move(a)) {}
    beast::tcp_stream stream;
    std::string address;  // the client's
    std::atomic<bool> idle{true};
};

constexpr auto kAcceptBackoffMin = std::chrono::milliseconds(10);
constexpr auto kAcceptBackoffMax = std::chrono::seconds(1);

class Server {
public:
    Server(const ServerOptions& o, int threads, HandlerPool& workers, RequestHandler h,
           AccessLog log, RoutePolicy policy)
        : options_(o),
          threads_(threads),
          workers_(workers),
          handler_(std::move(h)),
          log_(std::move(log)),
          policy_(std::move(policy)) {}

    // With several threads a connection's handlers (read, timer, shutdown cancel) must not run
    // at once, so each connection gets a strand; with one thread none is needed.
    asio::awaitable<std::tuple<beast::error_code, tcp::socket>> Accept(tcp::acceptor& acceptor,
                                                                       asio::any_io_executor ex) {
        if (threads_ == 1) co_return co_await acceptor.async_accept(kTuple);
        auto [ec, socket] = co_await acceptor.async_accept(asio::make_strand(ex), kTuple);
        co_return std::tuple<beast::error_code, tcp::socket>(ec, std::move(socket));
    }

    asio::awaitable<void> Listen(tcp::acceptor& acceptor) {
        auto ex = co_await asio::this_coro::executor;
        asio::steady_timer pause(ex);
        auto backoff = std::chrono::duration_cast<std::chrono::milliseconds>(kAcceptBackoffMin);
        for (;;) {
            auto [ec, socket] = co_await Accept(acceptor, ex);
            if (ec) {
                if (!acceptor.is_open()) co_return;
                // Out of file descriptors (or similar): free idle ones and wait, doubling the
                // wait up to a second, instead of retrying at once and spinning a core.
                ShedIdle();
                pause.expires_after(backoff);
                co_await pause.async_wait(kTuple);
                backoff = std::min<std::chrono::milliseconds>(backoff * 2, kAcceptBackoffMax);
                continue;
            }
            backoff = std::chrono::duration_cast<std::chrono::milliseconds>(kAcceptBackoffMin);
            beast::error_code aec;
            // A response leaves in one gather write; Nagle's algorithm would hold its last
            // segment until the client acknowledged the one before, and a client that delays
            // that acknowledgement (40 ms on Linux) stalls the page that long.
            socket.set_option(tcp::no_delay(true), aec);
            const auto endpoint = socket.remote_endpoint(aec);
            auto conn = std::make_shared<Conn>(
                std::move(socket), aec ? std::string() : endpoint.address().to_string());
            if (!Admit(conn)) {
                asio::co_spawn(conn->stream.get_executor(), Refuse(conn), asio::detached);
                continue;
            }
            asio::co_spawn(conn->stream.get_executor(), Session(conn), asio::detached);
        }
    }

    // Stop reading new requests; close connections that wait for one.
    void BeginShutdown() {
        stopping_ = true;
        ShedIdle();
    }

    // Closes the connections that wait for a next request (keep-alive), not those in a request.
    void ShedIdle() {
        std::lock_guard lock(mu_);
        for (auto& [ptr, weak] : conns_) {
            if (auto c = weak.lock())
                asio::post(c->stream.get_executor(), [c] {
                    // The error_code overload: the peer may have closed the socket already, and
                    // a throwing handler would end run() with an exception.
                    boost::system::error_code ignored;
                    if (c->idle) c->stream.socket().cancel(ignored);
                });
        }
    }

    bool Drained() {
        std::lock_guard lock(mu_);
        return conns_.empty();
    }

private:
    // Registers a new connection within the caps; false when it is over one. Above three
    // quarters of the total cap, idle connections are closed to make room.
    bool Admit(const std::shared_ptr<Conn>& c) {
        bool pressure = false;
        {
            std::lock_guard lock(mu_);
            const int total = static_cast<int>(conns_.size());
            int& from_address = per_address_[c->address];
            const bool proxy = IsTrustedProxy(c->address, options_.trusted_proxies);
            if (total >= max_connections_ ||
                (!proxy && from_address >= options_.max_connections_per_address)) {
                if (from_address == 0) per_address_.erase(c->address);
                return false;
            }
            ++from_address;
            conns_.emplace(c.get(), c);
            pressure = (total + 1) * 4 >= max_connections_ * 3;
        }
        if (pressure) ShedIdle();
        return true;
    }
    void Unregister(Conn* c) {
        std::lock_guard lock(mu_);
        conns_.erase(c);
        if (auto it = per_address_.find(c->address); it != per_address_.end() && --it->second <= 0)
            per_address_.erase(it);
    }

    // A connection over a cap: a short 503, then closed.
    asio::awaitable<void> Refuse(std::shared_ptr<Conn> conn) {
        co_await WriteError(conn->stream, http::status::service_unavailable,
                            "Koers is op dit moment te druk. Probeer het over een paar seconden "
                            "opnieuw.");
        beast::error_code ignored;
        conn->stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    }

    asio::awaitable<void> WriteError(beast::tcp_stream& stream, http::status status,
                                     std::string body) {
        http::response<http::string_body> res{status, 11};
        res.set(http::field::content_type, "text/plain; charset=utf-8");
        res.set(http::field::connection, "close");
        res.body() = std::move(body);
        res.prepare_payload();
        stream.expires_after(std::chrono::seconds(options_.read_timeout_seconds));
        co_await http::async_write(stream, res, kTuple);
    }

    // Writes the response: status line and headers serialised here, then header and body in
    // one gather write (Beast's serializer cost more than the whole request handling).
    // For HEAD, `body` is empty and `content_length` is what GET would send.
    asio::awaitable<beast::error_code> Write(beast::tcp_stream& stream, const Response& r,
                                             std::string_view body, size_t content_length,
                                             unsigned version, bool keep_alive) {
        std::string head = SerializeHead(r, content_length, version, keep_alive);
        std::array<asio::const_buffer, 2> buffers{asio::buffer(head), asio::buffer(body)};
        stream.expires_after(std::chrono::seconds(options_.read_timeout_seconds));
        auto [ec, n] = co_await asio::async_write(stream, buffers, kTuple);
        co_return ec;
    }

    asio::awaitable<void> Session(std::shared_ptr<Conn> conn) {
        beast::tcp_stream& stream = conn->stream;
        beast::flat_buffer buffer;
        while (!stopping_) {
            http::request_parser<http::string_body> parser;
            parser.header_limit(static_cast<std::uint32_t>(options_.header_limit));
            // Beast checks Content-Length against the limit while parsing the header, so the
            // header is read with the upload limit; the route decides the real one after.
            parser.body_limit(options_.upload_body_limit);
            stream.expires_after(std::chrono::seconds(options_.read_timeout_seconds));
            conn->idle = true;
            auto [ec, n] = co_await http::async_read_header(stream, buffer, parser, kTuple);
            conn->idle = false;
            if (!ec && !parser.is_done()) {
                const auto& head = parser.get();
                const bool upload = policy_.accepts_upload &&
                                    policy_.accepts_upload(head.method_string(), head.target());
                if (!upload &&
                    parser.content_length_remaining().value_or(0) > options_.body_limit) {
                    ec = http::error::body_limit;
                } else {
                    if (!upload) parser.body_limit(options_.body_limit);
                    auto [body_ec, body_n] =
                        co_await http::async_read(stream, buffer, parser, kTuple);
                    ec = body_ec;
                }
            }
            if (ec == http::error::body_limit) {
                co_await WriteError(stream, http::status::payload_too_large,
                                    "Wat er verstuurd werd, is te groot.");
                break;
            }
            if (ec == http::error::header_limit) {
                co_await WriteError(stream, http::status::request_header_fields_too_large,
                                    "De kopregels van het verzoek zijn te groot.");
                break;
            }
            if (ec && ec.category() == http::make_error_code(http::error::bad_target).category() &&
                ec != http::error::end_of_stream && ec != http::error::partial_message) {
                co_await WriteError(stream, http::status::bad_request,
                                    "Dit verzoek kan Koers niet lezen.");
                break;
            }
            if (ec) break;  // closed, timed out or cancelled

            auto started = std::chrono::steady_clock::now();
            auto& breq = parser.get();
            Request req = FromBeast(breq, conn->address, options_.trusted_proxies);
            // The handler runs on the worker pool; this connection waits without holding an I/O
            // thread, and continues on its own executor afterwards. What is answered from memory
            // is handled here: the hop would cost more than the work.
            // (An if, not a conditional expression: GCC 12 destroys the temporaries of a
            // co_await inside ?: too early.)
            Response r;
            if (policy_.answered_from_memory &&
                policy_.answered_from_memory(req.method, req.target))
                r = handler_(req);
            else
                r = co_await OnWorker(req);

            const bool keep_alive = breq.keep_alive() && !stopping_;
            const bool head = req.method == "HEAD";
            const size_t body_bytes = r.BodySize();
            std::string_view body =
                r.static_body.empty() ? std::string_view(r.body) : r.static_body;
            auto wec = co_await Write(stream, r, head ? std::string_view() : body, body_bytes,
                                      breq.version(), keep_alive);
            if (log_)
                log_(req, r,
                     std::chrono::duration<double>(std::chrono::steady_clock::now() - started)
                         .count());
            if (wec || !keep_alive) break;
        }
        beast::error_code ignored;
        stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        Unregister(conn.get());
    }

    // Runs the handler on the worker pool and resumes the session on its own executor with the
    // response. The worker posts the completion straight back (one hop each way): co_spawn onto
    // the pool first posted its completion to the pool again, waking a second worker per request
    // only to pass it on.
    asio::awaitable<Response> OnWorker(const Request& req) {
        return asio::async_initiate<decltype(asio::use_awaitable),
                                    void(std::exception_ptr, Response)>(
            [this, &req](auto done) {
                auto back = asio::prefer(asio::get_associated_executor(done),
                                         asio::execution::outstanding_work.tracked);
                workers_.Post([this, &req, done = std::move(done),
                               back = std::move(back)]() mutable {
                    std::exception_ptr error;
                    Response r;
                    try {
                        r = handler_(req);
                    } catch (...) {
                        error = std::current_exception();
                    }
                    asio::post(back, [done = std::move(done), error, r = std::move(r)]() mutable {
                        std::move(done)(error, std::move(r));
                    });
                });
            },
            asio::use_awaitable);
    }

    const ServerOptions options_;
    const int threads_;
    HandlerPool& workers_;
    const int max_connections_ = options_.max_connections > 0 ? options_.max_connections
                                                              : MaxConnectionsFor(OpenFileLimit());
    RequestHandler handler_;
    AccessLog log_;
    RoutePolicy policy_;
    std::atomic<bool> stopping_{false};
    std::mutex mu_;
    std::unordered_map<Conn*, std::weak_ptr<Conn>> conns_;
    std::unordered_map<std::string, int> per_address_;
};

}  // namespace

struct HttpServer::Impl {
    explicit Impl(const ServerOptions& o)
        : options(o),
          threads(o.threads > 0 ? o.threads : Cores()),
          handler_threads(o.handler_threads > 0 ? o.handler_threads : 4 * Cores()),
          ioc(threads),
          acceptor(ioc) {}
    static int Cores() {
        return static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
    }
    ServerOptions options;
    int threads;
    int handler_threads;
    asio::io_context ioc;
    tcp::acceptor acceptor;
};

HttpServer::HttpServer(const ServerOptions& options) : impl_(std::make_unique<Impl>(options)) {
    beast::error_code ec;
    auto address = asio::ip::make_address(options.bind, ec);
    if (ec) throw std::runtime_error("ongeldig adres voor --bind: " + options.bind);
    auto& acceptor = impl_->acceptor;
    tcp::endpoint endpoint(address, options.port);
    acceptor.open(endpoint.protocol(), ec);
    if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec) acceptor.bind(endpoint, ec);
    if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec)
        throw std::runtime_error("kan niet luisteren op " + options.bind + ":" +
                                 std::to_string(options.port) + ": " + ec.message());
}

HttpServer::~HttpServer() = default;

uint16_t HttpServer::port() const { return impl_->acceptor.local_endpoint().port(); }

void HttpServer::Run(RequestHandler handler, AccessLog access_log, RoutePolicy policy) {
    auto& ioc = impl_->ioc;
    auto& acceptor = impl_->acceptor;
    const ServerOptions& options = impl_->options;
    HandlerPool workers(impl_->handler_threads);
    Server server(options, impl_->threads, workers, std::move(handler), std::move(access_log),
                  std::move(policy));
    asio::co_spawn(ioc, server.Listen(acceptor), asio::detached);

    asio::signal_set signals(ioc, SIGINT, SIGTERM);
    auto shutdown = [&]() -> asio::awaitable<void> {
        auto [err, signal] = co_await signals.async_wait(kTuple);
        if (err) co_return;
        boost::system::error_code ignored;
        acceptor.close(ignored);
        server.BeginShutdown();
        // In-flight requests finish on their own; after the grace period, stop regardless.
        const auto deadline =
            std::chrono::steady_clock::now() + std::chrono::seconds(options.shutdown_grace_seconds);
        asio::steady_timer poll(ioc);
        while (!server.Drained() && std::chrono::steady_clock::now() < deadline) {
            poll.expires_after(std::chrono::milliseconds(20));
            co_await poll.async_wait(kTuple);
        }
        ioc.stop();
    };
    asio::co_spawn(ioc, shutdown(), asio::detached);

    // A handler that throws makes run() return through the exception; log it and run on, so
    // that one failure neither stops a thread nor, while unwinding past the pool, aborts the
    // process. run() returns normally once the shutdown above stops the context.
    auto run = [&ioc] {
        for (;;) {
            try {
                ioc.run();
                return;
            } catch (const std::exception& e) {
                spdlog::error("server: {}", e.what());
            }
        }
    };
    std::vector<std::thread> pool;
    for (int i = 1; i < impl_->threads; ++i) pool.emplace_back(run);
    run();
    for (auto& t : pool) t.join();
    workers.Join();
}

}  // namespace koers::web
