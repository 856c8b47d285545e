// LOB-scan storage on both databases: instrument versions, rounds, respondents that save and
// submit once, closing with tallies, peers by sector and region, previous rounds, actions.
#include <gtest/gtest.h>

#include "modules/scan/storage/scan_repo.hpp"
#include "platform/storage/org_repo.hpp"
#include "support/test_db.hpp"

namespace koers::storage {
namespace {

using core::Group;

constexpr std::string_view kSource = R"(# Test
sector: vo
fase 1: Niet gestart
fase 2: In ontwikkeling
fase 3: Gerealiseerd
fase 4: Geborgd
## visie: Visie
- visie-1 [kort]: Een visie.
- visie-2: Vastgesteld.
## gesprek: Gesprekken
- gesprek-1: Gesprekken.
)";

class ScanStorage : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        db_ = testing::NewTestDatabase(GetParam());
        if (!db_) GTEST_SKIP() << "geen PostgreSQL-testcluster";
        orgs_ = std::make_unique<OrgRepo>(*db_);
        scan_ = std::make_unique<ScanRepo>(*db_);
        regions_[0] = orgs_->AddRegion("Noord", 1);
        regions_[1] = orgs_->AddRegion("Zuid", 1);
        instrument_ = scan_->AddInstrument("vo", "Test", std::string(kSource), std::nullopt, 1);
    }
    int64_t School(const std::string& name, const std::string& sector, int region) {
        SchoolRecord s;
        s.name = name;
        s.brin = std::to_string(10 + next_brin_++) + "AA";
        s.sector = sector;
        s.region_id = regions_.at(static_cast<size_t>(region));
        return orgs_->AddSchool(s, 1);
    }
    int64_t Round(int64_t school, std::optional<int64_t> team = std::nullopt, int64_t at = 10) {
        RoundRecord r;
        r.school_id = school;
        r.team_id = team;
        r.instrument_id = instrument_;
        r.title = "Ronde";
        r.groups = {Group::kDocenten, Group::kOuders, Group::kAlumni};
        r.deadline = 1000;
        r.created_at = at;
        return scan_->CreateRound(
            r, {{Group::kDocenten, "open-" + std::to_string(school) + "-" + std::to_string(at)}});
    }
    core::Instrument Parsed() { return *core::ParseInstrument(kSource).instrument; }

    std::unique_ptr<Database> db_;
    std::unique_ptr<OrgRepo> orgs_;
    std::unique_ptr<ScanRepo> scan_;
    std::array<int64_t, 2> regions_{};
    int64_t instrument_ = 0;
    int next_brin_ = 0;
};

TEST_P(ScanStorage, InstrumentsAreVersionedPerSectorAndShippedFilesLoadOnce) {
    EXPECT_FALSE(scan_->EnsureInstrument("vo", "Test", std::string(kSource), 2))
        << "the same text is not a new version";
    EXPECT_TRUE(scan_->EnsureInstrument("vo", "Test 2", std::string(kSource) + "\n", 2));
    const int64_t mbo = scan_->AddInstrument("mbo", "Mbo", "x", std::nullopt, 3);
    EXPECT_EQ(scan_->LatestInstrument("vo")->version, 2);
    EXPECT_EQ(scan_->LatestInstrument("vo")->title, "Test 2");
    EXPECT_EQ(scan_->Instrument(mbo)->version, 1);
    EXPECT_EQ(scan_->Instrument(instrument_)->source, kSource);
    EXPECT_FALSE(scan_->LatestInstrument("hbo"));
    EXPECT_EQ(scan_->LatestInstrumentId("vo"), scan_->LatestInstrument("vo")->id);
    EXPECT_NE(scan_->LatestInstrumentId("vo"), instrument_) << "the newest version, not the first";
    EXPECT_EQ(scan_->LatestInstrumentId("mbo"), mbo);
    EXPECT_FALSE(scan_->LatestInstrumentId("hbo"));
    EXPECT_EQ(scan_->Instruments().size(), 3U);
}

