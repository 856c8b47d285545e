// The record kernel's storage on both databases, over tables declared here (the shape the header
// prescribes), so it is proven without any module: versions and history, optimistic saving,
// soft deletion with children, and the scope.
#include <gtest/gtest.h>

#include <array>

#include "platform/storage/migrations.hpp"
#include "platform/storage/record_store.hpp"
#include "support/test_db.hpp"

namespace koers::storage {
namespace {

constexpr std::string_view kSchema = R"(
CREATE TABLE kernel_notes (
    id {{id}},
    dossier_id BIGINT NOT NULL,
    parent_id BIGINT,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted_at BIGINT
);
CREATE TABLE kernel_note_revisions (
    id {{id}},
    record_id BIGINT NOT NULL REFERENCES kernel_notes(id),
    version INTEGER NOT NULL,
    status TEXT NOT NULL,
    body TEXT NOT NULL,
    at BIGINT NOT NULL,
    user_id BIGINT,
    user_name TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
)";

constexpr RecordTables kNotes = {"kernel_notes", "kernel_note_revisions", "parent_id"};
const Author kAnna{std::nullopt, "Anna"};
const Author kBram{std::nullopt, "Bram"};

class RecordKernel : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        db_ = testing::NewTestDatabase(GetParam());
        if (!db_) GTEST_SKIP() << "geen PostgreSQL-testcluster";
        db_->With([](Connection& c) { c.ExecScript(ForDialect(kSchema, c.dialect())); });
    }

    // Runs `fn` with the store of dossier `dossier`.
    template <class F>
    auto InDossier(int64_t dossier, F&& fn) {
        return db_->Use([&](Connection& c) {
            RecordStore store(c, kNotes, {"dossier_id", dossier});
            return fn(store);
        });
    }

    std::vector<Revision> History(int64_t dossier, std::optional<int64_t> id) {
        return InDossier(dossier, [&](RecordStore& s) {
            std::vector<Revision> out;
            constexpr std::array<std::string_view, 1> kAlso = {"title"};
            s.Revisions(id, 50, kAlso, [&](Revision v, const Row& r) {
                v.note += "|" + r.Text("title");
                out.push_back(std::move(v));
            });
            return out;
        });
    }

    std::optional<Row> Stored(int64_t id) {
        return db_->Use([&](Connection& c) {
            return c.QueryOne(
                "SELECT title, body, status, version, updated_by, deleted_at FROM kernel_notes "
                "WHERE id = ?",
                {id});
        });
    }

    std::unique_ptr<Database> db_;
};

core::Fields Text(const std::string& text) { return {{"tekst", text}}; }

TEST_P(RecordKernel, EverySavedVersionIsKeptWithWhoWhenAndWhy) {
    const std::array<ColumnValue, 1> title = {{{"title", std::string("Open dag")}}};
    const int64_t id = InDossier(7, [&](RecordStore& s) {
        return s.Insert(Text("Ik ging naar de open dag."), "concept", title, kAnna, 100,
                        "aangemaakt");
    });
    ASSERT_TRUE(InDossier(7, [&](RecordStore& s) {
        return s.Update(id, 1, Text("Ik ging met mijn vader."), "vastgesteld", {}, kBram, 200,
                        "vastgesteld");
    }));

    auto row = Stored(id);
    EXPECT_EQ(row->Int("version"), 2);
    EXPECT_EQ(row->Text("status"), "vastgesteld");
    EXPECT_EQ(row->Text("updated_by"), "Bram");
    EXPECT_EQ(row->Text("title"), "Open dag") << "a column the save does not name is kept";
    EXPECT_EQ(core::DecodeFields(row->Text("body")), Text("Ik ging met mijn vader."));

    const auto history = History(7, id);
    ASSERT_EQ(history.size(), 2U);
    EXPECT_EQ(history[0].version, 2);
    EXPECT_EQ(history[0].user_name, "Bram");
    EXPECT_EQ(history[0].at, 200);
    EXPECT_EQ(history[0].note, "vastgesteld|Open dag") << "the record's own columns come along";
    EXPECT_EQ(history[1].version, 1);
    EXPECT_EQ(history[1].fields, Text("Ik ging naar de open dag."));
    EXPECT_EQ(history[1].status, "concept");
}

