// The results of a closed round are kept for a second and their figures rendered once
// (decision 0026): what changes when another round closes (the peer schools) follows a close in
// this process at once and one in another process within the second; what changes per reader
// or per request (action points, the report's unfolded comments) is never taken from the kept
// page. A school's closed rounds, which other modules' pages read, are kept the same way.
#include <gtest/gtest.h>

#include "modules/scan/core/round.hpp"
#include "modules/scan/web/scan_pages_test_support.hpp"
#include "modules/scan/web/scan_parts.hpp"
#include "platform/storage/org_repo.hpp"

namespace koers::web {
namespace {

using namespace scan_testing;

using testing::Contains;

// The number of other vo schools the page compares with, from its note on peers.
int SectorSchools(const std::string& page) {
    const std::string n = Between(page, "In de sector doen ", " scholen mee");
    return n.empty() ? 0 : std::stoi(n);
}

// A new vo school whose round (without answers) is closed through `service`.
void CloseRoundOfNewSchool(TestApp& app, ScanService& service, const std::string& brin) {
    auto& scans = ScanOf(app.services()).scans;
    const int64_t school = app.services().orgs.AddSchool(
        {0, "College " + brin, brin, "vo", {"havo"}, std::nullopt, ""}, app.clock().Now());
    storage::RoundRecord round;
    round.school_id = school;
    round.instrument_id = scans.LatestInstrument("vo")->id;
    round.title = "Ronde van " + brin;
    round.groups = {core::Group::kDocenten};
    round.deadline = app.clock().Now() + 86'400;
    round.created_at = app.clock().Now();
    const int64_t id = scans.CreateRound(round, {});
    ASSERT_TRUE(service.Close(*scans.Round(id), app.clock().Now()));
}

TEST_F(ClosedRound, KeptResultsFollowARoundClosedHereAtOnceAndElsewhereWithinASecond) {
    const int before = SectorSchools(decaan.Get(results).body);
    ASSERT_GE(before, core::kMinPeerSchools) << "the demo compares 21VZ with its sector";

    CloseRoundOfNewSchool(app, ScanOf(app.services()).scan, "41KA");
    EXPECT_EQ(SectorSchools(decaan.Get(results).body), before + 1) << "closed in this process";

    // Another koers process: its own service on the same database.
    ScanService elsewhere(ScanOf(app.services()).scans, app.services().orgs, app.clock());
    CloseRoundOfNewSchool(app, elsewhere, "42KA");
    app.clock().AdvanceMillis(ScanService::kResultsMillis - 1);
    EXPECT_EQ(SectorSchools(decaan.Get(results).body), before + 1) << "kept within the second";
    app.clock().AdvanceMillis(1);
    EXPECT_EQ(SectorSchools(decaan.Get(results).body), before + 2) << "and not after it";
}

TEST_F(ClosedRound, WhatChangesPerRequestIsNeverTakenFromTheKeptFigures) {
    const auto screen = decaan.Get(results);
    ASSERT_TRUE(Contains(screen.body, "<details class=\"koers-comments\"><summary>"));
    const auto report = decaan.Get(results + "?afdrukken");
    EXPECT_TRUE(Contains(report.body, "<details class=\"koers-comments\" open><summary>"))
        << "the report unfolds the comments the screen's figures keep folded";
    EXPECT_FALSE(Contains(report.body, "<details class=\"koers-comments\"><summary>"));
    EXPECT_TRUE(Contains(decaan.Get(results).body, "<details class=\"koers-comments\"><summary>"));

    ASSERT_EQ(decaan
                  .Post(results.substr(0, results.rfind('/')) + "/acties",
                        {{"what", "Kennismaken met het nieuwe team"},
                         {"who", "Decaan"},
                         {"due", "2027-01-15"},
                         {"theme", ""}})
                  .status,
              303);
    EXPECT_TRUE(Contains(decaan.Get(results).body, "Kennismaken met het nieuwe team"))
        << "an action point shows at once on the kept results";
}

// A school's closed rounds as other modules' pages read them on every request (the doorstroom
// page's alumni): a round closed in this process is there at once, one closed in another
// process within the second; running and team rounds are never among them.
TEST_F(ClosedRound, ASchoolsClosedRoundsFollowACloseHereAtOnceAndElsewhereWithinASecond) {
    auto& scan = ScanOf(app.services()).scan;
    const int64_t school = app.SchoolId("21VZ");
    const auto titles = [&] {
        std::vector<std::string> out;
        for (const auto& r : *scan.ClosedSchoolRounds(school)) {
            EXPECT_TRUE(r.closed_at && !r.team_id) << r.title;
            out.push_back(r.title);
        }
        return out;
    };
    const size_t kept = titles().size();
    ASSERT_GT(kept, 0U);
    EXPECT_EQ(titles().front(), "Testronde") << "the round this fixture closed, newest first";
    // Another process closes a new round of the school.
    ScanService elsewhere(ScanOf(app.services()).scans, app.services().orgs, app.clock());
    const std::string next = StartRound(app, decaan);
    const int64_t id = std::stoll(next.substr(next.rfind('/') + 1));
    ASSERT_TRUE(elsewhere.Close(*ScanOf(app.services()).scans.Round(id), app.clock().Now()));
    app.clock().AdvanceMillis(ScanService::kResultsMillis - 1);
    EXPECT_EQ(titles().size(), kept) << "kept within the second";
    app.clock().AdvanceMillis(1);
    EXPECT_EQ(titles().size(), kept + 1) << "read again after the second";
    // One closed here shows at once.
    const std::string third = StartRound(app, decaan);
    ASSERT_EQ(decaan.Post(third + "/sluiten", {{"zeker", "ja"}}).status, 303);
    EXPECT_EQ(titles().size(), kept + 2);
}

}  // namespace
}  // namespace koers::web
