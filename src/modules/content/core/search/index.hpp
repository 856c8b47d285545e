#pragma once
// The in-process search index over published content (see docs/decisions/0006-search.md).
// One index serves both databases, so results are identical on SQLite and PostgreSQL: the
// database is the source of truth, the index a derived copy that the web layer keeps in step.
//
// Ranking is BM25 over four weighted fields (title 3, summary 2, body 1, the text inside the
// attachments ½). Words are folded
// and stemmed; a word of at least four letters also finds compounds that start or end with it
// ("gesprek" finds "loopbaangesprekken"), with a lower weight. All words must match; quoted
// phrases must appear in order; -word excludes. Facet counts are over the result set, each
// facet ignoring its own filter (so the other values of a facet stay choosable).
//
// Thread-safety: const members may run concurrently; Upsert/Remove need exclusive access.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "modules/content/core/search/query.hpp"
#include "modules/content/core/search/stemmer.hpp"

namespace koers::core {

struct SearchDocument {
    int64_t id = 0;
    int64_t version = 0;
    std::string kind;     // "nieuws", "kennisbank", ...
    std::string subtype;  // soort (kennisbank), else ""
    std::string slug;
    std::string title;
    std::string summary;
    std::string text;         // the body as plain text
    std::string attachments;  // the text inside its attachments (PDF, Word, OpenDocument, ...)
    std::vector<std::string> sectors;
    std::vector<std::string> themes;
    int64_t publish_at = 0;  // not shown before this moment
    bool highlighted = false;
    std::string school_name;
    std::optional<int64_t> cover_id;
    std::string cover_alt;
};

struct SearchFilter {
    std::string kind;
    std::string subtype;
    std::string sector;
    std::string thema;
    int year = 0;
    bool highlighted_only = false;
};

enum class SearchSort { kRelevance, kNewest };

struct SearchRequest {
    ParsedQuery query;
    SearchFilter filter;
    SearchSort sort = SearchSort::kRelevance;  // without words: always newest first
    size_t offset = 0;
    size_t limit = 10;
    int64_t now = 0;       // documents published later are invisible
    bool snippets = true;  // false for a caller that pages and shows the hits itself
};

struct Segment {
    std::string text;
    bool mark = false;  // a matched word
};

struct SearchHit {
    SearchDocument doc;  // without `text`
    double score = 0;
    // From the body, or from the attachments when the words are only there; empty when there
    // were no words, or none in either.
    std::vector<Segment> snippet;
    bool snippet_in_attachment = false;
};

struct FacetValue {
    std::string value;
    size_t count = 0;
};

struct SearchFacets {
    std::vector<FacetValue> kind, subtype, sector, thema, year;  // values by count, then name
};

struct SearchResult {
    size_t total = 0;
    std::vector<SearchHit> hits;
    SearchFacets facets;
    std::string suggestion;  // "bedoelde u ..." when nothing was found and a spelling would
};

class SearchIndex {
public:
    explicit SearchIndex(const Stemmer& stemmer);
    ~SearchIndex();
    SearchIndex(const SearchIndex&) = delete;
    SearchIndex& operator=(const SearchIndex&) = delete;

    // Adds or replaces the document with doc.id.
    void Upsert(SearchDocument doc);
    void Remove(int64_t id);
    std::optional<int64_t> VersionOf(int64_t id) const;
    size_t size() const { return live_; }

    SearchResult Search(const SearchRequest& request) const;
    // Visible documents sharing themes or sectors with `id`, most shared first.
    std::vector<SearchHit> Related(int64_t id, size_t limit, int64_t now) const;
    // Every visible document, newest first (sitemaps, feeds).
    std::vector<SearchHit> All(int64_t now) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    size_t live_ = 0;
};

}  // namespace koers::core
