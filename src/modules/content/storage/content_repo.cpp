#include "modules/content/storage/content_repo.hpp"

#include <algorithm>
#include <unordered_map>

#include "platform/core/common/numbers.hpp"

namespace koers::storage {
namespace {

constexpr const char* kItemColumns =
    "i.id, i.kind, i.slug, i.title, i.summary, i.body, i.status, i.publish_at, i.school_name, "
    "i.region_id, i.cover_id, i.cover_alt, i.highlighted, i.author_id, i.version, i.created_at, "
    "i.updated_at, COALESCE(u.display_name, '') AS author_name ";

ContentRecord ToRecord(const Row& r) {
    ContentRecord c;
    c.id = r.Int("id");
    c.kind = r.Text("kind");
    c.slug = r.Text("slug");
    c.title = r.Text("title");
    c.summary = r.Text("summary");
    c.body = r.Text("body");
    c.status = r.Text("status");
    c.publish_at = r.OptInt("publish_at");
    c.school_name = r.Text("school_name");
    c.region_id = r.OptInt("region_id");
    c.cover_id = r.OptInt("cover_id");
    c.cover_alt = r.Text("cover_alt");
    c.highlighted = r.Int("highlighted") != 0;
    c.author_id = r.OptInt("author_id");
    c.version = r.Int("version");
    c.created_at = r.Int("created_at");
    c.updated_at = r.Int("updated_at");
    c.author_name = r.Text("author_name");
    return c;
}

AttachmentInfo ToAttachment(const Row& r) {
    return {r.Int("id"),          r.Int("item_id"), r.Text("filename"), r.Text("title"),
            r.Text("media_type"), r.Int("size"),    r.Int("created_at")};
}

std::string JoinIds(const std::vector<int64_t>& ids) {
    std::string out;
    for (auto id : ids) out += (out.empty() ? "" : ",") + std::to_string(id);
    return out;
}

std::vector<int64_t> SplitIds(const std::string& s) {
    std::vector<int64_t> out;
    size_t start = 0;
    while (start < s.size()) {
        size_t end = s.find(',', start);
        if (end == std::string::npos) end = s.size();
        if (auto id = core::ParseInt(std::string_view(s).substr(start, end - start), 1))
            out.push_back(*id);
        start = end + 1;
    }
    return out;
}

std::vector<int64_t> TermsOf(Connection& c, int64_t item_id) {
    std::vector<int64_t> out;
    for (const auto& r :
         c.Query("SELECT term_id FROM content_terms WHERE item_id = ? ORDER BY term_id", {item_id}))
        out.push_back(r.Int("term_id"));
    return out;
}

void WriteTerms(Connection& c, int64_t item_id, const std::vector<int64_t>& terms) {
    c.Execute("DELETE FROM content_terms WHERE item_id = ?", {item_id});
    for (auto t : terms)
        c.Execute("INSERT INTO content_terms (item_id, term_id) VALUES (?, ?)", {item_id, t});
}

void WriteRevision(Connection& c, const ContentRecord& r, int64_t now) {
    c.Execute(
        "INSERT INTO content_revisions (item_id, version, slug, title, summary, body, status, "
        "publish_at, school_name, region_id, cover_id, cover_alt, highlighted, term_ids, "
        "author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {r.id, r.version, r.slug, r.title, r.summary, r.body, r.status, Opt(r.publish_at),
         r.school_name, Opt(r.region_id), Opt(r.cover_id), r.cover_alt,
         int64_t{r.highlighted ? 1 : 0}, JoinIds(r.term_ids), Opt(r.author_id), now});
}

std::optional<ContentRecord> One(Connection& c, const std::string& where, const Value& key) {
    auto row = c.QueryOne(std::string("SELECT ") + kItemColumns +
                              "FROM content_items i LEFT JOIN users u ON u.id = i.author_id "
                              "WHERE " +
                              where,
                          {key});
    if (!row) return std::nullopt;
    ContentRecord rec = ToRecord(*row);
    rec.term_ids = TermsOf(c, rec.id);
    return rec;
}

}  // namespace

