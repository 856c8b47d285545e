// Quality-cycle storage on both databases: the first schooljaar with its starter matrix,
// optimistic saves with history, one visie per year, soft deletes, the PDCA facts counted in SQL,
// starting the next schooljaar (read-only afterwards, but for the evaluations of the year just
// closed) and team-bound memberships.
#include <gtest/gtest.h>

#include "modules/quality/core/tasks.hpp"
#include "modules/quality/storage/quality_repo.hpp"
#include "platform/core/common/dates.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "support/test_db.hpp"

namespace koers::storage {
namespace {

using core::Kind;

class QualityStorage : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        db_ = testing::NewTestDatabase(GetParam());
        if (!db_) GTEST_SKIP() << "geen PostgreSQL-testcluster";
        orgs_ = std::make_unique<OrgRepo>(*db_);
        repo_ = std::make_unique<QualityRepo>(*db_);
        SchoolRecord s;
        s.name = "Testschool";
        s.brin = "99TS";
        s.sector = "vo";
        school_ = orgs_->AddSchool(s, 1);
        havo_ = orgs_->AddTeam(school_, "Havo", 1);
        vwo_ = orgs_->AddTeam(school_, "Vwo", 1);
        year_ = repo_->StartFirstYear(school_, 2026, author_, 100);
    }
    int64_t Add(const core::Record& r) {
        int64_t id = 0;
        EXPECT_EQ(repo_->Create(year_.id, r, author_, 200, &id), SaveResult::kSaved);
        return id;
    }
    std::unique_ptr<Database> db_;
    std::unique_ptr<OrgRepo> orgs_;
    std::unique_ptr<QualityRepo> repo_;
    Author author_{std::nullopt, "Dirk Decaan"};
    int64_t school_ = 0, havo_ = 0, vwo_ = 0;
    YearRecord year_;
};

TEST_P(QualityStorage, TheFirstYearStartsOnceWithTheStarterMatrix) {
    EXPECT_EQ(year_.start_year, 2026);
    EXPECT_TRUE(year_.open());
    const auto again = repo_->StartFirstYear(school_, 2027, author_, 101);
    EXPECT_EQ(again.id, year_.id);  // a school starts its first year once
    const auto tasks = repo_->Records(year_.id, Kind::kTaak, std::nullopt);
    ASSERT_EQ(tasks.size(), core::StarterTasks().size());
    EXPECT_EQ(tasks[0].record.position, 1);
    EXPECT_EQ(core::FieldOf(tasks[0].record.fields, "taak"), core::StarterTasks()[0].text);
}

TEST_P(QualityStorage, SavesAreOptimisticAndEveryVersionIsKept) {
    core::Record visie{.kind = Kind::kVisie, .status = "concept"};
    visie.fields = {{"betekenis", "Eerste\nversie"}};
    const int64_t id = Add(visie);
    auto stored = repo_->Find(year_.id, id).value();
    EXPECT_EQ(stored.version, 1);
    EXPECT_EQ(core::FieldOf(stored.record.fields, "betekenis"), "Eerste\nversie");

    core::Record mine = stored.record;
    mine.fields["betekenis"] = "Mijn versie";
    EXPECT_EQ(repo_->Update(year_.id, mine, 1, {std::nullopt, "Saskia"}, 300), SaveResult::kSaved);
    core::Record theirs = stored.record;
    theirs.fields["betekenis"] = "Hun versie";
    // The second editor started from version 1 too: not silently overwritten.
    EXPECT_EQ(repo_->Update(year_.id, theirs, 1, author_, 301), SaveResult::kStale);
    stored = repo_->Find(year_.id, id).value();
    EXPECT_EQ(stored.version, 2);
    EXPECT_EQ(core::FieldOf(stored.record.fields, "betekenis"), "Mijn versie");
    EXPECT_EQ(stored.updated_by, "Saskia");

    const auto history = repo_->Revisions(year_.id, id, 10);
    ASSERT_EQ(history.size(), 2u);
    EXPECT_EQ(history[0].version, 2);
    EXPECT_EQ(history[0].user_name, "Saskia");
    EXPECT_EQ(core::FieldOf(history[1].fields, "betekenis"), "Eerste\nversie");
    // One visie per year: a second one is refused as stale (someone created it meanwhile).
    EXPECT_EQ(repo_->Create(year_.id, visie, author_, 302), SaveResult::kStale);
}

