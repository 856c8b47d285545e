// The networks' storage on both databases: everything below a network is reached only through
// it (another network's member, record, action or document is not found), a school is a member
// once, a network's documents stay within its limits also when uploads come at once, and the
// census sees every change.
#include "modules/networks/storage/network_repo.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "platform/storage/org_repo.hpp"
#include "support/test_db.hpp"

namespace koers::storage {
namespace {

class NetworkStorage : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        db_ = testing::NewTestDatabase(GetParam());
        if (!db_) GTEST_SKIP() << "geen PostgreSQL-testcluster";
        OrgRepo orgs(*db_);
        region_ = orgs.AddRegion("Regio Test", 1);
        SchoolRecord s;
        s.name = "Testschool";
        s.brin = "99TS";
        s.sector = "vo";
        s.region_id = region_;
        school_ = orgs.AddSchool(s, 1);
        repo_ = std::make_unique<NetworkRepo>(*db_);
    }
    int64_t AddNetwork(const std::string& name) {
        core::Network n;
        n.region_id = region_;
        n.name = name;
        return repo_->Add(n, 1);
    }
    std::unique_ptr<Database> db_;
    std::unique_ptr<NetworkRepo> repo_;
    int64_t region_ = 0, school_ = 0;
};

TEST_P(NetworkStorage, WhatBelongsToANetworkIsFoundOnlyThroughIt) {
    const int64_t a = AddNetwork("Netwerk A"), b = AddNetwork("Netwerk B");
    const int64_t member = repo_->AddMember({0, a, school_, "", "Sanne", "sanne@school.nl", true});
    EXPECT_THROW(repo_->AddMember({0, a, school_, "", "", "", false}), ConstraintError);
    repo_->AddMember({0, a, std::nullopt, "UWV", "", "", false});
    repo_->AddMember({0, a, std::nullopt, "Gemeente", "", "", false});
    const auto members = repo_->Members(a);
    ASSERT_EQ(members.size(), 3u);
    EXPECT_EQ(members[0].organisation, "Testschool") << "a school by its own name, first";
    EXPECT_EQ(members[1].organisation, "Gemeente");
    EXPECT_EQ(repo_->OfSchool(school_).size(), 1u);
    const int64_t meeting = repo_->AddMeeting({0, a, "2027-03-11", "Werkgroep", "", "", ""});
    const int64_t action = repo_->AddAction({0, a, "Bellen", "Sanne", "", false});
    repo_->AddAction({0, a, "Al gedaan", "Sanne", "2027-01-01", true});
    repo_->AddAction({0, a, "Eerst", "Jan", "2027-01-05", false});
    auto actions = repo_->Actions(a);
    ASSERT_EQ(actions.size(), 3u);
    EXPECT_EQ(actions[0].what, "Eerst") << "open ones first, dated before undated";
    EXPECT_EQ(actions[1].what, "Bellen");
    EXPECT_TRUE(actions[2].done) << "a done action stays done as it was stored";
    const auto census = repo_->Census();
    EXPECT_FALSE(repo_->RemoveMember(b, member));
    EXPECT_FALSE(repo_->FindMeeting(b, meeting));
    EXPECT_FALSE(repo_->UpdateMeeting({meeting, b, "2027-03-12", "Werkgroep", "", "", ""}));
    EXPECT_FALSE(repo_->SetDone(b, action, true));
    EXPECT_EQ(repo_->Census(), census) << "nothing of A changed through B";
    EXPECT_TRUE(repo_->SetDone(a, action, true));
    actions = repo_->Actions(a);
    EXPECT_EQ(actions[0].what, "Eerst");
    EXPECT_EQ(actions[2].what, "Bellen") << "done now: after the open one and the dated done one";
    EXPECT_TRUE(actions[2].done);
    EXPECT_TRUE(repo_->UpdateMeeting({meeting, a, "2027-03-12", "Overleg", "", "Verslag", ""}));
    EXPECT_EQ(repo_->FindMeeting(a, meeting)->notes, "Verslag");
    EXPECT_TRUE(repo_->RemoveMember(a, member));
    EXPECT_TRUE(repo_->OfSchool(school_).empty());
    EXPECT_NE(repo_->Census(), census);
}

TEST_P(NetworkStorage, ADocumentIsReachedOnlyThroughItsNetworkAndTheLimitsHold) {
    const int64_t a = AddNetwork("A"), b = AddNetwork("B");
    FileTable docs(*db_, kNetworkDocuments);
    const FileLimits limits{3, 1000};
    auto add = [&](int64_t network, const std::string& title, size_t bytes) {
        return docs.Add({0, network, title, title + ".pdf", "application/pdf", 0, 5},
                        "%PDF-" + std::string(bytes - 5, 'x'), std::nullopt, limits);
    };
    const auto first = add(a, "Jaarplan", 100);
    ASSERT_TRUE(std::holds_alternative<int64_t>(first));
    const int64_t id = std::get<int64_t>(first);
    EXPECT_EQ(docs.Find(a, id)->title, "Jaarplan");
    EXPECT_EQ(docs.Find(a, id)->size, 100);
    EXPECT_EQ(docs.Data(a, id)->size(), 100u) << "the bytes come back whole";
    const auto census = docs.Census();
    EXPECT_FALSE(docs.Find(b, id));
    EXPECT_FALSE(docs.Data(b, id));
    EXPECT_FALSE(docs.Remove(b, id));
    EXPECT_TRUE(docs.Of(b).empty());
    EXPECT_EQ(docs.Census(), census) << "nothing of A changed through B";
    EXPECT_EQ(std::get<FileRefusal>(add(a, "Te groot", 901)), FileRefusal::kFull);
    EXPECT_EQ(std::get<FileRefusal>(add(999999, "Weg", 10)), FileRefusal::kNoOwner);
    EXPECT_EQ(docs.Census(), census) << "a refused document writes nothing";

    // Eight uploads at once for the two places left: exactly two get in.
    std::vector<std::thread> uploads;
    std::atomic<int> added{0};
    for (int i = 0; i < 8; ++i)
        uploads.emplace_back([&, i] {
            if (std::holds_alternative<int64_t>(add(a, "Upload " + std::to_string(i), 50))) ++added;
        });
    for (auto& t : uploads) t.join();
    EXPECT_EQ(added.load(), 2);
    EXPECT_EQ(docs.Of(a).size(), 3u);
    EXPECT_EQ(std::get<FileRefusal>(add(a, "Vierde", 10)), FileRefusal::kTooMany);
    EXPECT_TRUE(docs.Remove(a, id));
    EXPECT_EQ(docs.Of(a).size(), 2u);
    EXPECT_NE(docs.Census(), census);
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, NetworkStorage, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::storage