int64_t ContentRepo::Create(ContentRecord& rec, int64_t now) {
    rec.version = 1;
    rec.created_at = rec.updated_at = now;
    db_.Transaction([&](Connection& c) {
        rec.id = c.InsertReturningId(
            "INSERT INTO content_items (kind, slug, title, summary, body, status, publish_at, "
            "school_name, region_id, cover_id, cover_alt, highlighted, author_id, version, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id",
            {rec.kind, rec.slug, rec.title, rec.summary, rec.body, rec.status, Opt(rec.publish_at),
             rec.school_name, Opt(rec.region_id), Opt(rec.cover_id), rec.cover_alt,
             int64_t{rec.highlighted ? 1 : 0}, Opt(rec.author_id), rec.version, now, now});
        c.Execute("DELETE FROM content_old_slugs WHERE slug = ?", {rec.slug});
        WriteTerms(c, rec.id, rec.term_ids);
        WriteRevision(c, rec, now);
    });
    return rec.id;
}

bool ContentRepo::Update(ContentRecord& rec, int64_t expected_version, int64_t now) {
    bool saved = false;
    db_.Transaction([&](Connection& c) {
        auto old = c.QueryOne("SELECT slug, version FROM content_items WHERE id = ?", {rec.id});
        if (!old || old->Int("version") != expected_version) return;
        const int64_t changed = c.Execute(
            "UPDATE content_items SET slug = ?, title = ?, summary = ?, body = ?, status = ?, "
            "publish_at = ?, school_name = ?, region_id = ?, cover_id = ?, cover_alt = ?, "
            "highlighted = ?, author_id = ?, version = ?, updated_at = ? "
            "WHERE id = ? AND version = ?",
            {rec.slug, rec.title, rec.summary, rec.body, rec.status, Opt(rec.publish_at),
             rec.school_name, Opt(rec.region_id), Opt(rec.cover_id), rec.cover_alt,
             int64_t{rec.highlighted ? 1 : 0}, Opt(rec.author_id), expected_version + 1, now,
             rec.id, expected_version});
        if (changed != 1) return;
        if (old->Text("slug") != rec.slug) {
            c.Execute("DELETE FROM content_old_slugs WHERE slug = ?", {rec.slug});
            c.Execute("INSERT INTO content_old_slugs (slug, item_id) VALUES (?, ?)",
                      {old->Text("slug"), rec.id});
        }
        rec.version = expected_version + 1;
        rec.updated_at = now;
        WriteTerms(c, rec.id, rec.term_ids);
        WriteRevision(c, rec, now);
        saved = true;
    });
    return saved;
}

std::optional<ContentRecord> ContentRepo::Get(int64_t id) {
    return db_.Use([&](Connection& c) { return One(c, "i.id = ?", id); });
}

std::optional<ContentRecord> ContentRepo::BySlug(const std::string& slug) {
    return db_.Use([&](Connection& c) { return One(c, "i.slug = ?", slug); });
}

std::optional<int64_t> ContentRepo::ItemForOldSlug(const std::string& slug) {
    return db_.Use([&](Connection& c) -> std::optional<int64_t> {
        auto r = c.QueryOne("SELECT item_id FROM content_old_slugs WHERE slug = ?", {slug});
        if (!r) return std::nullopt;
        return r->Int("item_id");
    });
}

std::vector<ContentRecord> ContentRepo::ForEditor(const EditorFilter& f) {
    std::vector<ContentRecord> out;
    db_.With([&](Connection& c) {
        for (const auto& r :
             c.Query(std::string("SELECT ") + kItemColumns +
                         "FROM content_items i LEFT JOIN users u ON u.id = i.author_id "
                         "WHERE (? = '' OR i.kind = ?) AND (? = '' OR i.status = ?) "
                         "ORDER BY i.updated_at DESC, i.id DESC",
                     {f.kind, f.kind, f.status, f.status})) {
            out.push_back(ToRecord(r));
            out.back().body.clear();
        }
    });
    return out;
}

