// The loopbaandossier's storage on both databases: groups, mentors and students, entries on the
// record kernel scoped to one student, the group summary, the log of looks, and a mentor's groups
// in the principal.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "modules/dossier/core/talks.hpp"
#include "modules/dossier/storage/conversation_repo.hpp"
#include "modules/dossier/storage/dossier_repo.hpp"
#include "modules/dossier/storage/evidence_repo.hpp"
#include "modules/dossier/storage/question_repo.hpp"
#include "modules/dossier/storage/retention_repo.hpp"
#include "platform/storage/org_repo.hpp"
#include "platform/storage/student_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "support/test_db.hpp"

namespace koers::storage {
namespace {

using core::EntryKind;

class DossierStorage : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        db_ = testing::NewTestDatabase(GetParam());
        if (!db_) GTEST_SKIP() << "geen PostgreSQL-testcluster";
        OrgRepo orgs(*db_);
        UserRepo users(*db_);
        students_ = std::make_unique<StudentRepo>(*db_);
        repo_ = std::make_unique<DossierRepo>(*db_);
        SchoolRecord s;
        s.name = "Testschool";
        s.brin = "99TS";
        s.sector = "vo";
        school_ = orgs.AddSchool(s, 1);
        group_ = students_->AddGroup(school_, "3B", 1);
        other_group_ = students_->AddGroup(school_, "3C", 1);
        mentor_ = users.Add("mentor@example.nl", "Mohamed", std::nullopt, 1);
        users.AddMembership(mentor_, core::Role::kMentor, school_, std::nullopt, 1);
        students_->AddMentor(group_, mentor_);
        lotte_ = Enrol("lotte@example.nl", "Lotte", "1001", group_);
        sem_ = Enrol("sem@example.nl", "Sem", "1002", group_);
        Enrol("noor@example.nl", "Noor", "1003", other_group_);
    }
    int64_t Enrol(const std::string& email, const std::string& name, const std::string& local,
                  int64_t group) {
        UserRepo users(*db_);
        const int64_t user = users.Add(email, name, std::nullopt, 1);
        users.AddMembership(user, core::Role::kLeerling, school_, std::nullopt, 1);
        return students_->Enrol({.school_id = school_,
                                 .user_id = user,
                                 .local_id = local,
                                 .birth_date = "2012-05-01",
                                 .onderwijstype = "havo",
                                 .leerjaar = 3,
                                 .group_id = group},
                                1);
    }
    std::unique_ptr<Database> db_;
    std::unique_ptr<StudentRepo> students_;
    std::unique_ptr<DossierRepo> repo_;
    Author lotte_author_{std::nullopt, "Lotte"};
    int64_t school_ = 0, group_ = 0, other_group_ = 0, mentor_ = 0, lotte_ = 0, sem_ = 0;
};

TEST_P(DossierStorage, GroupsCountTheirStudentsAndNameTheirMentors) {
    const auto groups = students_->Groups(school_);
    ASSERT_EQ(groups.size(), 2u);
    EXPECT_EQ(groups[0].name, "3B");
    EXPECT_EQ(groups[0].students, 2);
    EXPECT_EQ(groups[0].mentors, "Mohamed");
    EXPECT_EQ(groups[1].students, 1);
    const auto in_group = students_->InGroup(group_);
    ASSERT_EQ(in_group.size(), 2u);
    EXPECT_EQ(in_group[0].name, "Lotte");
    EXPECT_EQ(in_group[0].group_name, "3B");
    // A local id is the school's own and unique within it.
    EXPECT_THROW(Enrol("dubbel@example.nl", "Dubbel", "1001", group_), ConstraintError);
}

TEST_P(DossierStorage, AMentorsGroupsAreInTheirPrincipal) {
    UserRepo users(*db_);
    const auto p = users.LoadPrincipal(mentor_).value();
    EXPECT_EQ(p.mentor_groups, std::vector<int64_t>{group_});
    const auto lotte = students_->Student(lotte_).value();
    EXPECT_TRUE(users.LoadPrincipal(lotte.user_id)->mentor_groups.empty());
}