TEST_P(RecordKernel, AStaleSaveWritesNothing) {
    const int64_t id = InDossier(7, [&](RecordStore& s) {
        return s.Insert(Text("eerste"), "", {}, kAnna, 100, "aangemaakt");
    });
    ASSERT_TRUE(InDossier(
        7, [&](RecordStore& s) { return s.Update(id, 1, Text("Anna"), "", {}, kAnna, 110, ""); }));
    // Bram started from version 1 too.
    EXPECT_FALSE(InDossier(
        7, [&](RecordStore& s) { return s.Update(id, 1, Text("Bram"), "", {}, kBram, 120, ""); }));
    EXPECT_FALSE(InDossier(7, [&](RecordStore& s) { return s.Delete(id, 1, kBram, 120); }));
    EXPECT_EQ(core::DecodeFields(Stored(id)->Text("body")), Text("Anna"));
    EXPECT_EQ(History(7, id).size(), 2U) << "no revision for a save that did not happen";
}

TEST_P(RecordKernel, ARecordOutsideTheScopeCannotBeSavedDeletedOrListed) {
    const int64_t id = InDossier(7, [&](RecordStore& s) {
        return s.Insert(Text("van dossier 7"), "", {}, kAnna, 100, "aangemaakt");
    });
    EXPECT_FALSE(InDossier(8, [&](RecordStore& s) {
        return s.Update(id, 1, Text("overschreven"), "", {}, kBram, 110, "");
    }));
    EXPECT_FALSE(InDossier(8, [&](RecordStore& s) { return s.Delete(id, 1, kBram, 110); }));
    EXPECT_TRUE(History(8, std::nullopt).empty());
    EXPECT_TRUE(History(8, id).empty());
    EXPECT_EQ(Stored(id)->Int("version"), 1);
    EXPECT_TRUE(Stored(id)->IsNull("deleted_at"));
}

TEST_P(RecordKernel, DeletingKeepsTheLastTextAndTakesTheChildrenAlong) {
    const int64_t parent = InDossier(7, [&](RecordStore& s) {
        return s.Insert(Text("werkplan"), "", {}, kAnna, 100, "aangemaakt");
    });
    const std::array<ColumnValue, 1> under = {{{"parent_id", parent}}};
    const int64_t child = InDossier(7, [&](RecordStore& s) {
        return s.Insert(Text("activiteit"), "", under, kAnna, 100, "aangemaakt");
    });
    const int64_t other = InDossier(
        7, [&](RecordStore& s) { return s.Insert(Text("los"), "", {}, kAnna, 100, "aangemaakt"); });

    ASSERT_TRUE(InDossier(7, [&](RecordStore& s) { return s.Delete(parent, 1, kBram, 300); }));
    EXPECT_EQ(Stored(parent)->Int("deleted_at"), 300);
    EXPECT_EQ(Stored(child)->Int("deleted_at"), 300) << "a child goes with its parent";
    EXPECT_TRUE(Stored(other)->IsNull("deleted_at"));

    const auto history = History(7, parent);
    ASSERT_EQ(history.size(), 2U);
    EXPECT_EQ(history[0].note, "verwijderd|");
    EXPECT_EQ(history[0].fields, Text("werkplan")) << "the deletion keeps what was deleted";
    EXPECT_EQ(history[0].user_name, "Bram");
    EXPECT_FALSE(InDossier(7, [&](RecordStore& s) {
        return s.Update(parent, 2, Text("terug"), "", {}, kAnna, 400, "");
    })) << "a deleted record is not saved again";
    EXPECT_EQ(History(7, std::nullopt).size(), 4U) << "the whole dossier's history, deletion too";
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, RecordKernel, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::storage
