#pragma once
// The opdrachtenbank kept in memory: every assignment's card, its facet values (core/bank) and
// the kennisbank's Dutch search index over its text (decision 0006: stemming, compounds,
// phrases). Filled at start; a save in this process is applied at once (Refresh), saves by
// other koers processes are picked up by a check of recently changed assignments, at most one
// second after the previous one, as the content catalogue does. Private assignments are in the
// same index: what a reader may see is decided per card, before anything is counted.
#include <cstdint>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "modules/content/core/search/index.hpp"
#include "modules/curriculum/core/bank.hpp"
#include "modules/curriculum/storage/assignment_repo.hpp"
#include "platform/core/common/environment.hpp"
#include "platform/storage/db/change_watch.hpp"

namespace koers::web {

// What a list shows of one assignment.
struct BankCard {
    int64_t id = 0;
    int64_t school_id = 0;
    std::string school;
    std::string title;
    std::string summary;  // what the student does
    bool shared = false;
    std::string licence;
    std::string origin_school;              // for a copy: who made the original
    std::vector<std::string> competencies;  // codes
    std::vector<std::string> elements;      // codes
};

struct BankQuery {
    std::string words;  // as typed in the search box
    core::BankFilter filter;
    std::optional<int64_t> school;  // the reader's school (its own and the shared); none: shared
    bool own_only = false;          // only the school's own
    size_t offset = 0;
    size_t limit = 20;
};

struct BankPage {
    size_t total = 0;
    std::vector<BankCard> cards;
    std::array<core::BankFacet, core::kBankFacets> facets;
    std::string notice;      // what the search box's parser dropped, in Dutch
    std::string suggestion;  // "bedoelde u ..." when nothing was found
};

class AssignmentBank {
public:
    AssignmentBank(storage::AssignmentRepo& repo, core::Clock& clock, const core::Stemmer& stemmer);

    void LoadAll();
    // Re-reads one assignment after this process saved it.
    void Refresh(int64_t id);
    BankPage Search(const BankQuery& query);
    // When the last check of other processes' saves started (Unix milliseconds).
    int64_t SyncedMillis() const { return watch_.SyncedMillis(); }

private:
    struct Entry {
        BankCard card;
        core::BankEntry facets;
    };
    void EnsureFresh();
    void Apply(const storage::StoredAssignment& a);  // under an exclusive lock
    void SortByTitle();                              // likewise

    storage::AssignmentRepo& repo_;
    core::Clock& clock_;
    core::SearchIndex index_;
    std::shared_mutex mu_;
    std::unordered_map<int64_t, Entry> entries_;  // live assignments by id
    std::vector<int64_t> by_title_;               // their ids, alphabetical
    storage::ChangeWatch watch_;                  // other processes' saves
};

}  // namespace koers::web
