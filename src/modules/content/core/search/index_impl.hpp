#pragma once
// The inside of core::SearchIndex, shared by its two source files: index.cpp (adding, replacing
// and removing documents; related items) and index_search.cpp (answering a query). Not part of
// the interface: include only from those.
#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "modules/content/core/search/index.hpp"

namespace koers::core::index_detail {

constexpr uint32_t kFieldGap = 16;  // positions skipped between fields: no phrase spans two
constexpr float kTitleWeight = 3, kSummaryWeight = 2, kBodyWeight = 1;
// Words inside an attachment count half a word of the body: an item about the word comes first,
// an item whose werkblad mentions it is still found.
constexpr float kAttachmentWeight = 0.5F;
constexpr float kK1 = 1.2F, kB = 0.75F;
// A compound in a title outweighs the word alone in a body ("reflectie" puts reflectiekaarten
// first); 0.6 did not, 1.0 let compounds drown exact words (search_relevance_db_test).
constexpr float kCompoundWeight = 0.8F;
constexpr size_t kMaxExpansions = 24;
constexpr size_t kPrefetch = 16;        // postings ahead whose document data is fetched early
constexpr uint16_t kExcluded = 0x8000;  // in a search's per-document mask: matched a -clause
static_assert(kMaxQueryClauses < 15, "positive clauses and kExcluded share a 16-bit mask");
constexpr size_t kMinSuffixStem = 4, kMinPrefixStem = 5, kMinRest = 3;

// One bit of a 16-bit filter for a term id (a phrase check's first, memory-free test).
inline uint16_t NextBit(uint32_t term) {
    return static_cast<uint16_t>(1U << ((term * 2654435761U) >> 28));
}

struct Posting {
    uint32_t slot;
    uint32_t positions;  // offset of this term's positions in the position pool
    // Term frequency per field (saturated at 15, 15, 255 and 65535).
    uint8_t title : 4, summary : 4;
    uint8_t attachments;
    uint16_t body;
    uint16_t count;  // number of positions stored
    uint16_t next;   // NextBit of every term that follows this one somewhere in the document

    float Weighted() const {
        return kTitleWeight * static_cast<float>(title) +
               kSummaryWeight * static_cast<float>(summary) +
               kBodyWeight * static_cast<float>(body) +
               kAttachmentWeight * static_cast<float>(attachments);
    }
};
static_assert(sizeof(Posting) == 16);

// Small dictionary for one facet: value <-> dense id.
struct Facet {
    std::vector<std::string> values;
    std::unordered_map<std::string, uint16_t> ids;

