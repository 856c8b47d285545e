// Finding typed words in the database, on SQLite and on PostgreSQL: people by name or address,
// the audit log a page at a time, and koers_fold, which both databases fold with as Koers does.
#include <gtest/gtest.h>

#include "platform/core/common/fold.hpp"
#include "platform/core/common/utf8.hpp"
#include "platform/storage/outbox_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "support/test_db.hpp"

namespace koers::storage {
namespace {

class SearchStorage : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        db_ = testing::NewTestDatabase(GetParam());
        if (!db_) GTEST_SKIP() << "geen PostgreSQL-testcluster";
    }
    std::unique_ptr<Database> db_;
};

// The beheerder's list of people, a page at a time: by name, words in any case in the name or
// the address, a % or _ typed is that character, and the total counts every match.
TEST_P(SearchStorage, PeopleAreFoundAPageAtATimeByNameOrAddress) {
    UserRepo users(*db_);
    const size_t before = users.All().size();
    for (int i = 0; i < 30; ++i)
        users.Add("leerling" + std::to_string(100 + i) + "@school.nl",
                  "Leerling " + std::to_string(100 + i), std::nullopt, 1);
    users.Add("anna@school.nl", "Anna 100% de Vries", std::nullopt, 1);
    users.Add("bob_b@school.nl", "Bob Bakker", std::nullopt, 1);

    const auto all = users.Find("", 0, 10);
    EXPECT_EQ(all.total, static_cast<int64_t>(before + 32));
    ASSERT_EQ(all.users.size(), 10u);
    const auto rest = users.Find("", 10, 1000);
    EXPECT_EQ(rest.users.size(), before + 22);
    EXPECT_LE(all.users.back().display_name, rest.users.front().display_name) << "by name";

    const auto found = users.Find("LEERLING 12", 0, 5);
    EXPECT_EQ(found.total, 10);
    ASSERT_EQ(found.users.size(), 5u);
    EXPECT_EQ(found.users[0].display_name, "Leerling 120");
    EXPECT_EQ(users.Find("leerling 12", 5, 5).users[0].display_name, "Leerling 125");
    EXPECT_EQ(users.Find("100%", 0, 10).total, 1) << "a % is a %, not 'anything'";
    EXPECT_EQ(users.Find("b_b", 0, 10).total, 1) << "an _ is an _";
    EXPECT_EQ(users.Find("bob_b@", 0, 10).users.at(0).display_name, "Bob Bakker");
    EXPECT_EQ(users.Find("!", 0, 10).total, 0);
    users.Add("daniëlle@school.nl", "Daniëlle Çelik", std::nullopt, 1);
    EXPECT_EQ(users.Find("DANIELLE celik", 0, 10).total, 1) << "without accents, any case";
    EXPECT_EQ(users.Find("daniëlle", 0, 10).total, 1) << "with them";
    EXPECT_EQ(users.Find("ÇELIK", 0, 10).total, 1);
    EXPECT_EQ(users.Find("niemand", 0, 10).total, 0);
}

