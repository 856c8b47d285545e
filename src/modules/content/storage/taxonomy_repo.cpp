#include "modules/content/storage/taxonomy_repo.hpp"

namespace koers::storage {

int64_t TaxonomyRepo::Add(const std::string& vocabulary, const std::string& slug,
                          const std::string& label, int64_t now) {
    return db_.Use([&](Connection& c) {
        return c.InsertReturningId(
            "INSERT INTO taxonomy_terms (vocabulary, slug, label, created_at) VALUES (?, ?, ?, ?) "
            "RETURNING id",
            {vocabulary, slug, label, now});
    });
}

void TaxonomyRepo::Rename(int64_t id, const std::string& label) {
    db_.With([&](Connection& c) {
        c.Execute("UPDATE taxonomy_terms SET label = ? WHERE id = ?", {label, id});
    });
}

std::vector<core::TermRef> TaxonomyRepo::All() {
    std::vector<core::TermRef> out;
    db_.With([&](Connection& c) {
        for (const auto& r : c.Query("SELECT id, vocabulary, slug, label FROM taxonomy_terms "
                                     "ORDER BY vocabulary, label, id"))
            out.push_back({r.Int("id"), r.Text("vocabulary"), r.Text("slug"), r.Text("label")});
    });
    return out;
}

std::vector<std::pair<int64_t, int64_t>> TaxonomyRepo::Usage() {
    std::vector<std::pair<int64_t, int64_t>> out;
    db_.With([&](Connection& c) {
        for (const auto& r : c.Query("SELECT term_id, COUNT(*) AS n FROM content_terms GROUP BY "
                                     "term_id ORDER BY term_id"))
            out.emplace_back(r.Int("term_id"), r.Int("n"));
    });
    return out;
}

}  // namespace koers::storage