TEST_P(QualityStorage, DeletingKeepsTheHistoryAndRemovesTheActivitiesOfAWerkplan) {
    const int64_t plan = Add({.kind = Kind::kWerkplan, .team_id = havo_, .status = "concept"});
    const int64_t act = Add({.kind = Kind::kActiviteit,
                             .team_id = havo_,
                             .parent_id = plan,
                             .status = "gepland",
                             .fields = {{"wat", "Meeloopdag"}}});
    EXPECT_EQ(repo_->Delete(year_.id, plan, 2, author_, 400), SaveResult::kStale);
    EXPECT_EQ(repo_->Delete(year_.id, plan, 1, author_, 400), SaveResult::kSaved);
    EXPECT_FALSE(repo_->Find(year_.id, plan).has_value());
    EXPECT_FALSE(repo_->Find(year_.id, act).has_value());
    const auto history = repo_->Revisions(year_.id, plan, 10);
    ASSERT_FALSE(history.empty());
    EXPECT_EQ(history[0].note, "verwijderd");
}

// Issue 14: a goal added after the beleid was vastgesteld left it "vastgesteld". Whatever
// changes what was agreed (a goal or an activity added, its plan changed, or removed) makes the
// document a concept again, in the same transaction; a measured result or status does not.
TEST_P(QualityStorage, ChangingWhatWasAgreedMakesTheDocumentAConceptAgain) {
    const int64_t beleid = Add({.kind = Kind::kBeleid, .status = "vastgesteld"});
    auto status = [&](int64_t id) {
        for (const auto& r : repo_->Records(year_.id, Kind::kBeleid, std::nullopt))
            if (r.record.id == id) return r.record.status;
        for (const auto& r : repo_->Records(year_.id, Kind::kWerkplan, havo_))
            if (r.record.id == id) return r.record.status;
        return std::string("?");
    };
    auto adopt = [&](int64_t id, Kind kind, std::optional<int64_t> team) {
        for (auto r : repo_->Records(year_.id, kind, team))
            if (r.record.id == id) {
                r.record.status = "vastgesteld";
                ASSERT_EQ(repo_->Update(year_.id, r.record, r.version, author_, 300, "vastgesteld"),
                          SaveResult::kSaved);
            }
    };
    const int64_t goal = Add({.kind = Kind::kDoel, .fields = {{"titel", "A"}}});
    EXPECT_EQ(status(beleid), "concept") << "a goal added";
    adopt(beleid, Kind::kBeleid, std::nullopt);
    auto g = repo_->Records(year_.id, Kind::kDoel, std::nullopt).front();
    g.record.fields["resultaat"] = "80%";
    g.record.fields["oordeel"] = "behaald";
    ASSERT_EQ(repo_->Update(year_.id, g.record, g.version, author_, 310, ""), SaveResult::kSaved);
    EXPECT_EQ(status(beleid), "vastgesteld") << "a measured result is no change of plan";
    g = repo_->Records(year_.id, Kind::kDoel, std::nullopt).front();
    g.record.fields["streefwaarde"] = "95%";
    ASSERT_EQ(repo_->Update(year_.id, g.record, g.version, author_, 320, ""), SaveResult::kSaved);
    EXPECT_EQ(status(beleid), "concept") << "a goal changed";
    adopt(beleid, Kind::kBeleid, std::nullopt);
    g = repo_->Records(year_.id, Kind::kDoel, std::nullopt).front();
    ASSERT_EQ(repo_->Delete(year_.id, goal, g.version, author_, 330), SaveResult::kSaved);
    EXPECT_EQ(status(beleid), "concept") << "a goal removed";
    const auto history = repo_->Revisions(year_.id, beleid, 10);
    ASSERT_FALSE(history.empty());
    EXPECT_EQ(history[0].note, "weer concept: doel verwijderd");

    const int64_t plan = Add({.kind = Kind::kWerkplan, .team_id = havo_, .status = "vastgesteld"});
    Add({.kind = Kind::kActiviteit, .team_id = havo_, .parent_id = plan, .fields = {{"wat", "x"}}});
    EXPECT_EQ(status(plan), "concept") << "an activity added";
    adopt(plan, Kind::kWerkplan, havo_);
    auto a = repo_->Records(year_.id, Kind::kActiviteit, havo_).front();
    a.record.fields["status"] = "uitgevoerd";
    a.record.status = "uitgevoerd";
    ASSERT_EQ(repo_->Update(year_.id, a.record, a.version, author_, 340, ""), SaveResult::kSaved);
    EXPECT_EQ(status(plan), "vastgesteld") << "carrying it out is no change of plan";
}