TEST_P(DossierStorage, EntriesAreSavedOptimisticallyAndOnlyWithinTheirOwnDossier) {
    const int64_t id =
        repo_->Add(lotte_, EntryKind::kErvaring, {{"soort", "open-dag"}, {"titel", "Open dag"}},
                   lotte_author_, 10);
    auto e = repo_->Entry(lotte_, id).value();
    EXPECT_EQ(e.version, 1);
    EXPECT_EQ(core::FieldOf(e.fields, "titel"), "Open dag");
    // Another student's id finds nothing and changes nothing.
    EXPECT_FALSE(repo_->Entry(sem_, id));
    EXPECT_FALSE(repo_->Save(sem_, id, 1, {{"titel", "Overgenomen"}}, lotte_author_, 11));
    EXPECT_FALSE(repo_->Delete(sem_, id, 1, lotte_author_, 11));
    // A stale save writes nothing.
    EXPECT_TRUE(repo_->Save(lotte_, id, 1, {{"titel", "Open dag Horizon"}}, lotte_author_, 12));
    EXPECT_FALSE(repo_->Save(lotte_, id, 1, {{"titel", "Oud"}}, lotte_author_, 13));
    e = repo_->Entry(lotte_, id).value();
    EXPECT_EQ(e.version, 2);
    EXPECT_EQ(core::FieldOf(e.fields, "titel"), "Open dag Horizon");
    EXPECT_EQ(e.created_at, 10);
    EXPECT_EQ(e.updated_at, 12);
    EXPECT_TRUE(repo_->Delete(lotte_, id, 2, lotte_author_, 14));
    EXPECT_FALSE(repo_->Entry(lotte_, id));
    EXPECT_TRUE(repo_->Entries(lotte_).empty());
}

TEST_P(DossierStorage, TheGroupSummaryCountsPerStudentInOneQuery) {
    repo_->Add(lotte_, EntryKind::kErvaring, {{"titel", "A"}}, lotte_author_, 10);
    repo_->Add(lotte_, EntryKind::kReflectie, {{"titel", "B"}}, lotte_author_, 20);
    const int64_t gone = repo_->Add(lotte_, EntryKind::kKeuze, {{"titel", "C"}}, lotte_author_, 30);
    ASSERT_TRUE(repo_->Delete(lotte_, gone, 1, lotte_author_, 40));
    const auto summaries = repo_->Summaries(group_);
    ASSERT_EQ(summaries.size(), 2u);
    EXPECT_EQ(summaries[0].student_id, lotte_);
    EXPECT_EQ(summaries[0].entries, 2);
    EXPECT_EQ(summaries[0].last_at, 20);
    EXPECT_EQ(summaries[0].elements_done.size(), 2u);
    EXPECT_EQ(summaries[1].student_id, sem_);
    EXPECT_EQ(summaries[1].entries, 0);
    EXPECT_FALSE(summaries[1].last_at);
    // A gesprek the mentor recorded is not the student's writing: it counts apart.
    repo_->Add(sem_, EntryKind::kGesprek, {{"datum", "2026-11-30"}}, {mentor_, "Mohamed"}, 50);
    const auto after = repo_->Summaries(group_);
    EXPECT_EQ(after[1].entries, 0);
    EXPECT_FALSE(after[1].last_at);
    EXPECT_TRUE(after[1].elements_done.empty());
    EXPECT_EQ(after[1].talks, 1);
    EXPECT_EQ(after[1].last_talk, 50);
    // The latest keuze of a vervolgopleiding; a profiel or a goal is not one.
    EXPECT_EQ(after[0].vervolgopleiding, "");
    repo_->Add(lotte_, EntryKind::kKeuze, {{"soort", "opleiding"}, {"titel", "Mbo verpleegkunde"}},
               lotte_author_, 60);
    repo_->Add(lotte_, EntryKind::kKeuze, {{"soort", "opleiding"}, {"titel", "Hbo-v"}},
               lotte_author_, 70);
    repo_->Add(sem_, EntryKind::kKeuze, {{"soort", "profiel"}, {"titel", "NT"}}, lotte_author_, 80);
    const auto chosen = repo_->Summaries(group_);
    EXPECT_EQ(chosen[0].vervolgopleiding, "Hbo-v");
    EXPECT_EQ(chosen[1].vervolgopleiding, "");
}

