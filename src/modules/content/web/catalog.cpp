#include "modules/content/web/catalog.hpp"

#include <unordered_map>

#include "modules/content/core/content.hpp"
#include "platform/web/render/markdown.hpp"

namespace koers::web {
namespace {

// What a list without words depends on besides the index and `now`.
std::string ListKey(const core::SearchRequest& r) {
    const auto& f = r.filter;
    std::string key;
    for (const std::string* part : {&f.kind, &f.subtype, &f.sector, &f.thema})
        key.append(*part).push_back('\x1f');
    key += std::to_string(f.year) + (f.highlighted_only ? "|h|" : "|a|") +
           std::to_string(static_cast<int>(r.sort)) + "|" + std::to_string(r.offset) + "|" +
           std::to_string(r.limit);
    return key;
}

}  // namespace

Catalog::Catalog(storage::ContentRepo& content, storage::TaxonomyRepo& taxonomy, core::Clock& clock,
                 const core::Stemmer& stemmer)
    : content_(content), taxonomy_(taxonomy), clock_(clock), index_(stemmer), watch_(clock) {}

core::SearchDocument Catalog::ToDocument(const storage::ContentRecord& rec,
                                         const std::vector<core::TermRef>& terms,
                                         std::string attachments) {
    core::SearchDocument d;
    d.id = rec.id;
    d.version = rec.version;
    d.kind = rec.kind;
    d.slug = rec.slug;
    d.title = rec.title;
    d.summary = rec.summary;
    d.text = MarkdownToText(rec.body);
    d.attachments = std::move(attachments);
    d.publish_at = rec.publish_at.value_or(0);
    d.highlighted = rec.highlighted;
    d.school_name = rec.school_name;
    d.cover_id = rec.cover_id;
    d.cover_alt = rec.cover_alt;
    for (int64_t id : rec.term_ids) {
        for (const auto& t : terms) {
            if (t.id != id) continue;
            if (t.vocabulary == "sector") d.sectors.push_back(t.slug);
            if (t.vocabulary == "thema") d.themes.push_back(t.slug);
            if (t.vocabulary == "soort") d.subtype = t.slug;
        }
    }
    return d;
}

void Catalog::LoadAll() {
    const int64_t started = clock_.NowMillis();
    const auto terms = taxonomy_.All();
    auto texts = content_.PublishedAttachmentTexts();
    std::vector<core::SearchDocument> docs;
    for (const auto& rec : content_.Published())
        docs.push_back(ToDocument(rec, terms, std::move(texts[rec.id])));
    std::unique_lock lock(index_mu_);
    for (auto& d : docs) index_.Upsert(std::move(d));
    ++changes_;
    watch_.Loaded(started);
}

void Catalog::Apply(const std::vector<int64_t>& ids) {
    if (ids.empty()) return;
    const auto terms = taxonomy_.All();
    std::vector<std::pair<int64_t, std::optional<core::SearchDocument>>> updates;
    for (int64_t id : ids) {
        auto rec = content_.Get(id);
        if (rec && rec->status == core::kPublished)
            updates.emplace_back(id, ToDocument(*rec, terms, content_.AttachmentText(id)));
        else
            updates.emplace_back(id, std::nullopt);
    }
    std::unique_lock lock(index_mu_);
    ++changes_;
    for (auto& [id, doc] : updates) {
        if (doc && index_.VersionOf(id).value_or(0) > doc->version) continue;  // already newer
        if (doc)
            index_.Upsert(std::move(*doc));
        else
            index_.Remove(id);
    }
}

void Catalog::Refresh(int64_t id) { Apply({id}); }

void Catalog::EnsureFresh() {
    watch_.LookIfDue([&](int64_t since) {
        const auto changes = content_.ChangedSince(since);
        std::vector<int64_t> stale;
        {
            std::shared_lock lock(index_mu_);
            for (const auto& c : changes) {
                const auto indexed = index_.VersionOf(c.id);
                const bool published = c.status == core::kPublished;
                // A published item changed since the last check is read again even at the same
                // version: its attachments (their text is searched) change without a new version.
                if (published || indexed.has_value()) stale.push_back(c.id);
            }
        }
        Apply(stale);
    });
}

std::shared_ptr<const core::SearchResult> Catalog::Search(const core::SearchRequest& request) {
    EnsureFresh();
    std::shared_lock lock(index_mu_);
    if (!request.query.clauses.empty())
        return std::make_shared<const core::SearchResult>(index_.Search(request));
    const std::string key = ListKey(request);
    {
        std::lock_guard kept(kept_mu_);
        if (auto it = kept_.find(key);
            it != kept_.end() && it->second.changes == changes_ && it->second.now == request.now)
            return it->second.result;
    }
    auto result = std::make_shared<const core::SearchResult>(index_.Search(request));
    std::lock_guard kept(kept_mu_);
    if (kept_.size() >= kMaxKeptLists) kept_.clear();  // a bound, not a policy
    kept_.insert_or_assign(key, KeptList{changes_, request.now, result});
    return result;
}

std::vector<core::SearchHit> Catalog::Related(int64_t id, size_t limit) {
    EnsureFresh();
    std::shared_lock lock(index_mu_);
    return index_.Related(id, limit, clock_.Now());
}

std::vector<core::SearchHit> Catalog::All() {
    EnsureFresh();
    std::shared_lock lock(index_mu_);
    return index_.All(clock_.Now());
}

size_t Catalog::size() {
    std::shared_lock lock(index_mu_);
    return index_.size();
}

}  // namespace koers::web