TEST_P(QualityStorage, FactsCountActivitiesPerTeamInSql) {
    const int64_t now = core::ParseLocalInput("2026-11-22").value();
    Add({.kind = Kind::kVisie, .status = "vastgesteld", .fields = {{"betekenis", "x"}}});
    Add({.kind = Kind::kDoel, .fields = {{"titel", "A"}}});
    Add({.kind = Kind::kDoel,
         .fields = {{"titel", "B"},
                    {"indicator", "aandeel leerlingen met een gesprek"},
                    {"nulmeting", "1"},
                    {"streefwaarde", "2"},
                    {"deadline", "2027-06-01"}}});
    const int64_t plan = Add({.kind = Kind::kWerkplan, .team_id = havo_, .status = "vastgesteld"});
    Add({.kind = Kind::kActiviteit,
         .team_id = havo_,
         .parent_id = plan,
         .status = "uitgevoerd",
         .due = "2026-10"});
    Add({.kind = Kind::kActiviteit,
         .team_id = havo_,
         .parent_id = plan,
         .status = "gepland",
         .due = "2026-10"});
    Add({.kind = Kind::kActiviteit,
         .team_id = havo_,
         .parent_id = plan,
         .status = "gepland",
         .due = "2027-03"});
    Add({.kind = Kind::kEvaluatie,
         .fields = {{"conclusies", "c"}, {"raad_datum", "2027-06-01"}, {"raad_uitkomst", "ok"}}});
    const int64_t beleid = Add({.kind = Kind::kBeleid});
    Add({.kind = Kind::kActiviteit, .parent_id = beleid, .status = "gepland", .due = "2026-09"});
    // Adopted again after its activities were added (each addition made it a concept).
    auto stored = repo_->Records(year_.id, Kind::kWerkplan, havo_).front();
    stored.record.status = "vastgesteld";
    ASSERT_EQ(repo_->Update(year_.id, stored.record, stored.version, author_, 250, "vastgesteld"),
              SaveResult::kSaved);
    const auto f = repo_->Facts(year_, now);
    EXPECT_TRUE(f.school.visie_adopted);
    EXPECT_FALSE(f.school.beleid_adopted);
    EXPECT_EQ(f.school.goals, 2);
    EXPECT_EQ(f.school.goals_complete, 1);
    EXPECT_TRUE(f.school.evaluated);
    EXPECT_TRUE(f.school.body_evaluated);
    ASSERT_EQ(f.teams.size(), 2u);
    EXPECT_EQ(f.teams[0].name, "Havo");
    EXPECT_TRUE(f.teams[0].adopted);
    EXPECT_EQ(f.teams[0].activities, 3);
    EXPECT_EQ(f.teams[0].done, 1);
    EXPECT_EQ(f.teams[0].overdue, 1);
    EXPECT_FALSE(f.teams[1].has_plan);
    EXPECT_EQ(f.school.own.activities, 1) << "the school's own activity, in the beleid";
    EXPECT_EQ(f.school.own.overdue, 1);
}