// The audit log is read newest first, a page on from the last line of the one before, and found
// by words in the actor's name, the description, the code, the subject or the detail, in any
// case and with or without accents; a typed % is a %.
TEST_P(SearchStorage, TheAuditLogIsReadNewestFirstAPageOnAndFoundByWords) {
    UserRepo users(*db_);
    AuditRepo audit(*db_);
    const int64_t anna = users.Add("anna@x.nl", "Anna de Vriës", std::nullopt, 1);
    for (int i = 0; i < 25; ++i)
        audit.Record(i, i % 5 == 0 ? std::optional<int64_t>(anna) : std::nullopt,
                     {"test.event", i == 3 ? "Dossier gewist" : "Ingelogd"},
                     "regel " + std::to_string(i), i == 4 ? "100% klaar" : "", "");
    const auto first = audit.Find({"", std::nullopt, 10});
    ASSERT_EQ(first.lines.size(), 10u);
    EXPECT_EQ(first.lines[0].subject, "regel 24");
    ASSERT_TRUE(first.older.has_value());
    const auto second = audit.Find({"", first.older, 10});
    ASSERT_EQ(second.lines.size(), 10u);
    EXPECT_EQ(second.lines[0].subject, "regel 14");
    const auto last = audit.Find({"", second.older, 10});
    EXPECT_EQ(last.lines.size(), 5u);
    EXPECT_FALSE(last.older.has_value()) << "nothing older";

    const auto annas = audit.Find({"VRIES", std::nullopt, 100}).lines;
    ASSERT_EQ(annas.size(), 5u) << "by who, without the accent";
    EXPECT_EQ(annas[0].actor_name, "Anna de Vriës");
    EXPECT_EQ(audit.Find({"vriës", std::nullopt, 100}).lines.size(), 5u) << "and with it";
    EXPECT_EQ(audit.Find({"GEWIST", std::nullopt, 100}).lines.size(), 1u) << "by what";
    EXPECT_EQ(audit.Find({"test.ev", std::nullopt, 100}).lines.size(), 25u) << "by its code";
    EXPECT_EQ(audit.Find({"regel 2", std::nullopt, 100}).lines.size(), 6u) << "betreft: 2, 20-24";
    EXPECT_EQ(audit.Find({"100%", std::nullopt, 100}).lines.size(), 1u) << "details, % as %";
    EXPECT_EQ(audit.Find({"0%", std::nullopt, 100}).lines.size(), 1u);
    EXPECT_EQ(audit.Find({"regel 2", annas[0].id, 100}).lines.size(), 1u) << "a page on, found";
}

// A search reads at most AuditRepo::kSearchSpan lines back, and says where to go on: a word that
// is nowhere costs the same in a log of any length.
TEST_P(SearchStorage, AnAuditSearchReadsASpanAndGoesOnFromThere) {
    AuditRepo audit(*db_);
    audit.Record(1, std::nullopt, {"test.old", "Oud"}, "de naald", "", "");
    const int64_t filler = AuditRepo::kSearchSpan + 10;
    db_->With([&](Connection& c) {
        c.Execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO audit_log (at, action, description, subject) "
            "SELECT i, 'test.hooi', 'Hooi', 'hooi' FROM n",
            {filler});
    });
    const auto found = audit.Find({"naald", std::nullopt, 100});
    EXPECT_TRUE(found.lines.empty()) << "the needle lies beyond the span";
    ASSERT_TRUE(found.older.has_value()) << "so the page says where to go on";
    const auto on = audit.Find({"naald", found.older, 100});
    ASSERT_EQ(on.lines.size(), 1u);
    EXPECT_EQ(on.lines[0].subject, "de naald");
    EXPECT_FALSE(on.older.has_value());
    EXPECT_EQ(audit.Find({"", std::nullopt, 100}).lines.size(), 100u) << "all of it: a page";
}

// koers_fold in SQL folds as core::FoldForSearch does, on both databases: every letter of
// ASCII, Latin-1 and Latin Extended-A, punctuation kept, other scripts as they are, NULL as NULL.
TEST_P(SearchStorage, TheDatabaseFoldsTextAsKoersDoes) {
    std::string all;
    for (uint32_t cp = 0x20; cp < 0x250; ++cp)
        if (cp < 0x7F || cp > 0x9F) core::AppendUtf8(cp, all);
    for (const std::string& text : {all, std::string("Daniëlle Özil-Çelik, IJSSEL & Œuvre ß"),
                                    std::string("Αθήνα Москва 東京 😀"), std::string("a@b.NL 100%")})
        db_->With([&](Connection& c) {
            const auto row = c.QueryOne("SELECT koers_fold(?) AS f", {text});
            ASSERT_TRUE(row);
            EXPECT_EQ(row->Text("f"), core::FoldForSearch(text)) << text;
        });
    EXPECT_EQ(core::FoldForSearch("Daniëlle Özil-Çelik, IJSSEL & Œuvre ß"),
              "danielle ozil-celik, ijssel & oeuvre ss");
    db_->With([&](Connection& c) {
        EXPECT_TRUE(c.QueryOne("SELECT koers_fold(NULL) AS f")->IsNull("f"));
    });
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, SearchStorage, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::storage
