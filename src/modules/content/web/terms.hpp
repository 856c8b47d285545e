#pragma once
// The taxonomy's terms as the pages that read use them (labels of tags, facets and soort): read
// from the database once, and again when a page asks more than kMaxStaleMillis after the last
// read, the promise the catalogue keeps for content; a change made in this process is seen at
// once (Changed). Pages that write (the editor, the taxonomy pages) read the table itself.
// Thread-safe.
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "modules/content/storage/taxonomy_repo.hpp"
#include "platform/core/common/environment.hpp"

namespace koers::web {

class Terms {
public:
    Terms(storage::TaxonomyRepo& repo, core::Clock& clock) : repo_(repo), clock_(clock) {}

    std::shared_ptr<const std::vector<core::TermRef>> All();
    // After this process added or renamed a term.
    void Changed();

private:
    storage::TaxonomyRepo& repo_;
    core::Clock& clock_;
    std::mutex mutex_;
    std::shared_ptr<const std::vector<core::TermRef>> terms_;
    int64_t read_ms_ = 0;
};

}  // namespace koers::web
