#pragma once
// The catalogue of published content: the core search index, filled from the database at
// start and kept in step with it. A save in this process is indexed at once (Refresh); saves by
// other koers processes sharing the database are picked up by a check of recently changed
// items before any search, at most one second after the previous check. So no process answers
// from an index more than a second behind the database.
#include <atomic>
#include <cstdint>
#include <mutex>
#include <shared_mutex>
#include <vector>

#include "modules/content/core/search/index.hpp"
#include "modules/content/storage/content_repo.hpp"
#include "modules/content/storage/taxonomy_repo.hpp"
#include "platform/core/common/environment.hpp"

namespace koers::web {

inline constexpr int64_t kMaxStaleMillis = 1000;

class Catalog {
public:
    Catalog(storage::ContentRepo& content, storage::TaxonomyRepo& taxonomy, core::Clock& clock,
            const core::Stemmer& stemmer);

    // Indexes every published item (at start).
    void LoadAll();
    // Re-reads one item after this process saved it.
    void Refresh(int64_t id);

    core::SearchResult Search(const core::SearchRequest& request);
    std::vector<core::SearchHit> Related(int64_t id, size_t limit);
    std::vector<core::SearchHit> All();
    size_t size();
    // When the last check of other processes' saves started: what the index holds is current
    // as of then (Unix milliseconds).
    int64_t SyncedMillis() const { return synced_ms_.load(); }

    // The index document for a stored item (body as plain text, term slugs, the text inside its
    // attachments).
    static core::SearchDocument ToDocument(const storage::ContentRecord& rec,
                                           const std::vector<core::TermRef>& terms,
                                           std::string attachments);

private:
    void EnsureFresh();
    void Apply(const std::vector<int64_t>& ids);

    storage::ContentRepo& content_;
    storage::TaxonomyRepo& taxonomy_;
    core::Clock& clock_;
    core::SearchIndex index_;
    std::shared_mutex index_mu_;
    std::mutex sync_mu_;
    std::atomic<int64_t> synced_ms_{0};  // when the last check started
};

}  // namespace koers::web
