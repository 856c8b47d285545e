// Content storage on both databases: revisions, optimistic saves, old slugs, terms, blobs.
#include <gtest/gtest.h>

#include <thread>

#include "modules/content/storage/content_repo.hpp"
#include "modules/content/storage/taxonomy_repo.hpp"
#include "platform/storage/user_repo.hpp"
#include "support/test_db.hpp"

namespace koers::storage {
namespace {

class ContentStorage : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        db_ = testing::NewTestDatabase(GetParam());
        if (!db_) GTEST_SKIP() << "geen PostgreSQL-testcluster";
        content_ = std::make_unique<ContentRepo>(*db_);
        taxonomy_ = std::make_unique<TaxonomyRepo>(*db_);
    }
    ContentRecord Item(std::string slug) {
        ContentRecord r;
        r.kind = "kennisbank";
        r.slug = std::move(slug);
        r.title = "Visie op LOB";
        r.summary = "Samenvatting";
        r.body = "Tekst met één ë";
        r.status = "gepubliceerd";
        r.publish_at = 100;
        return r;
    }
    std::unique_ptr<Database> db_;
    std::unique_ptr<ContentRepo> content_;
    std::unique_ptr<TaxonomyRepo> taxonomy_;
};

TEST_P(ContentStorage, TaxonomyIsDataWithUniqueSlugsPerVocabulary) {
    const int64_t a = taxonomy_->Add("thema", "visie", "Visie", 1);
    taxonomy_->Add("sector", "visie", "Zelfde slug, ander vocabulaire", 1);
    EXPECT_THROW(taxonomy_->Add("thema", "visie", "Dubbel", 1), ConstraintError);
    EXPECT_THROW(taxonomy_->Add("merk", "x", "Geen vocabulaire", 1), ConstraintError);
    taxonomy_->Rename(a, "Visie op LOB");
    std::string label;
    bool defaults = false;
    for (const auto& t : taxonomy_->All()) {
        if (t.id == a) label = t.label;
        defaults = defaults || (t.vocabulary == "thema" && t.slug == "loopbaangesprek");
    }
    EXPECT_EQ(label, "Visie op LOB");
    EXPECT_TRUE(defaults) << "every installation starts with the standard taxonomy";
}

TEST_P(ContentStorage, EverySaveKeepsARevisionAndStaleSavesLoseNothing) {
    const int64_t t1 = taxonomy_->Add("thema", "visie", "Visie", 1);
    const int64_t t2 = taxonomy_->Add("soort", "stappenplan", "Stappenplan", 1);
    auto rec = Item("visie-op-lob");
    rec.term_ids = {t1, t2};
    const int64_t id = content_->Create(rec, 10);
    EXPECT_EQ(rec.version, 1);

    auto first = *content_->Get(id);
    auto second = first;
    first.title = "Eerste redacteur";
    EXPECT_TRUE(content_->Update(first, 1, 20));
    EXPECT_EQ(first.version, 2);
    second.title = "Tweede redacteur";
    EXPECT_FALSE(content_->Update(second, 1, 21));  // started from version 1: a conflict
    EXPECT_EQ(content_->Get(id)->title, "Eerste redacteur");

    auto revisions = content_->Revisions(id);
    ASSERT_EQ(revisions.size(), 2U);
    EXPECT_EQ(revisions[0].version, 2);
    auto v1 = content_->Revision(id, 1);
    ASSERT_TRUE(v1);
    EXPECT_EQ(v1->title, "Visie op LOB");
    EXPECT_EQ(v1->body, "Tekst met één ë");
    EXPECT_EQ(v1->term_ids, (std::vector<int64_t>{t1, t2}));
}

// An author's account can be removed once the items forget who wrote them (a plain delete is
// refused by the database while an item or version names the account): the items stay.
TEST_P(ContentStorage, AnItemOutlivesItsAuthorsAccount) {
    UserRepo users(*db_);
    const int64_t rosa = users.Add("rosa@x.nl", "Rosa", std::nullopt, 1);
    auto rec = Item("visie");
    rec.author_id = rosa;
    const int64_t id = content_->Create(rec, 10);
    ASSERT_TRUE(content_->Update(rec, 1, 20));
    EXPECT_ANY_THROW(users.Remove(rosa)) << "the database keeps the author";
    content_->ForgetAuthor(rosa);
    users.Remove(rosa);
    EXPECT_FALSE(users.ById(rosa));
    ASSERT_TRUE(content_->Get(id));
    EXPECT_FALSE(content_->Get(id)->author_id);
    EXPECT_EQ(content_->Revisions(id).size(), 2U);
}

TEST_P(ContentStorage, ConcurrentSavesOfOneVersionLetExactlyOneWin) {
    auto rec = Item("gelijktijdig");
    const int64_t id = content_->Create(rec, 10);
    std::atomic<int> wins{0};
    std::vector<std::thread> threads;
    threads.reserve(4);
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([&, i] {
            auto mine = *content_->Get(id);
            mine.title = "Versie " + std::to_string(i);
            try {
                if (content_->Update(mine, 1, 20)) ++wins;
            } catch (const DbError&) {  // a serialisation failure also counts as not saved
            }
        });
    for (auto& t : threads) t.join();
    EXPECT_EQ(wins.load(), 1);
    EXPECT_EQ(content_->Revisions(id).size(), 2U);
}

