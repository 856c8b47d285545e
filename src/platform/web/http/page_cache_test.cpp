// Published pages (decision 0022): kept for a second for readers without a session; never a page
// with a CSRF token, never for a signed-in reader or one with a notice waiting, never an error;
// and every visitor still gets their own cookie and request id.
#include <gtest/gtest.h>

#include "platform/web/http/page_cache.hpp"
#include "platform/web/pages/page.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::Contains;
using testing::TestApp;

struct Counted {
    int calls = 0;
    Handler Page(bool with_form, int status = 200) {
        return [this, with_form, status](Ctx& ctx) {
            Response r;
            r.status = status;
            r.content_type = "text/html; charset=utf-8";
            r.body = "<p>versie " + std::to_string(++calls) + "</p>";
            if (with_form) r.body += "<input name=\"_csrf\" value=\"" + PageCsrf(ctx) + "\">";
            return r;
        };
    }
};

std::string Cookie(const Response& r, std::string_view name) {
    for (const auto& [k, v] : r.headers)
        if (k == "Set-Cookie" && v.starts_with(std::string(name) + "=")) return v;
    return "";
}

TEST(PageCache, APublishedPageIsMadeOnceASecondForReadersWithoutASession) {
    TestApp app;
    Counted page;
    app.router().Published("/proef", page.Page(false));
    Browser first(app), second(app, "192.0.2.11");
    const auto a = first.Get("/proef");
    const auto b = second.Get("/proef");
    EXPECT_EQ(page.calls, 1);
    EXPECT_EQ(a.body, b.body);
    // Each visitor still gets their own CSRF cookie and request id.
    EXPECT_FALSE(Cookie(a, kCsrfCookie).empty());
    EXPECT_NE(Cookie(a, kCsrfCookie), Cookie(b, kCsrfCookie));
    Request third;
    third.method = "GET";
    third.target = "/proef";
    third.request_id = "derde-verzoek";
    EXPECT_EQ(app.Handle(third).Header("x-request-id"), "derde-verzoek");
    EXPECT_EQ(first.Get("/proef").body, a.body) << "with the CSRF cookie only: still shared";
    // A second later it is made again.
    app.clock().AdvanceMillis(kSharedPageMillis - 1);
    second.Get("/proef");
    EXPECT_EQ(page.calls, 1);
    app.clock().AdvanceMillis(1);
    EXPECT_TRUE(Contains(second.Get("/proef").body, "versie 2"));
}

TEST(PageCache, NeverForASignedInReaderANoticeOrAnotherEncoding) {
    TestApp app;
    Counted page;
    app.router().Published("/proef", page.Page(false));
    Browser anonymous(app);
    anonymous.Get("/proef");
    Browser signed_in(app);
    ASSERT_TRUE(signed_in.SignIn("decaan@demo.koers.nl"));
    EXPECT_TRUE(Contains(signed_in.Get("/proef").body, "versie 2"));
    EXPECT_TRUE(Contains(signed_in.Get("/proef").body, "versie 3"));
    // A notice waiting in a cookie, or any other cookie: made for this reader.
    Request req;
    req.method = "GET";
    req.target = "/proef";
    req.headers.emplace_back("cookie", std::string(kFlashCookie) + "=opgeslagen");
    EXPECT_TRUE(Contains(app.Handle(req).body, "versie 4"));
    // Each encoding is its own variant.
    Request br;
    br.method = "GET";
    br.target = "/proef";
    br.headers.emplace_back("accept-encoding", "br");
    app.Handle(br);
    EXPECT_EQ(page.calls, 5);
}

TEST(PageCache, NeverAPageWithACsrfTokenOrAnError) {
    TestApp app;
    Counted form, missing;
    app.router().Published("/formulier", form.Page(true));
    app.router().Published("/weg", missing.Page(false, 404));
    Browser a(app), b(app, "192.0.2.11");
    const auto first = a.Get("/formulier");
    const auto second = b.Get("/formulier");
    EXPECT_EQ(form.calls, 2) << "a form carries the visitor's own token";
    EXPECT_NE(testing::CsrfFrom(first.body), testing::CsrfFrom(second.body));
    a.Get("/weg");
    a.Get("/weg");
    EXPECT_EQ(missing.calls, 2);
}

}  // namespace
}  // namespace koers::web