TEST_P(DossierStorage, LooksAreLoggedPerStudentLatestFirst) {
    repo_->LogLook(lotte_, {mentor_, "Mohamed"}, "mentor van groep 3B", "het dossier", 10);
    repo_->LogLook(lotte_, {mentor_, "Mohamed"}, "mentor van groep 3B", "ervaring: Open dag", 20);
    const auto looks = repo_->Looks(lotte_, 10);
    ASSERT_EQ(looks.size(), 2u);
    EXPECT_EQ(looks[0].what, "ervaring: Open dag");
    EXPECT_EQ(looks[0].viewer_name, "Mohamed");
    EXPECT_TRUE(repo_->Looks(sem_, 10).empty());
}

TEST_P(DossierStorage, ReactionsBelongToALiveEntryOfTheStudentAndStopAtTheLimit) {
    ConversationRepo talk(*db_);
    const int64_t id = repo_->Add(lotte_, EntryKind::kErvaring, {{"titel", "A"}}, lotte_author_, 1);
    ASSERT_TRUE(
        talk.Comment(lotte_, id, {mentor_, "Mohamed"}, "mentor van groep 3B", "Mooi!", 2, 3));
    ASSERT_TRUE(talk.Comment(lotte_, id, lotte_author_, "", "Dank je", 3, 3));
    // Through another student's dossier the entry is not there.
    EXPECT_FALSE(talk.Comment(sem_, id, {mentor_, "Mohamed"}, "", "Verkeerd", 4, 3));
    EXPECT_TRUE(talk.Comments(sem_, id).empty());
    const auto comments = talk.Comments(lotte_, id);
    ASSERT_EQ(comments.size(), 2u);
    EXPECT_EQ(comments[0].body, "Mooi!");
    EXPECT_EQ(comments[0].basis, "mentor van groep 3B");
    EXPECT_EQ(comments[1].author_name, "Lotte");
    EXPECT_EQ(talk.CommentCounts(lotte_), (std::map<int64_t, int64_t>{{id, 2}}));
    ASSERT_TRUE(talk.Comment(lotte_, id, lotte_author_, "", "Drie", 5, 3));
    EXPECT_FALSE(talk.Comment(lotte_, id, lotte_author_, "", "Vier", 6, 3));
    // A deleted entry takes no more reactions.
    const int64_t gone = repo_->Add(lotte_, EntryKind::kKeuze, {{"titel", "B"}}, lotte_author_, 7);
    ASSERT_TRUE(repo_->Delete(lotte_, gone, 1, lotte_author_, 8));
    EXPECT_FALSE(talk.Comment(lotte_, gone, lotte_author_, "", "Nog?", 9, 3));
}

TEST_P(DossierStorage, ReactionsSentAtOnceStopExactlyAtTheLimit) {
    ConversationRepo talk(*db_);
    const int64_t id = repo_->Add(lotte_, EntryKind::kErvaring, {{"titel", "A"}}, lotte_author_, 1);
    std::atomic<int> added = 0;
    std::vector<std::thread> threads;
    for (int i = 0; i < 12; ++i)
        threads.emplace_back([&] {
            if (talk.Comment(lotte_, id, lotte_author_, "", "Hoi", 2, 5)) ++added;
        });
    for (auto& t : threads) t.join();
    EXPECT_EQ(added.load(), 5);
    EXPECT_EQ(talk.Comments(lotte_, id).size(), 5u);
}

TEST_P(DossierStorage, AStudentAsksForOneGesprekAtATimeAndARecordedGesprekAnswersIt) {
    ConversationRepo talk(*db_);
    std::atomic<int> asked = 0;
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i)
        threads.emplace_back([&] {
            if (talk.AskForTalk(lotte_, "Over mijn profielkeuze", 10)) ++asked;
        });
    for (auto& t : threads) t.join();
    EXPECT_EQ(asked.load(), 1);
    EXPECT_EQ(talk.OpenRequest(lotte_)->note, "Over mijn profielkeuze");
    EXPECT_EQ(talk.OpenRequests(group_), (std::map<int64_t, int64_t>{{lotte_, 10}}));
    EXPECT_TRUE(talk.OpenRequests(other_group_).empty());
    ASSERT_EQ(talk.Mentors(group_).size(), 1u);
    EXPECT_EQ(talk.Mentors(group_)[0].email, "mentor@example.nl");
    // Sem's gesprek does not answer Lotte's request; Lotte's does.
    repo_->Add(sem_, EntryKind::kGesprek, {{"datum", "2026-12-01"}}, {mentor_, "Mohamed"}, 20);
    EXPECT_TRUE(talk.OpenRequest(lotte_));
    repo_->Add(lotte_, EntryKind::kGesprek, {{"datum", "2026-12-01"}}, {mentor_, "Mohamed"}, 30);
    EXPECT_FALSE(talk.OpenRequest(lotte_));
    EXPECT_TRUE(talk.OpenRequests(group_).empty());
    EXPECT_TRUE(talk.AskForTalk(lotte_, "", 40));
}

