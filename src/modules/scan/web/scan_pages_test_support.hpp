#pragma once
// What the LOB-scan page tests share: a running round of 21VZ started by its decaan, its open
// link, a respondent starting through it, and the round closed with results.
#include <gtest/gtest.h>

#include <string>

#include "support/test_app.hpp"

namespace koers::web::scan_testing {

using testing::Browser;
using testing::TestApp;

inline std::string Between(const std::string& s, const std::string& from, const std::string& to) {
    const size_t a = s.find(from);
    if (a == std::string::npos) return "";
    const size_t b = s.find(to, a + from.size());
    return s.substr(a + from.size(), b - a - from.size());
}

// Starts a round as the decaan of 21VZ and returns its path.
inline std::string StartRound(TestApp& app, Browser& decaan) {
    const std::string school = std::to_string(app.SchoolId("21VZ"));
    auto res =
        decaan.Post("/scholen/" + school + "/scan",
                    {{"title", "Testronde"}, {"deadline", "2027-06-30"}, {"groups", "docenten"}});
    EXPECT_EQ(res.status, 303);
    return std::string(res.Header("Location").value_or(""));
}

// The open link of the first group on a round page, as a local path.
inline std::string OpenLink(Browser& b, const std::string& round_path) {
    auto page = b.Get(round_path);
    return "/scan/open/" + Between(page.body, "http://koers.test/scan/open/", "<");
}

// Starts a response through an open link; returns the personal answer path.
inline std::string Begin(Browser& respondent, const std::string& open) {
    respondent.Get(open);
    auto res = respondent.Post(open, {});
    EXPECT_EQ(res.status, 303);
    return std::string(res.Header("Location").value_or(""));
}

// A running round of 21VZ for docenten, started by the school's decaan, and its open link.
class RunningRound : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(decaan.SignIn("decaan@demo.koers.nl"));
        round = StartRound(app, decaan);
        open = OpenLink(decaan, round);
    }
    TestApp app;
    Browser decaan{app};
    std::string round, open;
};

// The same round closed after three docenten answered "Visie en beleid" (one "geborgd" with a
// comment, two "niet gestart"): its results are shown.
class ClosedRound : public RunningRound {
protected:
    void SetUp() override {
        RunningRound::SetUp();
        for (int i = 0; i < 3; ++i) {
            Browser r(app);
            const std::string path = Begin(r, open);
            ASSERT_EQ(r.Post(path, {{"thema", "1"},
                                    {"a_visie-1", i == 0 ? "4" : "1"},
                                    {"c_visie-1", i == 0 ? "Meer tijd nodig." : ""}})
                          .status,
                      303);
            ASSERT_EQ(r.Post(path + "/inleveren", {}).status, 303);
        }
        ASSERT_EQ(decaan.Post(round + "/sluiten", {{"zeker", "ja"}}).status, 303);
        results = round + "/resultaten";
    }
    std::string results;
};

}  // namespace koers::web::scan_testing