TEST_P(ScanStorage, RespondentsSaveAsTheyGoAndSubmitOnce) {
    const int64_t school = School("Atlas", "vo", 0);
    const int64_t round = Round(school);
    EXPECT_EQ(scan_->OpenLinkTarget("open-" + std::to_string(school) + "-10")->first, round);
    EXPECT_FALSE(scan_->OpenLinkTarget("open-onbekend"));
    EXPECT_EQ(scan_->Round(round)->groups,
              (std::vector{Group::kDocenten, Group::kOuders, Group::kAlumni}));
    const int64_t alum = scan_->StartResponse(round, Group::kAlumni, "h4", 12);
    EXPECT_EQ(scan_->ResponseByToken("h4")->group, Group::kAlumni) << "read back as alumni";
    EXPECT_EQ(scan_->ResponseByToken("h4")->id, alum);

    const int64_t invited = scan_->AddInvitation(round, Group::kDocenten, "h1", "a@school.nl", 11);
    EXPECT_THROW(scan_->AddInvitation(round, Group::kDocenten, "h2", "a@school.nl", 11),
                 ConstraintError);
    const int64_t open = scan_->StartResponse(round, Group::kOuders, "h3", 12);
    EXPECT_EQ(scan_->ResponseByToken("h1")->id, invited);

    ASSERT_TRUE(
        scan_->SaveAnswers(invited, {{"visie-1", 3, "Goed bezig"}, {"visie-2", 0, ""}}, 13));
    ASSERT_TRUE(scan_->SaveAnswers(invited, {{"visie-1", 4, ""}, {"visie-2", -1, ""}}, 14));
    auto answers = scan_->Answers(invited);
    ASSERT_EQ(answers.size(), 1U) << "a cleared answer is removed";
    EXPECT_EQ(answers[0].answer, 4);
    ASSERT_TRUE(scan_->SaveAnswers(open, {{"visie-1", 1, "Nog niets"}, {"gesprek-1", 2, ""}}, 15));

    auto counts = scan_->Counts(round);
    ASSERT_EQ(counts.size(), 3U) << "docenten, ouders and alumni";
    EXPECT_EQ(scan_->PendingInvitations(round).size(), 1U);
    EXPECT_TRUE(scan_->Submit(invited, 16));
    EXPECT_FALSE(scan_->Submit(invited, 17)) << "submitted once";
    EXPECT_FALSE(scan_->SaveAnswers(invited, {{"visie-1", 1, ""}}, 18))
        << "no changes after submit";
    EXPECT_EQ(scan_->Answers(invited)[0].answer, 4);
    EXPECT_TRUE(scan_->PendingInvitations(round).empty()) << "the address is forgotten";

    auto responses = scan_->SubmittedResponses(round, Parsed());
    ASSERT_EQ(responses.size(), 1U) << "only submitted responses count";
    EXPECT_EQ(responses[0].answers, (std::vector<int8_t>{4, core::kUnanswered, core::kUnanswered}));
    EXPECT_TRUE(scan_->Comments(round).empty()) << "the comment was overwritten";
    ASSERT_TRUE(scan_->Submit(open, 19));
    EXPECT_EQ(scan_->Comments(round).size(), 1U);
    EXPECT_EQ(scan_->Comments(round)[0].second, "Nog niets");
    counts = scan_->Counts(round);
    int64_t submitted = 0, invitations = 0;
    for (const auto& c : counts) submitted += c.submitted, invitations += c.invited;
    EXPECT_EQ(submitted, 2);
    EXPECT_EQ(invitations, 1);
}

TEST_P(ScanStorage, ARemindedInvitationGetsANewLink) {
    const int64_t round = Round(School("Atlas", "vo", 0));
    const int64_t id = scan_->AddInvitation(round, Group::kDocenten, "oud", "a@school.nl", 11);
    scan_->RotateToken(id, "nieuw", 12);
    EXPECT_FALSE(scan_->ResponseByToken("oud"));
    EXPECT_EQ(scan_->ResponseByToken("nieuw")->id, id);
}

TEST_P(ScanStorage, ClosingKeepsTalliesOnceAndPeersFollowSectorAndRegion) {
    core::Tally t;
    t.Add(3);
    t.Add(1);
    const int64_t own = School("Eigen", "vo", 0);
    std::vector<int64_t> schools;
    for (int i = 0; i < 3; ++i) schools.push_back(School("Noord " + std::to_string(i), "vo", 0));
    schools.push_back(School("Zuid 1", "vo", 1));
    const int64_t mbo = School("Mbo 1", "mbo", 0);
    for (int64_t s : schools) {
        const int64_t old = Round(s, std::nullopt, 10);
        ASSERT_TRUE(scan_->CloseRound(old, 20, {{"visie", t}}));
        const int64_t latest = Round(s, std::nullopt, 30);
        ASSERT_TRUE(scan_->CloseRound(latest, 40, {{"visie", t}, {"gesprek", t}}));
        EXPECT_FALSE(scan_->CloseRound(latest, 41, {{"visie", t}})) << "closed once";
    }
    const int64_t team = orgs_->AddTeam(schools[0], "Havo", 1);
    ASSERT_TRUE(scan_->CloseRound(Round(schools[0], team, 50), 60, {{"visie", t}}));
    ASSERT_TRUE(scan_->CloseRound(Round(mbo), 20, {{"visie", t}}));
    ASSERT_TRUE(scan_->CloseRound(Round(own), 20, {{"visie", t}}));
    Round(schools[1], std::nullopt, 70);  // open: not a peer figure

    auto all = scan_->ClosedRounds("vo", own, std::nullopt);
    ASSERT_EQ(all.size(), 8U) << "four schools, two closed school-wide rounds each";
    EXPECT_EQ(all[0].school_id, schools[0]);
    EXPECT_EQ(all[0].closed_at, 40) << "newest first per school";
    EXPECT_EQ(all[0].themes.size(), 2U);
    EXPECT_EQ(all[0].themes[1].tally.Realised(), 1);
    EXPECT_EQ(all[0].themes[1].tally.Rated(), 2);
    EXPECT_EQ(scan_->ClosedRounds("vo", own, regions_[0]).size(), 6U);
    EXPECT_EQ(scan_->ClosedRounds("mbo", own, std::nullopt).size(), 1U);
    EXPECT_EQ(scan_->ClosedRounds("hbo", own, std::nullopt).size(), 0U);
}