TEST_P(ContentStorage, RenamedSlugsKeepRedirecting) {
    auto rec = Item("oude-naam");
    const int64_t id = content_->Create(rec, 10);
    rec.slug = "nieuwe-naam";
    ASSERT_TRUE(content_->Update(rec, 1, 20));
    EXPECT_EQ(content_->BySlug("nieuwe-naam")->id, id);
    EXPECT_FALSE(content_->BySlug("oude-naam"));
    EXPECT_EQ(content_->ItemForOldSlug("oude-naam"), id);

    auto other = Item("ander");
    content_->Create(other, 10);
    other.slug = "nieuwe-naam";
    EXPECT_THROW(content_->Update(other, 1, 30), ConstraintError);
    EXPECT_EQ(content_->Get(other.id)->slug, "ander");  // rolled back
}

TEST_P(ContentStorage, PublishedAndChangesFeedTheIndex) {
    const int64_t t = taxonomy_->Add("sector", "mbo-plus", "mbo+", 1);
    auto a = Item("a");
    a.term_ids = {t};
    content_->Create(a, 10);
    auto b = Item("b");
    b.status = "concept";
    content_->Create(b, 50);
    auto published = content_->Published();
    ASSERT_EQ(published.size(), 1U);
    EXPECT_EQ(published[0].term_ids, std::vector<int64_t>{t});
    auto changed = content_->ChangedSince(50);
    ASSERT_EQ(changed.size(), 1U);
    EXPECT_EQ(changed[0].status, "concept");
}

TEST_P(ContentStorage, AttachmentsKeepEveryByte) {
    auto rec = Item("met-bijlage");
    const int64_t id = content_->Create(rec, 10);
    std::string bytes = "%PDF-1.7\n";
    for (int i = 0; i < 256; ++i) bytes.push_back(static_cast<char>(i));
    bytes += std::string("\0\0\\x00'\"", 8);
    const int64_t a = content_->AddAttachment(
        id, {"gids.pdf", "Gids voor ouders", "application/pdf"}, bytes, {}, 10);
    EXPECT_EQ(content_->AttachmentData(a), bytes);
    EXPECT_EQ(content_->AttachmentInfoOf(a)->title, "Gids voor ouders");
    EXPECT_EQ(content_->Attachments(id).at(0).filename, "gids.pdf");
    EXPECT_EQ(content_->AttachmentInfoOf(a)->size, static_cast<int64_t>(bytes.size()));
    ASSERT_EQ(content_->Attachments(id).size(), 1U);
    rec.cover_id = a;
    rec.cover_alt = "Omslag";
    ASSERT_TRUE(content_->Update(rec, 1, 20));
    content_->RemoveAttachment(a, 30);
    EXPECT_EQ(content_->ChangedSince(30).size(), 1U) << "the item changed with its attachment";
    EXPECT_FALSE(content_->AttachmentData(a));
    EXPECT_FALSE(content_->Get(id)->cover_id);
}

// The text inside attachments, for search: per item in upload order, for every published item,
// and the attachments stored before Koers read their text (NULL) until they are read.
TEST_P(ContentStorage, AttachmentTextsFeedTheIndex) {
    auto shown = Item("gepubliceerd");
    const int64_t item = content_->Create(shown, 10);
    auto draft = Item("concept");
    draft.status = "concept";
    const int64_t hidden = content_->Create(draft, 10);
    const int64_t first = content_->AddAttachment(
        item, {"a.pdf", "A", "application/pdf", "Werkblad één"}, "%PDF-", {}, 10);
    content_->AddAttachment(item, {"b.png", "B", "image/png", ""}, "png", {}, 11);
    content_->AddAttachment(
        item, {"c.odt", "C", "application/vnd.oasis.opendocument.text", "Open dag"}, "PK", {}, 12);
    content_->AddAttachment(hidden, {"d.pdf", "D", "application/pdf", "Geheim"}, "%PDF-", {}, 13);
    EXPECT_EQ(content_->AttachmentText(item), "Werkblad één\n\nOpen dag");
    const auto texts = content_->PublishedAttachmentTexts();
    EXPECT_EQ(texts.size(), 1U) << "a concept's attachments are not searchable";
    EXPECT_EQ(texts.at(item), "Werkblad één\n\nOpen dag");
    EXPECT_TRUE(content_->AttachmentsWithoutText(10).empty());
    db_->With([&](Connection& c) {
        c.Execute("UPDATE attachments SET text = NULL WHERE id = ?", {first});
    });
    const auto unread = content_->AttachmentsWithoutText(10);
    ASSERT_EQ(unread.size(), 1U);
    EXPECT_EQ(unread[0].id, first);
    content_->SetAttachmentText(first, "Gelezen");
    EXPECT_TRUE(content_->AttachmentsWithoutText(10).empty());
    EXPECT_EQ(content_->AttachmentText(item), "Gelezen\n\nOpen dag");
}

INSTANTIATE_TEST_SUITE_P(BothDatabases, ContentStorage, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace koers::storage