// The requests the decanen hear of instead of a mentor: of a student without a group, or in a
// group without a mentor; oldest first, answered ones and heard ones left out.
TEST_P(DossierStorage, RequestsNoMentorHearsOfAreThoseWithoutAGroupOrAMentor) {
    ConversationRepo talk(*db_);
    const int64_t noor = students_->InGroup(other_group_).front().id;
    UserRepo users(*db_);
    const int64_t daan_user = users.Add("daan@example.nl", "Daan", std::nullopt, 1);
    users.AddMembership(daan_user, core::Role::kLeerling, school_, std::nullopt, 1);
    const int64_t daan = students_->Enrol({.school_id = school_,
                                           .user_id = daan_user,
                                           .local_id = "1004",
                                           .birth_date = "2012-05-01",
                                           .onderwijstype = "havo",
                                           .leerjaar = 3,
                                           .group_id = std::nullopt},
                                          1);
    ASSERT_TRUE(talk.AskForTalk(lotte_, "", 10));  // 3B has a mentor
    ASSERT_TRUE(talk.AskForTalk(daan, "", 20));
    ASSERT_TRUE(talk.AskForTalk(noor, "", 15));
    const auto unheard = talk.RequestsWithoutMentor(school_);
    ASSERT_EQ(unheard.size(), 2u);
    EXPECT_EQ(unheard[0].student_id, noor);
    EXPECT_EQ(unheard[0].group_id, other_group_);
    EXPECT_EQ(unheard[0].group_name, "3C");
    EXPECT_EQ(unheard[0].asked_at, 15);
    EXPECT_EQ(unheard[1].student_id, daan);
    EXPECT_FALSE(unheard[1].group_id);
    EXPECT_EQ(unheard[1].group_name, "");
    students_->AddMentor(other_group_, mentor_);
    repo_->Add(daan, EntryKind::kGesprek, {{"datum", "2026-12-01"}}, {mentor_, "Mohamed"}, 30);
    EXPECT_TRUE(talk.RequestsWithoutMentor(school_).empty());
}

TEST_P(DossierStorage, AgreedActionsAreTickedOffWithinTheirOwnGesprekAndCountedPerGroup) {
    ConversationRepo talk(*db_);
    const Author mentor{mentor_, "Mohamed"};
    repo_->Add(lotte_, EntryKind::kGesprek, {{"datum", "2026-09-01"}, {"actie", "Oude afspraak"}},
               mentor, 1);
    for (int i = 0; i < core::kTalksOnTodoList; ++i)
        repo_->Add(lotte_, EntryKind::kGesprek, {{"datum", "2026-10-01"}}, mentor, 2 + i);
    const int64_t latest = repo_->Add(
        lotte_, EntryKind::kGesprek,
        {{"datum", "2026-11-20"}, {"actie", "Open dag bezoeken\nTante bellen"}}, mentor, 10);
    const int64_t sems =
        repo_->Add(sem_, EntryKind::kGesprek, {{"datum", "2026-11-20"}, {"actie", "Tante bellen"}},
                   mentor, 11);
    // Only what the latest three gesprekken agreed is open: two for Lotte, one for Sem.
    EXPECT_EQ(talk.OpenActions(group_), (std::map<int64_t, int>{{lotte_, 2}, {sem_, 1}}))
        << "the oldest of Lotte's five gesprekken is off the list";
    EXPECT_TRUE(talk.SetActionDone(lotte_, latest, "Tante bellen", true, 20));
    EXPECT_FALSE(talk.SetActionDone(lotte_, latest, "Tante bellen", true, 21)) << "once";
    EXPECT_FALSE(talk.SetActionDone(lotte_, latest, "Iets anders", true, 22)) << "not agreed";
    EXPECT_FALSE(talk.SetActionDone(lotte_, sems, "Tante bellen", true, 23)) << "Sem's gesprek";
    const auto done = talk.ActionsDone(lotte_);
    ASSERT_EQ(done.size(), 1u);
    EXPECT_EQ(done[0].entry_id, latest);
    EXPECT_EQ(done[0].done_at, 20);
    EXPECT_TRUE(talk.ActionsDone(sem_).empty());
    EXPECT_EQ(talk.OpenActions(group_), (std::map<int64_t, int>{{lotte_, 1}, {sem_, 1}}));
    EXPECT_TRUE(talk.SetActionDone(lotte_, latest, "Open dag bezoeken", true, 24));
    EXPECT_EQ(talk.OpenActions(group_), (std::map<int64_t, int>{{sem_, 1}}));
    EXPECT_TRUE(talk.SetActionDone(lotte_, latest, "Open dag bezoeken", false, 25));
    EXPECT_EQ(talk.OpenActions(group_), (std::map<int64_t, int>{{lotte_, 1}, {sem_, 1}}));
    EXPECT_TRUE(talk.OpenActions(other_group_).empty());
    // Erasing the dossier takes the ticks along.
    EXPECT_GT(RetentionRepo(*db_).Erase(lotte_, 30), 0);
    EXPECT_TRUE(talk.ActionsDone(lotte_).empty());
}

