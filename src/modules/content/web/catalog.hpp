#pragma once
// The catalogue of published content: the core search index, filled from the database at
// start and kept in step with it. A save in this process is indexed at once (Refresh); saves by
// other koers processes sharing the database are picked up by a check of recently changed
// items before any search, at most one second after the previous check. So no process answers
// from an index more than a second behind the database.
//
// Lists without words (the newest of a kind on a thema: the home page, the reading on LOB-scan
// results, a kennisbank page with facets) are asked far more often than the index changes: their
// results are kept until the index changes or the request's `now` (which decides what is
// published) moves on.
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "modules/content/core/search/index.hpp"
#include "modules/content/storage/content_repo.hpp"
#include "modules/content/storage/taxonomy_repo.hpp"
#include "platform/core/common/environment.hpp"
#include "platform/storage/db/change_watch.hpp"

namespace koers::web {

using storage::kMaxStaleMillis;

class Catalog {
public:
    static constexpr size_t kMaxKeptLists = 1024;

    Catalog(storage::ContentRepo& content, storage::TaxonomyRepo& taxonomy, core::Clock& clock,
            const core::Stemmer& stemmer);

    // Indexes every published item (at start).
    void LoadAll();
    // Re-reads one item after this process saved it.
    void Refresh(int64_t id);

    // Shared and read-only: a list without words is kept, and handed to every reader as it is.
    std::shared_ptr<const core::SearchResult> Search(const core::SearchRequest& request);
    std::vector<core::SearchHit> Related(int64_t id, size_t limit);
    std::vector<core::SearchHit> All();
    size_t size();
    // When the last check of other processes' saves started: what the index holds is current
    // as of then (Unix milliseconds).
    int64_t SyncedMillis() const { return watch_.SyncedMillis(); }

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
    uint64_t changes_ = 0;  // index changes; under index_mu_
    struct KeptList {
        uint64_t changes = 0;
        int64_t now = 0;
        std::shared_ptr<const core::SearchResult> result;
    };
    std::mutex kept_mu_;  // taken inside index_mu_, never the other way round
    std::unordered_map<std::string, KeptList> kept_;  // lists without words, by ListKey
    storage::ChangeWatch watch_;                      // other processes' saves
};

}  // namespace koers::web