// The counts are kept per schooljaar (decision 0030): every way of changing what they say must
// show at the next read, also a write made by another process (another repository here).
TEST_P(QualityStorage, KeptFactsFollowEveryWriteInAnyProcessAndTheMonth) {
    const int64_t november = core::ParseLocalInput("2026-11-22").value();
    const int64_t december = core::ParseLocalInput("2026-12-02").value();
    const int64_t plan = Add({.kind = Kind::kWerkplan, .team_id = havo_});
    const int64_t activity = Add({.kind = Kind::kActiviteit,
                                  .team_id = havo_,
                                  .parent_id = plan,
                                  .status = "gepland",
                                  .due = "2026-11"});
    auto f = repo_->Facts(year_, november);
    ASSERT_EQ(f.teams.size(), 2u);
    EXPECT_EQ(f.teams[0].activities, 1);
    EXPECT_EQ(f.teams[0].overdue, 0);
    EXPECT_EQ(repo_->Facts(year_, december).teams[0].overdue, 1) << "the month moved on";

    QualityRepo other(*db_);  // another koers process
    EXPECT_EQ(repo_->Facts(year_, november).teams[0].done, 0);
    auto stored = *other.Find(year_.id, activity);
    stored.record.status = "uitgevoerd";
    ASSERT_EQ(other.Update(year_.id, stored.record, stored.version, author_, 300, "gedaan"),
              SaveResult::kSaved);
    f = repo_->Facts(year_, november);
    EXPECT_EQ(f.teams[0].done, 1) << "an update elsewhere";

    int64_t second = 0;
    ASSERT_EQ(
        other.Create(year_.id, {.kind = Kind::kActiviteit, .team_id = havo_, .parent_id = plan},
                     author_, 310, &second),
        SaveResult::kSaved);
    EXPECT_EQ(repo_->Facts(year_, november).teams[0].activities, 2) << "a creation elsewhere";
    const auto added = *other.Find(year_.id, second);
    ASSERT_EQ(other.Delete(year_.id, second, added.version, author_, 320), SaveResult::kSaved);
    EXPECT_EQ(repo_->Facts(year_, november).teams[0].activities, 1) << "a deletion elsewhere";

    const int64_t havo_vwo = orgs_->AddTeam(school_, "Havo-vwo", 330);
    f = repo_->Facts(year_, november);
    ASSERT_EQ(f.teams.size(), 3u) << "a new team, without a write to the records";
    EXPECT_EQ(f.teams[1].team_id, havo_vwo);
    EXPECT_FALSE(f.teams[1].has_plan);

    // The year just closed still takes its evaluations (written by another process here).
    const auto next = *repo_->StartNextYear(year_, author_, 400);
    EXPECT_TRUE(repo_->Facts(next, november).teams[0].has_plan) << "copied into the next year";
    EXPECT_FALSE(repo_->Facts(*repo_->Year(school_, 2026), november).teams[0].evaluated);
    ASSERT_EQ(other.Create(year_.id,
                           {.kind = Kind::kEvaluatie,
                            .team_id = havo_,
                            .fields = {{"conclusies", "c"}, {"bijstellingen", "meer gesprekken"}}},
                           author_, 410),
              SaveResult::kSaved);
    EXPECT_TRUE(repo_->Facts(*repo_->Year(school_, 2026), november).teams[0].evaluated);
}

TEST_P(QualityStorage, TheNextYearCopiesWithNewIdsAndTheOldYearBecomesReadOnly) {
    const int64_t goal = Add({.kind = Kind::kDoel, .fields = {{"titel", "A"}}});
    const int64_t plan = Add({.kind = Kind::kWerkplan, .team_id = vwo_, .status = "vastgesteld"});
    Add({.kind = Kind::kActiviteit,
         .team_id = vwo_,
         .parent_id = plan,
         .status = "uitgevoerd",
         .fields = {{"wat", "Open dag"}, {"doel", std::to_string(goal)}}});
    Add({.kind = Kind::kEvaluatie, .team_id = vwo_, .fields = {{"bijstellingen", "eerder"}}});

    const auto next = repo_->StartNextYear(year_, author_, 500);
    ASSERT_TRUE(next.has_value());
    EXPECT_EQ(next->start_year, 2027);
    EXPECT_FALSE(repo_->StartNextYear(year_, author_, 501).has_value());  // only once
    const auto old = repo_->Year(school_, 2026).value();
    EXPECT_FALSE(old.open());
    EXPECT_EQ(
        repo_->Create(old.id, {.kind = Kind::kDoel, .fields = {{"titel", "x"}}}, author_, 502),
        SaveResult::kClosed);

    const auto plans = repo_->Records(next->id, Kind::kWerkplan, vwo_);
    ASSERT_EQ(plans.size(), 1u);
    EXPECT_EQ(plans[0].record.status, "concept");
    EXPECT_EQ(plans[0].source_id, plan);
    EXPECT_EQ(core::FieldOf(plans[0].record.fields, "vorig_jaar"), "eerder");
    const auto acts = repo_->Records(next->id, Kind::kActiviteit, vwo_);
    ASSERT_EQ(acts.size(), 1u);
    EXPECT_EQ(acts[0].record.parent_id, plans[0].record.id);
    const auto goals = repo_->Records(next->id, Kind::kDoel);
    ASSERT_EQ(goals.size(), 1u);
    EXPECT_EQ(core::FieldOf(acts[0].record.fields, "doel"), std::to_string(goals[0].record.id));
    EXPECT_EQ(repo_->Records(next->id, Kind::kEvaluatie).size(), 0u);
    EXPECT_EQ(repo_->Records(next->id, Kind::kTaak).size(), core::StarterTasks().size());
    EXPECT_EQ(repo_->Revisions(next->id, goals[0].record.id, 5)[0].note,
              "overgenomen uit 2026-2027");
    EXPECT_EQ(repo_->Years(school_).size(), 2u);
}