    uint16_t Intern(const std::string& v) {
        auto [it, added] = ids.emplace(v, static_cast<uint16_t>(values.size()));
        if (added) values.push_back(v);
        return it->second;
    }
    int Find(const std::string& v) const {
        auto it = ids.find(v);
        return it == ids.end() ? -1 : it->second;
    }
};

// What a search reads for every candidate, kept small and dense (one cache line holds two).
struct Hot {
    int64_t publish_at = 0;
    float length = 0;     // weighted length
    uint32_t facets = 0;  // offset in the facet pool: sectors, then themes
    uint16_t kind = 0, subtype = 0, year = 0;
    uint8_t sectors = 0, themes = 0;
    bool alive = true, highlighted = false;
};

// The rest of a document: read only for the hits shown and for updates.
struct Slot {
    SearchDocument doc;
    std::vector<uint32_t> terms;     // its distinct term ids
    uint32_t body_start = 0;         // position of the first word of doc.text
    uint32_t attachments_start = 0;  // position of the first word of doc.attachments
};

// A list of postings to score for one query word, with its weight.
struct WeightedList {
    const std::vector<Posting>* postings;
    float weight;
};

template <class T>
bool Contains(const std::vector<T>& v, T x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

inline SearchHit HitOf(const Slot& s, float score) {
    SearchHit h;
    const SearchDocument& d = s.doc;
    h.doc = {
        d.id,       d.version,  d.kind,    d.subtype, d.slug,       d.title,       d.summary,
        {},         {},         d.sectors, d.themes,  d.publish_at, d.highlighted, d.school_name,
        d.cover_id, d.cover_alt};
    h.score = score;
    return h;
}

// The index's data and the lookups both source files share.
struct IndexData {
    explicit IndexData(const Stemmer& s) : stemmer(s) {}

    const Stemmer& stemmer;
    std::vector<Slot> slots;
    std::vector<Hot> hot;  // by slot, like `slots`
    std::vector<uint16_t> facet_pool;
    std::vector<uint32_t> position_pool;
    std::unordered_map<int64_t, uint32_t> by_id;
    std::vector<std::vector<Posting>> postings;             // by term id
    std::unordered_map<std::string, uint32_t> terms;        // stem -> term id
    std::unordered_map<std::string, uint32_t> surface;      // folded word -> term id (stem cache)
    std::map<std::string, uint32_t, std::less<>> forward;   // stem -> term id (prefixes)
    std::map<std::string, uint32_t, std::less<>> reversed;  // reversed stem -> term id (suffixes)
    std::vector<std::string> stems;                         // by term id
    Facet kinds, subtypes, sectors, themes, years;
    double total_length = 0;
    size_t live = 0;
    // Known words by their first byte, for spelling suggestions (most typos keep it).
    std::array<std::vector<std::pair<std::string, uint32_t>>, 256> by_first_letter;

    uint32_t TermFor(const std::string& word) {
        if (auto it = surface.find(word); it != surface.end()) return it->second;
        std::string stem = stemmer.Stem(word);
        auto [it, added] = terms.emplace(stem, static_cast<uint32_t>(stems.size()));
        if (added) {
            stems.push_back(stem);
            postings.emplace_back();
            forward.emplace(stem, it->second);
            reversed.emplace(std::string(stem.rbegin(), stem.rend()), it->second);
        }
        surface.emplace(word, it->second);
        if (!word.empty())
            by_first_letter[static_cast<unsigned char>(word[0])].emplace_back(word, it->second);
        return it->second;
    }

    // The term of a query word, without adding anything; -1 when unknown.
    int64_t FindTerm(const std::string& word, std::string* stem_out = nullptr) const {
        if (auto it = surface.find(word); it != surface.end()) {
            if (stem_out) *stem_out = stems[it->second];
            return it->second;
        }
        std::string stem = stemmer.Stem(word);
        auto it = terms.find(stem);
        if (stem_out) *stem_out = stem;
        return it == terms.end() ? int64_t{-1} : int64_t{it->second};
    }

    size_t Df(uint32_t term) const { return postings[term].size(); }

    float Idf(size_t df) const {
        const auto n = static_cast<double>(live);
        const auto d = static_cast<double>(df);
        return static_cast<float>(std::log(1.0 + (n - d + 0.5) / (d + 0.5)));
    }

    // BM25's length normalisation is k1 * (1 - b + b * length / average): the constant part
    // and the factor of `length`, kept up to date as documents come and go.
    float norm_scale = kK1 * kB;

    void UpdateAverage() {
        const double avg = live ? total_length / static_cast<double>(live) : 1.0;
        norm_scale = static_cast<float>(kK1 * kB / std::max(avg, 1.0));
    }

    float Bm25(const Posting& p, float idf) const {
        const float tf = p.Weighted();
        const float norm = kK1 * (1 - kB) + norm_scale * hot[p.slot].length;
        return idf * tf * (kK1 + 1) / (tf + norm);
    }

    // The lists a query word matches: its own term, and compounds that start or end with it;
    // when there are none, those of the first base form that has some ("gesprekje").
    std::vector<WeightedList> ListsFor(const std::string& word, bool compounds) const {
        auto out = OwnListsFor(word, compounds);
        if (out.empty())
            for (const std::string& base : stemmer.BaseForms(word))
                if (out = OwnListsFor(base, compounds); !out.empty()) break;
        return out;
    }

    std::vector<WeightedList> OwnListsFor(const std::string& word, bool compounds) const {
        std::vector<WeightedList> out;
        std::string stem;
        const int64_t term = FindTerm(word, &stem);
        if (term >= 0 && Df(static_cast<uint32_t>(term)) > 0)
            out.push_back({&postings[static_cast<size_t>(term)], 1.0F});
        if (!compounds || stem.size() < kMinSuffixStem) return out;
        std::vector<uint32_t> found;
        auto collect = [&](const auto& map, const std::string& key, size_t min_key) {
            if (key.size() < min_key) return;
            size_t scanned = 0;
            for (auto it = map.lower_bound(key);
                 it != map.end() && it->first.compare(0, key.size(), key) == 0 && scanned < 4000;
                 ++it, ++scanned) {
                if (it->first.size() < key.size() + kMinRest) continue;
                if (Df(it->second) > 0 && !Contains(found, it->second)) found.push_back(it->second);
            }
        };
        // A compound ends in a word's stem ("leerlingenraad" -> "leerlingenrad" ends in "rad",
        // the stem of "raad") but begins with the word as it is: stemming changes only the end,
        // so "loopbaan" -> "loopban" is no beginning of "loopbaangesprek". Both are looked for.
        collect(reversed, std::string(stem.rbegin(), stem.rend()), kMinSuffixStem);
        collect(forward, word, kMinPrefixStem);
        if (stem != word) collect(forward, stem, kMinPrefixStem);
        std::sort(found.begin(), found.end(), [&](uint32_t a, uint32_t b) {
            return Df(a) > Df(b) || (Df(a) == Df(b) && a < b);
        });
        if (found.size() > kMaxExpansions) found.resize(kMaxExpansions);
        for (uint32_t t : found) out.push_back({&postings[t], kCompoundWeight});
        return out;
    }

    static const Posting* InList(const std::vector<Posting>& list, uint32_t slot) {
        auto it = std::lower_bound(list.begin(), list.end(), slot,
                                   [](const Posting& p, uint32_t s) { return p.slot < s; });
        return it != list.end() && it->slot == slot ? &*it : nullptr;
    }

    std::span<const uint32_t> Positions(const Posting& p) const {
        return {position_pool.data() + p.positions, p.count};
    }

    // True when the words' positions line up: word k at position x + k.
    bool Consecutive(const std::vector<const Posting*>& words) const {
        for (uint32_t x : Positions(*words[0])) {
            bool all = true;
            for (size_t k = 1; k < words.size() && all; ++k) {
                auto pos = Positions(*words[k]);
                all = std::binary_search(pos.begin(), pos.end(), x + static_cast<uint32_t>(k));
            }
            if (all) return true;
        }
        return false;
    }

    // Calls fn(slot, score) for every document matching a phrase clause.
    template <class Fn>
    bool ForPhrase(const QueryClause& c, Fn&& fn) const {
        std::vector<uint32_t> ids;
        for (const auto& w : c.words) {
            const int64_t t = FindTerm(w);
            if (t < 0) return false;
            ids.push_back(static_cast<uint32_t>(t));
        }
        // Walk the rarest word's list; find the others by binary search, then the positions.
        size_t rarest = 0;
        for (size_t i = 1; i < ids.size(); ++i)
            if (Df(ids[i]) < Df(ids[rarest])) rarest = i;
        std::vector<float> idf(ids.size());
        for (size_t i = 0; i < ids.size(); ++i) idf[i] = Idf(Df(ids[i]));
        // Cursors walk the other lists along with the rarest one (all are sorted by slot).
        std::vector<size_t> cursor(ids.size(), 0);
        std::vector<const Posting*> found(ids.size());
        const auto& walk = postings[ids[rarest]];
        constexpr size_t kAhead = 32;  // fetch positions early: they are scattered in memory
        for (size_t n = 0; n < walk.size(); ++n) {
            const Posting& p = walk[n];
            if (n + kAhead < walk.size())
                __builtin_prefetch(position_pool.data() + walk[n + kAhead].positions);
            bool all = true;
            for (size_t i = 0; i < ids.size() && all; ++i) {
                if (i == rarest) {
                    found[i] = &p;
                    continue;
                }
                const auto& list = postings[ids[i]];
                size_t& c = cursor[i];
                while (c < list.size() && list[c].slot < p.slot) ++c;
                if (c + kAhead < list.size())
                    __builtin_prefetch(position_pool.data() + list[c + kAhead].positions);
                all = c < list.size() && list[c].slot == p.slot;
                if (all) found[i] = &list[c];
            }
            if (!all) continue;
            // Each word must be followed by the next somewhere: a test without the positions.
            for (size_t i = 0; i + 1 < ids.size() && all; ++i)
                all = (found[i]->next & NextBit(ids[i + 1])) != 0;
            if (!all || !Consecutive(found)) continue;
            float score = 0;
            for (size_t i = 0; i < ids.size(); ++i) score += Bm25(*found[i], idf[i]);
            fn(p.slot, score);
        }
        return true;
    }

    bool Visible(uint32_t slot, int64_t now) const {
        return hot[slot].alive && hot[slot].publish_at <= now;
    }
    std::span<const uint16_t> SectorsOf(uint32_t slot) const {
        return {facet_pool.data() + hot[slot].facets, hot[slot].sectors};
    }
    std::span<const uint16_t> ThemesOf(uint32_t slot) const {
        return {facet_pool.data() + hot[slot].facets + hot[slot].sectors, hot[slot].themes};
    }
};

}  // namespace koers::core::index_detail

namespace koers::core {

struct SearchIndex::Impl : index_detail::IndexData {
    using IndexData::IndexData;
};

}  // namespace koers::core