TEST_P(DossierStorage, ALeaversDossierIsWarnedAboutOncePerLeavingAndErasedCompletely) {
    RetentionRepo retention(*db_);
    ConversationRepo talk(*db_);
    EXPECT_EQ(retention.Years(school_), 2);
    retention.SetYears(school_, 5);
    EXPECT_EQ(retention.Years(school_), 5);
    const int64_t id = repo_->Add(lotte_, EntryKind::kErvaring, {{"titel", "A"}}, lotte_author_, 1);
    ASSERT_TRUE(repo_->Save(lotte_, id, 1, {{"titel", "B"}}, lotte_author_, 2));
    ASSERT_TRUE(talk.Comment(lotte_, id, {mentor_, "Mohamed"}, "mentor", "Goed", 3, 10));
    ASSERT_TRUE(talk.AskForTalk(lotte_, "", 4));
    repo_->LogLook(lotte_, {mentor_, "Mohamed"}, "mentor", "het dossier", 5);
    const int64_t sems = repo_->Add(sem_, EntryKind::kKeuze, {{"titel", "C"}}, lotte_author_, 6);
    EXPECT_TRUE(retention.Leavers().empty()) << "nobody left yet";
    EXPECT_TRUE(retention.Holds(lotte_));

    auto lotte = *students_->Student(lotte_);
    lotte.left_at = 100;
    students_->Update(lotte);
    auto leavers = retention.Leavers();
    ASSERT_EQ(leavers.size(), 1u);
    EXPECT_EQ(leavers[0].student_id, lotte_);
    EXPECT_EQ(leavers[0].years, 5);
    EXPECT_EQ(leavers[0].email, "lotte@example.nl");
    EXPECT_TRUE(leavers[0].holds);
    EXPECT_FALSE(leavers[0].warned_left_at);
    EXPECT_TRUE(retention.MarkWarned(lotte_, 100));
    EXPECT_FALSE(retention.MarkWarned(lotte_, 100)) << "once per leaving";
    EXPECT_EQ(retention.Leavers()[0].warned_left_at, 100);
    EXPECT_TRUE(retention.MarkWarned(lotte_, 200)) << "she came back and left again";

    EXPECT_EQ(retention.Erase(lotte_, 300), 1);
    EXPECT_TRUE(repo_->Entries(lotte_).empty());
    EXPECT_TRUE(repo_->Looks(lotte_, 10).empty());
    EXPECT_TRUE(talk.CommentsOfStudent(lotte_).empty());
    EXPECT_FALSE(talk.OpenRequest(lotte_));
    EXPECT_EQ(db_->Use([&](Connection& c) {
        return c
            .QueryOne(
                "SELECT COUNT(*) AS n FROM dossier_revisions WHERE "
                "record_id = ?",
                {id})
            ->Int("n");
    }),
              0)
        << "no version is left behind";
    ASSERT_EQ(retention.Leavers().size(), 1u) << "the enrolment, until it is forgotten";
    EXPECT_FALSE(retention.Leavers()[0].holds) << "with nothing left to erase";
    EXPECT_FALSE(retention.Holds(lotte_)) << "what a leaver's way in looks for";
    EXPECT_TRUE(retention.Holds(sem_));
    EXPECT_TRUE(repo_->Entry(sem_, sems)) << "another student's dossier is untouched";
}

