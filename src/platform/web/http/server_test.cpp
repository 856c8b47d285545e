#include "platform/web/http/server.hpp"

#include <gtest/gtest.h>

namespace koers::web {
namespace {

TEST(Server, SerialisesStatusHeadersAndLength) {
    Response r = Redirect("/dashboard");
    r.SetHeader("Set-Cookie", "a=1");
    std::string head = SerializeHead(r, 0, 11, true);
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
    EXPECT_EQ(SerializeHead(not_modified, 99, 11, true).find("Content-Length"), std::string::npos);
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
