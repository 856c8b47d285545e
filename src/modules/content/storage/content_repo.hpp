#pragma once
// Content items with their taxonomy terms, every saved revision, old slugs and attachments.
// Saving is optimistic: an update names the version it started from and fails (returns false)
// when somebody else saved in between; nothing is overwritten.
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "platform/storage/db/database.hpp"

namespace koers::storage {

struct ContentRecord {
    int64_t id = 0;
    std::string kind;
    std::string slug;
    std::string title;
    std::string summary;
    std::string body;
    std::string status;
    std::optional<int64_t> publish_at;
    std::string school_name;
    std::optional<int64_t> region_id;
    std::optional<int64_t> cover_id;
    std::string cover_alt;
    bool highlighted = false;
    std::vector<int64_t> term_ids;
    std::optional<int64_t> author_id;  // of this version
    int64_t version = 0;
    int64_t created_at = 0;
    int64_t updated_at = 0;
    std::string author_name;  // filled by reads
};

// A revision's metadata (its content: Revision()).
struct RevisionInfo {
    int64_t version = 0;
    int64_t created_at = 0;
    std::string author_name;
    std::string status;
    std::string title;
};

// The version of an item as of a change, for keeping derived copies (the search index) in step.
struct ContentStamp {
    int64_t id = 0;
    int64_t version = 0;
    std::string status;
};

struct AttachmentInfo {
    int64_t id = 0;
    int64_t item_id = 0;
    std::string filename;
    std::string title;  // empty for attachments from before titles: show the file name
    std::string media_type;
    int64_t size = 0;
    int64_t created_at = 0;
};

struct NewAttachment {
    std::string filename;  // safe to show and send (core::SafeFileName)
    std::string title;     // what readers see (core::AttachmentTitle)
    std::string media_type;
    std::string text;  // the text inside it, for search ("" for an image)
};

struct EditorFilter {
    std::string kind;    // empty: all
    std::string status;  // empty: all
};

class ContentRepo {
public:
    explicit ContentRepo(Database& db) : db_(db) {}

    // Inserts version 1 and its revision; returns the id. ConstraintError on a taken slug.
    int64_t Create(ContentRecord& rec, int64_t now);
    // Saves `rec` as version expected_version + 1 when the stored version is still
    // `expected_version`; false otherwise (nothing changed). A changed slug keeps the old one
    // redirecting. ConstraintError on a slug another item has.
    bool Update(ContentRecord& rec, int64_t expected_version, int64_t now);

    std::optional<ContentRecord> Get(int64_t id);
    std::optional<ContentRecord> BySlug(const std::string& slug);
    // The item an old slug belonged to.
    std::optional<int64_t> ItemForOldSlug(const std::string& slug);
    // For the editor's list: every item without its body, newest change first.
    std::vector<ContentRecord> ForEditor(const EditorFilter& filter);

    std::vector<RevisionInfo> Revisions(int64_t item_id);
    std::optional<ContentRecord> Revision(int64_t item_id, int64_t version);

    // Every published item (with body and terms), for building the search index.
    std::vector<ContentRecord> Published();
    // Items changed at or after `since` (Unix seconds).
    std::vector<ContentStamp> ChangedSince(int64_t since);

    int64_t AddAttachment(int64_t item_id, const NewAttachment& attachment,
                          const std::string& bytes, std::optional<int64_t> user_id, int64_t now);
    std::vector<AttachmentInfo> Attachments(int64_t item_id);
    // The text inside an item's attachments, in upload order; and that of every published item.
    std::string AttachmentText(int64_t item_id);
    std::unordered_map<int64_t, std::string> PublishedAttachmentTexts();
    // Attachments whose text was never read (stored before Koers read it), at most `limit`;
    // and storing what was read.
    std::vector<AttachmentInfo> AttachmentsWithoutText(size_t limit);
    void SetAttachmentText(int64_t id, const std::string& text);
    std::optional<AttachmentInfo> AttachmentInfoOf(int64_t id);
    // The stored bytes; nullopt when there is no such attachment.
    std::optional<std::string> AttachmentData(int64_t id);
    // Adding or removing an attachment marks its item changed (updated_at), for other
    // processes' search index.
    void RemoveAttachment(int64_t id, int64_t now);

    // Who wrote items, versions and attachments is forgotten for an account that is removed
    // (Module::forget_account): they stay, without a name.
    void ForgetAuthor(int64_t user_id);

private:
    Database& db_;
};

}  // namespace koers::storage