std::vector<RevisionInfo> ContentRepo::Revisions(int64_t item_id) {
    std::vector<RevisionInfo> out;
    db_.With([&](Connection& c) {
        for (const auto& r :
             c.Query("SELECT r.version, r.created_at, COALESCE(u.display_name, '') AS author_name, "
                     "r.status, r.title "
                     "FROM content_revisions r LEFT JOIN users u ON u.id = r.author_id "
                     "WHERE r.item_id = ? ORDER BY r.version DESC",
                     {item_id}))
            out.push_back({r.Int("version"), r.Int("created_at"), r.Text("author_name"),
                           r.Text("status"), r.Text("title")});
    });
    return out;
}

std::optional<ContentRecord> ContentRepo::Revision(int64_t item_id, int64_t version) {
    return db_.Use([&](Connection& c) -> std::optional<ContentRecord> {
        auto r = c.QueryOne(
            "SELECT r.item_id AS id, i.kind, r.slug, r.title, r.summary, r.body, r.status, "
            "r.publish_at, r.school_name, r.region_id, r.cover_id, r.cover_alt, r.highlighted, "
            "r.author_id, r.version, i.created_at, r.created_at AS updated_at, "
            "COALESCE(u.display_name, '') AS author_name, r.term_ids FROM content_revisions r JOIN "
            "content_items i ON i.id = r.item_id "
            "LEFT JOIN users u ON u.id = r.author_id WHERE r.item_id = ? AND r.version = ?",
            {item_id, version});
        if (!r) return std::nullopt;
        ContentRecord rec = ToRecord(*r);
        rec.term_ids = SplitIds(r->Text("term_ids"));
        return rec;
    });
}

std::vector<ContentRecord> ContentRepo::Published() {
    std::vector<ContentRecord> out;
    db_.With([&](Connection& c) {
        std::unordered_map<int64_t, size_t> at;
        for (const auto& r : c.Query(std::string("SELECT ") + kItemColumns +
                                     "FROM content_items i LEFT JOIN users u ON u.id = i.author_id "
                                     "WHERE i.status = 'gepubliceerd' ORDER BY i.id")) {
            at[r.Int("id")] = out.size();
            out.push_back(ToRecord(r));
        }
        for (const auto& r :
             c.Query("SELECT ct.item_id, ct.term_id FROM content_terms ct JOIN content_items i ON "
                     "i.id = ct.item_id WHERE i.status = 'gepubliceerd' ORDER BY ct.item_id, "
                     "ct.term_id"))
            if (auto it = at.find(r.Int("item_id")); it != at.end())
                out[it->second].term_ids.push_back(r.Int("term_id"));
    });
    return out;
}

std::vector<ContentStamp> ContentRepo::ChangedSince(int64_t since) {
    std::vector<ContentStamp> out;
    db_.With([&](Connection& c) {
        // No ORDER BY id: SQLite would then scan the whole table (bodies and all) in id order
        // instead of the few rows the index on updated_at finds, every second.
        for (const auto& r : c.Query(
                 "SELECT id, version, status FROM content_items WHERE updated_at >= ?", {since}))
            out.push_back({r.Int("id"), r.Int("version"), r.Text("status")});
    });
    std::sort(out.begin(), out.end(),
              [](const ContentStamp& a, const ContentStamp& b) { return a.id < b.id; });
    return out;
}

int64_t ContentRepo::AddAttachment(int64_t item_id, const NewAttachment& a,
                                   const std::string& bytes, std::optional<int64_t> user_id,
                                   int64_t now) {
    int64_t id = 0;
    db_.Transaction([&](Connection& c) {
        id = c.InsertReturningId(
            "INSERT INTO attachments (item_id, filename, title, media_type, size, data, "
            "uploaded_by, created_at, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            {item_id, a.filename, a.title, a.media_type, static_cast<int64_t>(bytes.size()),
             Blob{bytes}, Opt(user_id), now, a.text});
        // Other processes re-read the item for their search index (its attachments' text).
        c.Execute("UPDATE content_items SET updated_at = ? WHERE id = ?", {now, item_id});
    });
    return id;
}

