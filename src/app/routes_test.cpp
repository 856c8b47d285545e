// The route table: registration order never changes which route answers a path, and a second
// route of the same shape is refused at start-up.
#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "platform/web/pages/routes.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::TestApp;

// A path that `pattern` matches, with a sample value for every parameter.
std::string SamplePath(const std::string& pattern) {
    std::string out;
    for (size_t i = 0; i < pattern.size();) {
        if (pattern[i] == '{') {
            out += "7";
            i = pattern.find('}', i) + 1;
        } else {
            out += pattern[i++];
        }
    }
    return out;
}

std::string Answering(const Router& r, std::string_view method, std::string_view path) {
    Pairs params;
    std::string allow;
    const Route* route = r.Resolve(method, path, params, allow);
    return route ? route->pattern : "(geen)";
}

TEST(Routes, RegistrationOrderNeverMatters) {
    TestApp app;
    Router forward(app.services()), backward(app.services());
    std::vector<RouteGroup> groups(RouteGroups().begin(), RouteGroups().end());
    for (const Module& m : app.services().modules)
        groups.insert(groups.end(), m.routes.begin(), m.routes.end());
    for (RouteGroup add : groups) add(forward);
    for (auto it = groups.rbegin(); it != groups.rend(); ++it) (*it)(backward);
    ASSERT_EQ(forward.routes().size(), backward.routes().size());
    for (const auto& route : forward.routes()) {
        const std::string path = SamplePath(route.pattern);
        SCOPED_TRACE(route.method + " " + path);
        EXPECT_EQ(Answering(forward, route.method, path), Answering(backward, route.method, path));
    }
    for (const Router* r : {&forward, &backward}) {
        EXPECT_EQ(Answering(*r, "GET", "/nieuws/feed.xml"), "/nieuws/feed.xml");
        EXPECT_EQ(Answering(*r, "GET", "/nieuws/een-bericht"), "/nieuws/{slug}");
        EXPECT_EQ(Answering(*r, "GET", "/zoeken"), "/zoeken");
        EXPECT_EQ(Answering(*r, "GET", "/sitemap.xml"), "/sitemap.xml");
        EXPECT_EQ(Answering(*r, "GET", "/over-ons"), "/{slug}");
        EXPECT_EQ(Answering(*r, "GET", "/scholen/7/scan/nieuw"), "/scholen/{school}/scan/nieuw");
        EXPECT_EQ(Answering(*r, "GET", "/scholen/7/scan/8"), "/scholen/{school}/scan/{round}");
    }
}

TEST(Routes, LiteralsWinWhateverLongerOrShorterRoutesCameBetween) {
    TestApp app;
    auto ok = [](Ctx&) { return Text(200, "ok"); };
    const std::vector<std::string> patterns = {"/a/{x}", "/a",   "/a/b/{y}",
                                               "/{z}",   "/a/b", "/a/{x}/c"};
    // Every order of registration gives the same answers.
    std::vector<size_t> order = {0, 1, 2, 3, 4, 5};
    do {
        Router r(app.services());
        for (size_t i : order) r.Get(patterns[i], Access::Public(), ok);
        SCOPED_TRACE(::testing::PrintToString(order));
        EXPECT_EQ(Answering(r, "GET", "/a/b"), "/a/b");
        EXPECT_EQ(Answering(r, "GET", "/a/q"), "/a/{x}");
        EXPECT_EQ(Answering(r, "GET", "/a"), "/a");
        EXPECT_EQ(Answering(r, "GET", "/q"), "/{z}");
        EXPECT_EQ(Answering(r, "GET", "/a/b/c"), "/a/b/{y}");
        EXPECT_EQ(Answering(r, "GET", "/a/q/c"), "/a/{x}/c");
    } while (std::next_permutation(order.begin(), order.end()));
}

TEST(Routes, ANarrowerScopeNeedsASchoolTarget) {
    TestApp app;
    Router r(app.services());
    auto ok = [](Ctx&) { return Text(200, "ok"); };
    auto no_team = [](const Ctx&) { return std::optional<core::Target>(); };
    EXPECT_THROW(r.Get("/regios/{region}/x",
                       Access::Region(core::Permission::kViewRegion, "region").Within(no_team), ok),
                 std::logic_error);
}

TEST(Routes, ASecondRouteOfTheSameShapeIsRefused) {
    TestApp app;
    Router r(app.services());
    auto ok = [](Ctx&) { return Text(200, "ok"); };
    r.Get("/a/{x}", Access::Public(), ok);
    r.Post("/a/{y}", Access::Public(), ok);  // another method: fine
    r.Get("/a/b", Access::Public(), ok);     // a literal: more specific, fine
    EXPECT_THROW(r.Get("/a/{y}", Access::Public(), ok), std::logic_error);
    Pairs params;
    std::string allow;
    EXPECT_EQ(r.Resolve("GET", "/a/b", params, allow)->pattern, "/a/b");
    EXPECT_EQ(r.Resolve("GET", "/a/c", params, allow)->pattern, "/a/{x}");
    EXPECT_EQ(params, (Pairs{{"x", "c"}}));
    EXPECT_EQ(r.Resolve("DELETE", "/a/c", params, allow), nullptr);
    EXPECT_EQ(allow, "GET, POST");
}

}  // namespace
}  // namespace koers::web
