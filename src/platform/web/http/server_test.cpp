#include "platform/web/http/server.hpp"

#include "platform/web/http/client_limits.hpp"
#include "platform/web/http/response_head.hpp"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <future>
#include <thread>

namespace koers::web {
namespace {

// A blocking GET over a real socket; the status line's code, or "" when no answer came within
// ten seconds (a guard against hanging, not a measurement).
std::string StatusOf(uint16_t port, const std::string& path) {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    timeval limit{10, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    std::string reply;
    if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) {
        const std::string request =
            "GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        if (send(fd, request.data(), request.size(), 0) == static_cast<ssize_t>(request.size())) {
            char buffer[512];
            for (ssize_t n; (n = recv(fd, buffer, sizeof buffer, 0)) > 0;) reply.append(buffer, n);
        }
    }
    close(fd);
    return reply.size() >= 12 ? reply.substr(9, 3) : "";
}

TEST(Server, ASlowHandlerHoldsUpNoOtherRequest) {
    ServerOptions options;
    options.port = 0;
    options.threads = 1;  // one I/O thread: a handler running on it would block everything
    options.handler_threads = 4;
    HttpServer server(options);
    const uint16_t port = server.port();
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    std::atomic<int> waiting{0};
    std::thread serving([&] {
        server.Run(
            [&](const Request& req) {
                if (req.target == "/langzaam") {
                    ++waiting;
                    released.wait();
                }
                return Text(200, "ok");
            },
            nullptr);
    });
    auto first = std::async(std::launch::async, StatusOf, port, "/langzaam");
    auto second = std::async(std::launch::async, StatusOf, port, "/langzaam");
    for (int i = 0; i < 1000 && waiting < 2; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    EXPECT_EQ(waiting, 2) << "both slow requests are being handled at once";
    EXPECT_EQ(StatusOf(port, "/snel"), "200") << "while they wait, another request is answered";
    release.set_value();
    EXPECT_EQ(first.get(), "200");
    EXPECT_EQ(second.get(), "200");
    std::raise(SIGTERM);
    serving.join();
}

TEST(Server, TheClientAddressComesFromTrustedProxiesOnly) {
    const std::vector<std::string> proxies = {"127.0.0.1", "10.0.0.2"};
    EXPECT_EQ(ClientAddress("203.0.113.9", "198.51.100.1", proxies), "203.0.113.9")
        << "anyone else's X-Forwarded-For is ignored";
    EXPECT_EQ(ClientAddress("127.0.0.1", "198.51.100.1", proxies), "198.51.100.1");
    EXPECT_EQ(ClientAddress("127.0.0.1", "6.6.6.6, 198.51.100.1, 10.0.0.2", proxies),
              "198.51.100.1")
        << "the right-most hop the trusted proxies saw, not what the client wrote first";
    EXPECT_EQ(ClientAddress("127.0.0.1", "", proxies), "127.0.0.1");
    EXPECT_EQ(ClientAddress("127.0.0.1", "geen-adres", proxies), "127.0.0.1");
    EXPECT_EQ(ClientAddress("127.0.0.1", "2001:db8::1", proxies), "2001:db8::1");
    EXPECT_EQ(ClientAddress("127.0.0.1", "198.51.100.1", {}), "127.0.0.1") << "none trusted";
}

TEST(Server, ConnectionsStayWithinTheOpenFileLimit) {
    EXPECT_EQ(MaxConnectionsFor(1024), 960);
    EXPECT_EQ(MaxConnectionsFor(100), 36);
    EXPECT_EQ(MaxConnectionsFor(10), 8) << "always a few";
}

TEST(Server, SerialisesStatusHeadersAndLength) {
    Response r = Redirect("/dashboard");
    r.SetHeader("Set-Cookie", "a=1");
    std::string head = SerializeHead(r, 0, 11, true);
    // Date: an IMF-fixdate such as "Mon, 30 Nov 2026 17:48:00 GMT".
    const size_t date = head.find("\r\nDate: ");
    ASSERT_NE(date, std::string::npos);
    const std::string value = head.substr(date + 8, head.find("\r\n", date + 2) - date - 8);
    EXPECT_EQ(value.size(), 29U) << value;
    EXPECT_EQ(value.substr(value.size() - 4), " GMT");
    head.erase(date, 8 + value.size());
    EXPECT_EQ(head,
              "HTTP/1.1 303 See Other\r\nServer: Koers\r\nContent-Type: text/plain; "
              "charset=utf-8\r\nLocation: /dashboard\r\nSet-Cookie: a=1\r\nContent-Length: "
              "0\r\n\r\n");
    EXPECT_NE(SerializeHead(Text(200, "x"), 1, 10, true).find("Connection: keep-alive"),
              std::string::npos);
    EXPECT_NE(SerializeHead(Text(200, "x"), 1, 11, false).find("Connection: close"),
              std::string::npos);
    Response not_modified;
    not_modified.status = 304;
    const std::string bodiless = SerializeHead(not_modified, 99, 11, true);
    EXPECT_EQ(bodiless.find("Content-Length"), std::string::npos);
    EXPECT_EQ(bodiless.find("Content-Type"), std::string::npos) << "no header about a body";
}

TEST(Server, RefusesHeaderInjection) {
    Response r = Text(200, "");
    r.SetHeader("X-Test", "ok\r\nSet-Cookie: evil=1");
    std::string head = SerializeHead(r, 0, 11, true);
    EXPECT_EQ(head.find("evil"), std::string::npos);
    EXPECT_EQ(Redirect("/a\r\nSet-Cookie: x=1").Header("Location"), "/");
    EXPECT_EQ(Redirect("//elders.nl").Header("Location"), "/");
    EXPECT_EQ(Redirect("/\\elders.nl").Header("Location"), "/");
}

}  // namespace
}  // namespace koers::web