// The evaluations of the year just closed stay writable while the next year runs, and their
// bijstellingen follow into the next year's werkplan (or beleid) while it still shows the copy.
TEST_P(QualityStorage, TheYearJustClosedFinishesItsEvaluations) {
    Add({.kind = Kind::kWerkplan, .team_id = vwo_});
    const auto next = repo_->StartNextYear(year_, author_, 500).value();
    auto old = repo_->Year(school_, 2026).value();
    EXPECT_TRUE(old.evaluation_open);
    EXPECT_TRUE(old.Writable(Kind::kEvaluatie));
    EXPECT_FALSE(old.Writable(Kind::kDoel));
    EXPECT_FALSE(repo_->Years(school_).front().evaluation_open) << "the open year";

    int64_t id = 0;
    ASSERT_EQ(repo_->Create(old.id,
                            {.kind = Kind::kEvaluatie,
                             .team_id = vwo_,
                             .fields = {{"bijstellingen", "later bedacht"}}},
                            author_, 501, &id),
              SaveResult::kSaved);
    const auto plan = [&] { return repo_->Single(next.id, Kind::kWerkplan, vwo_).value(); };
    EXPECT_EQ(core::FieldOf(plan().record.fields, "vorig_jaar"), "later bedacht");
    core::Record evaluation = repo_->Find(old.id, id)->record;
    evaluation.fields["bijstellingen"] = "nog beter";
    ASSERT_EQ(repo_->Update(old.id, evaluation, 1, author_, 502, ""), SaveResult::kSaved);
    EXPECT_EQ(core::FieldOf(plan().record.fields, "vorig_jaar"), "nog beter");
    EXPECT_EQ(repo_->Create(old.id, {.kind = Kind::kDoel}, author_, 503), SaveResult::kClosed);

    repo_->StartNextYear(next, author_, 600);
    old = repo_->Year(school_, 2026).value();
    EXPECT_FALSE(old.evaluation_open);
    evaluation.fields["bijstellingen"] = "te laat";
    EXPECT_EQ(repo_->Update(old.id, evaluation, 2, author_, 601, ""), SaveResult::kClosed);
    EXPECT_TRUE(repo_->Year(school_, 2027)->evaluation_open);
}

TEST_P(QualityStorage, AMembershipCanBeTiedToATeam) {
    UserRepo users(*db_);
    const int64_t user = users.Add("mentor@x.nl", "Mo", "hash", 1);
    users.AddMembership(user, core::Role::kMentor, school_, std::nullopt, 1, havo_);
    users.AddMembership(user, core::Role::kMentor, school_, std::nullopt, 1, vwo_);
    const auto p = users.LoadPrincipal(user).value();
    ASSERT_EQ(p.memberships.size(), 2u);
    EXPECT_EQ(p.memberships[0].team_id, havo_);
    EXPECT_EQ(users.Memberships(user)[1].membership.place_name, "Testschool · Vwo");
}

INSTANTIATE_TEST_SUITE_P(Databases, QualityStorage, ::testing::Values("sqlite", "postgresql"));

}  // namespace
}  // namespace koers::storage