std::vector<AttachmentInfo> ContentRepo::Attachments(int64_t item_id) {
    std::vector<AttachmentInfo> out;
    db_.With([&](Connection& c) {
        for (const auto& r :
             c.Query("SELECT id, item_id, filename, title, media_type, size, created_at "
                     "FROM attachments WHERE item_id = ? ORDER BY id",
                     {item_id}))
            out.push_back(ToAttachment(r));
    });
    return out;
}

std::string ContentRepo::AttachmentText(int64_t item_id) {
    std::string out;
    db_.With([&](Connection& c) {
        for (const auto& r : c.Query("SELECT text FROM attachments WHERE item_id = ? AND text "
                                     "IS NOT NULL AND text <> '' ORDER BY id",
                                     {item_id}))
            out += (out.empty() ? "" : "\n\n") + r.Text("text");
    });
    return out;
}

std::unordered_map<int64_t, std::string> ContentRepo::PublishedAttachmentTexts() {
    std::unordered_map<int64_t, std::string> out;
    db_.With([&](Connection& c) {
        for (const auto& r :
             c.Query("SELECT a.item_id, a.text FROM attachments a JOIN content_items i ON i.id = "
                     "a.item_id WHERE i.status = 'gepubliceerd' AND a.text IS NOT NULL AND a.text "
                     "<> '' ORDER BY a.item_id, a.id")) {
            std::string& text = out[r.Int("item_id")];
            text += (text.empty() ? "" : "\n\n") + r.Text("text");
        }
    });
    return out;
}

std::vector<AttachmentInfo> ContentRepo::AttachmentsWithoutText(size_t limit) {
    std::vector<AttachmentInfo> out;
    db_.With([&](Connection& c) {
        for (const auto& r :
             c.Query("SELECT id, item_id, filename, title, media_type, size, created_at "
                     "FROM attachments WHERE text IS NULL ORDER BY id LIMIT ?",
                     {static_cast<int64_t>(limit)}))
            out.push_back(ToAttachment(r));
    });
    return out;
}

void ContentRepo::SetAttachmentText(int64_t id, const std::string& text) {
    db_.With([&](Connection& c) {
        c.Execute("UPDATE attachments SET text = ? WHERE id = ?", {text, id});
    });
}

std::optional<AttachmentInfo> ContentRepo::AttachmentInfoOf(int64_t id) {
    return db_.Use([&](Connection& c) -> std::optional<AttachmentInfo> {
        auto r = c.QueryOne(
            "SELECT id, item_id, filename, title, media_type, size, created_at "
            "FROM attachments WHERE id = ?",
            {id});
        if (!r) return std::nullopt;
        return ToAttachment(*r);
    });
}

std::optional<std::string> ContentRepo::AttachmentData(int64_t id) {
    return db_.Use([&](Connection& c) -> std::optional<std::string> {
        auto r = c.QueryOne("SELECT data FROM attachments WHERE id = ?", {id});
        if (!r) return std::nullopt;
        return r->Text("data");
    });
}

void ContentRepo::RemoveAttachment(int64_t id, int64_t now) {
    db_.Transaction([&](Connection& c) {
        c.Execute("UPDATE content_items SET cover_id = NULL WHERE cover_id = ?", {id});
        c.Execute(
            "UPDATE content_items SET updated_at = ? WHERE id = (SELECT item_id FROM "
            "attachments WHERE id = ?)",
            {now, id});
        c.Execute("DELETE FROM attachments WHERE id = ?", {id});
    });
}

void ContentRepo::ForgetAuthor(int64_t user_id) {
    db_.With([&](Connection& c) {
        c.Execute("UPDATE content_items SET author_id = NULL WHERE author_id = ?", {user_id});
        c.Execute("UPDATE content_revisions SET author_id = NULL WHERE author_id = ?", {user_id});
        c.Execute("UPDATE attachments SET uploaded_by = NULL WHERE uploaded_by = ?", {user_id});
    });
}

}  // namespace koers::storage
