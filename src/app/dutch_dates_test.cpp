// Every date a person reads is Dutch ("30 juni 2027", "juni 2027"), never a stored form
// ("2027-06-30", "2027-06"), issue 14. Walks every page each demo role can open in its own
// school and region and reads the text a person sees.
#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "platform/core/demo/demo_data.hpp"
#include "platform/storage/org_repo.hpp"
#include "support/test_app.hpp"

namespace koers::web {
namespace {

using testing::Browser;
using testing::TestApp;

// The text of a page as a person reads it: no tags, attributes, scripts or form field values
// (a date field holds "2027-06-30" by the HTML standard; its label and help are read).
std::string VisibleText(const std::string& html) {
    std::string out;
    for (size_t i = 0; i < html.size();) {
        if (html[i] != '<') {
            out += html[i++];
            continue;
        }
        for (const char* skipped : {"script", "style", "textarea"}) {
            const std::string open = std::string("<") + skipped;
            if (html.compare(i, open.size(), open) == 0) {
                const size_t close = html.find(std::string("</") + skipped, i);
                i = close == std::string::npos ? html.size() : close;
                break;
            }
        }
        const size_t end = html.find('>', i);
        i = end == std::string::npos ? html.size() : end + 1;
        out += ' ';
    }
    return out;
}

// Stored dates in `text`: a day "2027-06-30" or a month "2027-06", at their offsets. A
// schooljaar "2026-2027" is neither.
std::vector<std::pair<size_t, std::string>> StoredDates(const std::string& text) {
    auto digits = [&](size_t at, size_t n) {
        if (at + n > text.size()) return false;
        for (size_t k = 0; k < n; ++k)
            if (!std::isdigit(static_cast<unsigned char>(text[at + k]))) return false;
        return true;
    };
    auto boundary = [&](size_t at) {
        return at >= text.size() ||
               (!std::isdigit(static_cast<unsigned char>(text[at])) && text[at] != '-');
    };
    std::vector<std::pair<size_t, std::string>> out;
    for (size_t i = 0; i + 7 <= text.size(); ++i) {
        if (i > 0 && !boundary(i - 1)) continue;
        if (!digits(i, 4) || text[i + 4] != '-' || !digits(i + 5, 2)) continue;
        const int month = (text[i + 5] - '0') * 10 + (text[i + 6] - '0');
        if (month < 1 || month > 12) continue;
        size_t end = i + 7;
        if (end + 3 <= text.size() && text[end] == '-' && digits(end + 1, 2)) end += 3;
        if (!boundary(end)) continue;
        out.emplace_back(i, text.substr(i, end - i));
        i = end;
    }
    return out;
}

TEST(DutchDates, NoPageShowsAStoredDate) {
    TestApp app;
    const int64_t school = app.SchoolId("21VZ");
    int64_t region = 0;
    for (const auto& r : app.services().orgs.Regions())
        if (r.name == "Regio Amstelland") region = r.id;
    ASSERT_GT(region, 0);
    // The help of a month field shows how to write one: "bijvoorbeeld 2027-06".
    size_t pages = 0;
    for (const auto& account : core::DemoAccounts()) {
        Browser b(app);
        ASSERT_TRUE(b.SignIn(std::string(account.email))) << account.email;
        for (const auto& route : app.routes()) {
            if (route.method != "GET" || route.pattern == "/uitloggen") continue;
            const std::string path = app.PathOf(route.pattern, school, region);
            const auto res = b.Get(path);
            if (res.status != 200 || res.content_type.rfind("text/html", 0) != 0) continue;
            ++pages;
            const std::string text = VisibleText(res.body);
            for (const auto& [at, date] : StoredDates(text)) {
                if (at >= 13 && text.compare(at - 13, 13, "bijvoorbeeld ") == 0) continue;
                ADD_FAILURE() << account.email << " " << path << ": \"" << date << "\" in \""
                              << text.substr(at >= 60 ? at - 60 : 0, 120) << "\"";
            }
        }
    }
    EXPECT_GT(pages, 100U);
}

}  // namespace
}  // namespace koers::web
