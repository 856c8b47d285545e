#pragma once
// Taxonomy terms (sector, thema, soort): data the beheerder extends, not an enum in code.
#include <cstdint>
#include <string>
#include <vector>

#include "modules/content/core/content.hpp"
#include "platform/storage/db/database.hpp"

namespace koers::storage {

class TaxonomyRepo {
public:
    explicit TaxonomyRepo(Database& db) : db_(db) {}

    // Throws ConstraintError when the vocabulary already has this slug.
    int64_t Add(const std::string& vocabulary, const std::string& slug, const std::string& label,
                int64_t now);
    void Rename(int64_t id, const std::string& label);
    // All terms, by vocabulary and then label.
    std::vector<core::TermRef> All();
    // How many items use each term: (term id, count).
    std::vector<std::pair<int64_t, int64_t>> Usage();

private:
    Database& db_;
};

}  // namespace koers::storage