TEST_P(DossierStorage, EvidenceFilesStayWithinTheirLimitsAndTheirOwnDossier) {
    EvidenceRepo evidence(*db_);
    const EvidenceLimits limits{2, 10};
    const int64_t id = repo_->Add(lotte_, EntryKind::kBewijs, {{"titel", "A"}}, lotte_author_, 1);
    const std::string bytes("\x00\x01PNG", 5);  // bytes, not text
    const auto first = evidence.Add(lotte_, id, "a.png", "image/png", bytes, 2, limits);
    ASSERT_TRUE(std::holds_alternative<int64_t>(first));
    EXPECT_EQ(evidence.Data(lotte_, std::get<int64_t>(first)), bytes);
    EXPECT_FALSE(evidence.Data(sem_, std::get<int64_t>(first))) << "through another dossier";
    EXPECT_EQ(std::get<EvidenceRefusal>(evidence.Add(sem_, id, "b", "image/png", "x", 3, limits)),
              EvidenceRefusal::kNoEntry);
    EXPECT_EQ(std::get<EvidenceRefusal>(
                  evidence.Add(lotte_, id, "big", "image/png", std::string(6, 'x'), 3, limits)),
              EvidenceRefusal::kQuotaFull)
        << "5 + 6 bytes is more than the student's 10";
    ASSERT_TRUE(std::holds_alternative<int64_t>(
        evidence.Add(lotte_, id, "b.png", "image/png", "xy", 4, limits)));
    EXPECT_EQ(std::get<EvidenceRefusal>(evidence.Add(lotte_, id, "c", "image/png", "z", 5, limits)),
              EvidenceRefusal::kTooManyFiles);
    EXPECT_EQ(evidence.Files(lotte_, id).size(), 2u);
    EXPECT_EQ(evidence.FilesOfStudent(lotte_).at(id).size(), 2u);
    EXPECT_FALSE(evidence.Remove(sem_, id, std::get<int64_t>(first)));
    EXPECT_TRUE(evidence.Remove(lotte_, id, std::get<int64_t>(first)));
    EXPECT_EQ(evidence.Files(lotte_, id).size(), 1u);
    // Erasing the dossier takes the files with it.
    RetentionRepo(*db_).Erase(lotte_, 9);
    EXPECT_TRUE(evidence.FilesOfStudent(lotte_).empty());
}

TEST_P(DossierStorage, ASchoolsOwnQuestionsStayWithTheSchoolAndWithinTheLimit) {
    QuestionRepo questions(*db_);
    OrgRepo orgs(*db_);
    SchoolRecord other;
    other.name = "Andere school";
    other.brin = "99AS";
    other.sector = "vo";
    const int64_t elsewhere = orgs.AddSchool(other, 1);
    const auto a = questions.Add(school_, {0, "actie", "werk", "Wat ga je doen?", "Dirk"}, 1, 2);
    ASSERT_TRUE(a);
    ASSERT_TRUE(questions.Add(school_, {0, "terugblik", "netwerk", "Wie sprak je?", "Dirk"}, 2, 2));
    EXPECT_FALSE(questions.Add(school_, {0, "actie", "werk", "Nog een?", "Dirk"}, 3, 2))
        << "the limit";
    EXPECT_TRUE(questions.Add(elsewhere, {0, "actie", "werk", "Elders?", "Els"}, 3, 2));
    ASSERT_EQ(questions.OfSchool(school_).size(), 2u);
    EXPECT_EQ(questions.OfSchool(school_)[0].text, "Wat ga je doen?");
    EXPECT_FALSE(questions.Remove(elsewhere, *a)) << "not through another school";
    EXPECT_TRUE(questions.Remove(school_, *a));
    EXPECT_EQ(questions.OfSchool(school_).size(), 1u);
    EXPECT_EQ(questions.OfSchool(elsewhere).size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Databases, DossierStorage, ::testing::Values("sqlite", "postgresql"));

}  // namespace
}  // namespace koers::storage