TEST_P(ScanStorage, PreviousRoundKeepsToTheSameScope) {
    const int64_t school = School("Atlas", "vo", 0);
    const int64_t team = orgs_->AddTeam(school, "Havo", 1);
    const int64_t first = Round(school, std::nullopt, 10);
    const int64_t team_round = Round(school, team, 11);
    scan_->CloseRound(first, 12, {});
    scan_->CloseRound(team_round, 12, {});
    const int64_t second = Round(school, std::nullopt, 20);
    const int64_t team_second = Round(school, team, 21);
    EXPECT_EQ(scan_->PreviousRound(*scan_->Round(second))->id, first);
    EXPECT_EQ(scan_->PreviousRound(*scan_->Round(team_second))->id, team_round);
    EXPECT_EQ(scan_->Round(team_second)->team_name, "Havo");
    EXPECT_FALSE(scan_->PreviousRound(*scan_->Round(first)));
    EXPECT_EQ(scan_->RoundsOf(school).front().id, team_second);
    EXPECT_TRUE(scan_->SetDeadline(second, 2000));
    EXPECT_EQ(scan_->Round(second)->deadline, 2000);
    EXPECT_FALSE(scan_->SetDeadline(first, 2000)) << "a closed round keeps its deadline";
}

TEST_P(ScanStorage, ActionPointsStayWithTheirRound) {
    const int64_t school = School("Atlas", "vo", 0);
    const int64_t round = Round(school);
    const int64_t other = Round(school, std::nullopt, 11);
    const int64_t a = scan_->AddAction(
        {0, round, "visie", "Visie bespreken", "Dirk", "2027-02-01", 5}, std::nullopt);
    scan_->AddAction({0, round, "", "Eerder", "Saskia", "2027-01-01", 5}, std::nullopt);
    auto actions = scan_->Actions(round);
    ASSERT_EQ(actions.size(), 2U);
    EXPECT_EQ(actions[0].what, "Eerder") << "by due date";
    EXPECT_FALSE(scan_->DeleteAction(other, a)) << "not through another round";
    EXPECT_TRUE(scan_->DeleteAction(round, a));
    EXPECT_EQ(scan_->Actions(round).size(), 1U);
}

TEST_P(ScanStorage, AClosedOrExpiredRoundTakesNoMoreAnswers) {
    const int64_t round = Round(School("Atlas", "vo", 0));
    const int64_t a = scan_->StartResponse(round, Group::kDocenten, "a", 11);
    const int64_t b = scan_->StartResponse(round, Group::kDocenten, "b", 11);
    ASSERT_TRUE(scan_->SaveAnswers(a, {{"visie-1", 3, ""}}, 12));
    EXPECT_FALSE(scan_->SaveAnswers(a, {{"visie-1", 1, ""}}, 1001)) << "past the deadline";
    EXPECT_FALSE(scan_->Submit(a, 1001));
    ASSERT_TRUE(scan_->SetDeadline(round, 5000));
    ASSERT_TRUE(scan_->Submit(a, 1001)) << "an extended deadline reopens";
    ASSERT_TRUE(scan_->CloseRound(round, 1002, {}));
    EXPECT_FALSE(scan_->SaveAnswers(b, {{"visie-1", 1, ""}}, 1003));
    EXPECT_FALSE(scan_->Submit(b, 1003));
    EXPECT_EQ(scan_->Answers(a)[0].answer, 3) << "what was saved stays";
}

INSTANTIATE_TEST_SUITE_P(Databases, ScanStorage, ::testing::Values("sqlite", "postgresql"));

}  // namespace
}  // namespace koers::storage
