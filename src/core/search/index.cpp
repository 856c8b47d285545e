#include "core/search/index.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <map>
#include <span>
#include <unordered_map>

#include "core/common/dates.hpp"
#include "core/search/snippet.hpp"
#include "core/search/spelling.hpp"
#include "core/search/text.hpp"

namespace koers::core {
namespace {

constexpr uint32_t kFieldGap = 16;  // positions skipped between fields: no phrase spans two
constexpr float kTitleWeight = 3, kSummaryWeight = 2, kBodyWeight = 1;
constexpr float kK1 = 1.2F, kB = 0.75F;
constexpr float kCompoundWeight = 0.6F;
constexpr size_t kMaxExpansions = 24;
constexpr size_t kPrefetch = 16;        // postings ahead whose document data is fetched early
constexpr uint16_t kExcluded = 0x8000;  // in a search's per-document mask: matched a -clause
static_assert(kMaxQueryClauses < 15, "positive clauses and kExcluded share a 16-bit mask");
constexpr size_t kMinSuffixStem = 4, kMinPrefixStem = 5, kMinRest = 3;

// One bit of a 16-bit filter for a term id (a phrase check's first, memory-free test).
uint16_t NextBit(uint32_t term) {
    return static_cast<uint16_t>(1U << ((term * 2654435761U) >> 28));
}

struct Posting {
    uint32_t slot;
    uint32_t positions;      // offset of this term's positions in the position pool
    uint8_t title, summary;  // term frequency per field (saturated)
    uint16_t body;
    uint16_t count;  // number of positions stored
    uint16_t next;   // NextBit of every term that follows this one somewhere in the document

    float Weighted() const {
        return kTitleWeight * static_cast<float>(title) +
               kSummaryWeight * static_cast<float>(summary) +
               kBodyWeight * static_cast<float>(body);
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
    std::vector<uint32_t> terms;  // its distinct term ids
    uint32_t body_start = 0;      // position of the first word of doc.text
};

// A list of postings to score for one query word, with its weight.
struct WeightedList {
    const std::vector<Posting>* postings;
    float weight;
};

// Per-thread scratch space for one search, reused between searches.
struct Scratch {
    std::vector<float> score;
    std::vector<uint16_t> mask;  // bit i: positive clause i matched; kExcluded: a -clause
    std::vector<uint32_t> touched;

    void Prepare(size_t slots) {
        if (score.size() < slots) {
            score.resize(slots, 0);
            mask.resize(slots, 0);
        }
        touched.clear();
    }
    void Reset() {
        for (uint32_t s : touched) score[s] = 0, mask[s] = 0;
        touched.clear();
    }
};

template <class T>
bool Contains(const std::vector<T>& v, T x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace

struct SearchIndex::Impl {
    explicit Impl(const Stemmer& s) : stemmer(s) {}

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

    // The lists a query word matches: its own term, and compounds that start or end with it.
    std::vector<WeightedList> ListsFor(const std::string& word, bool compounds) const {
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
        collect(reversed, std::string(stem.rbegin(), stem.rend()), kMinSuffixStem);
        collect(forward, stem, kMinPrefixStem);
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

SearchIndex::SearchIndex(const Stemmer& stemmer) : impl_(std::make_unique<Impl>(stemmer)) {}
SearchIndex::~SearchIndex() = default;

void SearchIndex::Remove(int64_t id) {
    Impl& m = *impl_;
    auto it = m.by_id.find(id);
    if (it == m.by_id.end()) return;
    const uint32_t slot = it->second;
    Slot& s = m.slots[slot];
    for (uint32_t t : s.terms) {
        auto& list = m.postings[t];
        auto pos = std::lower_bound(list.begin(), list.end(), slot,
                                    [](const Posting& p, uint32_t x) { return p.slot < x; });
        if (pos != list.end() && pos->slot == slot) list.erase(pos);
    }
    m.total_length -= m.hot[slot].length;
    m.hot[slot].alive = false;
    s = Slot{};
    m.by_id.erase(it);
    --m.live;
    live_ = m.live;
    m.UpdateAverage();
}

void SearchIndex::Upsert(SearchDocument doc) {
    Impl& m = *impl_;
    Remove(doc.id);
    // A new slot at the end keeps every posting list sorted by slot. (Positions and facets of
    // replaced documents stay in their pools; edits are rare next to reads.)
    const auto slot = static_cast<uint32_t>(m.slots.size());
    struct Counts {
        uint32_t field[3] = {0, 0, 0};
        uint16_t next = 0;
        std::vector<uint32_t> positions;
    };
    std::unordered_map<uint32_t, Counts> counts;
    uint32_t position = 0;
    auto add_field = [&](const std::string& text, int field) {
        Counts* previous = nullptr;
        ForEachToken(text, [&](const Token& t) {
            const uint32_t term = m.TermFor(t.word);
            Counts& c = counts[term];
            if (previous) previous->next |= NextBit(term);
            ++c.field[field];
            c.positions.push_back(position++);
            previous = &c;
        });
        position += kFieldGap;
    };
    Slot s;
    Hot h;
    add_field(doc.title, 0);
    add_field(doc.summary, 1);
    s.body_start = position;
    add_field(doc.text, 2);

    for (auto& [term, c] : counts) {
        const size_t stored = std::min<size_t>(c.positions.size(), 0xFFFF);
        Posting p{slot,
                  static_cast<uint32_t>(m.position_pool.size()),
                  static_cast<uint8_t>(std::min<uint32_t>(c.field[0], 0xFF)),
                  static_cast<uint8_t>(std::min<uint32_t>(c.field[1], 0xFF)),
                  static_cast<uint16_t>(std::min<uint32_t>(c.field[2], 0xFFFF)),
                  static_cast<uint16_t>(stored),
                  c.next};
        m.position_pool.insert(m.position_pool.end(), c.positions.begin(),
                               c.positions.begin() + static_cast<std::ptrdiff_t>(stored));
        m.postings[term].push_back(p);
        h.length += p.Weighted();
        s.terms.push_back(term);
    }
    h.publish_at = doc.publish_at;
    h.year = m.years.Intern(std::to_string(YearOf(doc.publish_at)));
    h.kind = m.kinds.Intern(doc.kind);
    h.subtype = m.subtypes.Intern(doc.subtype);
    h.highlighted = doc.highlighted;
    h.facets = static_cast<uint32_t>(m.facet_pool.size());
    for (const auto& v : doc.sectors) m.facet_pool.push_back(m.sectors.Intern(v));
    for (const auto& v : doc.themes) m.facet_pool.push_back(m.themes.Intern(v));
    h.sectors = static_cast<uint8_t>(std::min<size_t>(doc.sectors.size(), 255));
    h.themes = static_cast<uint8_t>(std::min<size_t>(doc.themes.size(), 255));
    s.doc = std::move(doc);
    m.by_id[s.doc.id] = slot;
    m.total_length += h.length;
    m.slots.push_back(std::move(s));
    m.hot.push_back(h);
    ++m.live;
    live_ = m.live;
    m.UpdateAverage();
}

std::optional<int64_t> SearchIndex::VersionOf(int64_t id) const {
    auto it = impl_->by_id.find(id);
    if (it == impl_->by_id.end()) return std::nullopt;
    return impl_->slots[it->second].doc.version;
}

namespace {

SearchHit HitOf(const Slot& s, float score) {
    SearchHit h;
    const SearchDocument& d = s.doc;
    h.doc = {d.id,          d.version,  d.kind,     d.subtype, d.slug,       d.title,
             d.summary,     {},         d.sectors,  d.themes,  d.publish_at, d.highlighted,
             d.school_name, d.cover_id, d.cover_alt};
    h.score = score;
    return h;
}

std::vector<FacetValue> FacetList(const std::vector<size_t>& counts,
                                  const std::vector<std::string>& names) {
    std::vector<FacetValue> out;
    for (size_t i = 0; i < counts.size() && i < names.size(); ++i)
        if (counts[i] > 0 && !names[i].empty()) out.push_back({names[i], counts[i]});
    std::sort(out.begin(), out.end(), [](const FacetValue& a, const FacetValue& b) {
        return a.count > b.count || (a.count == b.count && a.value < b.value);
    });
    return out;
}

}  // namespace

SearchResult SearchIndex::Search(const SearchRequest& req) const {
    const Impl& m = *impl_;
    thread_local Scratch scratch;
    scratch.Prepare(m.slots.size());
    SearchResult result;

    // 1. Words: score and mark every document that matches a positive clause.
    std::vector<const QueryClause*> positive, negative;
    for (const auto& c : req.query.clauses) (c.negated ? negative : positive).push_back(&c);
    // Single words first, phrases last: the phrase check then only runs on candidates.
    std::stable_sort(positive.begin(), positive.end(),
                     [](const QueryClause* a, const QueryClause* b) {
                         return a->words.size() == 1 && b->words.size() > 1;
                     });
    const bool words = !positive.empty();
    const uint16_t full = static_cast<uint16_t>((1U << positive.size()) - 1);
    std::vector<std::vector<uint32_t>> query_terms;  // for the snippets
    bool any_unmatched = false;
    for (size_t i = 0; i < positive.size(); ++i) {
        const QueryClause& c = *positive[i];
        const auto bit = static_cast<uint16_t>(1U << i);
        auto touch = [&](uint32_t slot, float score) {
            if (i == 0 && scratch.mask[slot] == 0) scratch.touched.push_back(slot);
            if (i > 0 && (scratch.mask[slot] & 1U) == 0) return;  // not a candidate
            scratch.mask[slot] |= bit;
            scratch.score[slot] += score;
        };
        std::vector<uint32_t> terms;
        if (c.words.size() == 1) {
            auto lists = m.ListsFor(c.words[0], true);
            if (lists.empty()) any_unmatched = true;
            for (const auto& l : lists) {
                const float idf = m.Idf(l.postings->size());
                const auto& list = *l.postings;
                for (size_t k = 0; k < list.size(); ++k) {
                    if (k + kPrefetch < list.size()) {
                        __builtin_prefetch(&m.hot[list[k + kPrefetch].slot]);
                        __builtin_prefetch(&scratch.mask[list[k + kPrefetch].slot]);
                    }
                    touch(list[k].slot, m.Bm25(list[k], idf) * l.weight);
                }
                terms.push_back(static_cast<uint32_t>(l.postings - m.postings.data()));
            }
        } else {
            if (!m.ForPhrase(c, touch)) any_unmatched = true;
            for (const auto& w : c.words)
                if (auto t = m.FindTerm(w); t >= 0) terms.push_back(static_cast<uint32_t>(t));
        }
        query_terms.push_back(std::move(terms));
        if (any_unmatched) break;
    }
    for (const QueryClause* c : negative) {
        auto exclude = [&](uint32_t slot, float) {
            if (scratch.mask[slot] == 0 && words) return;  // not a candidate anyway
            if (!words && scratch.mask[slot] == 0) scratch.touched.push_back(slot);
            scratch.mask[slot] |= kExcluded;
        };
        if (c->words.size() == 1) {
            for (const auto& l : m.ListsFor(c->words[0], false))
                for (const Posting& p : *l.postings) exclude(p.slot, 0);
        } else {
            m.ForPhrase(*c, exclude);
        }
    }

    // 2. Filters and facets. A document failing exactly one filter still counts for that
    //    facet, so a chosen value's alternatives keep their counts.
    const SearchFilter& f = req.filter;
    const int want_kind = f.kind.empty() ? -2 : m.kinds.Find(f.kind);
    const int want_sub = f.subtype.empty() ? -2 : m.subtypes.Find(f.subtype);
    const int want_sector = f.sector.empty() ? -2 : m.sectors.Find(f.sector);
    const int want_thema = f.thema.empty() ? -2 : m.themes.Find(f.thema);
    std::vector<size_t> kind_n(m.kinds.values.size()), sub_n(m.subtypes.values.size()),
        sector_n(m.sectors.values.size()), thema_n(m.themes.values.size()),
        year_n(m.years.values.size());
    const int want_year = f.year == 0 ? -2 : m.years.Find(std::to_string(f.year));
    std::vector<std::pair<float, uint32_t>> matches;

    auto consider = [&](uint32_t slot) {
        const Hot& h = m.hot[slot];
        if (!h.alive || h.publish_at > req.now) return;
        if (words && scratch.mask[slot] != full) return;  // also when excluded
        if (!words && (scratch.mask[slot] & kExcluded)) return;
        if (f.highlighted_only && !h.highlighted) return;
        const auto sectors = m.SectorsOf(slot);
        const auto themes = m.ThemesOf(slot);
        auto has = [](std::span<const uint16_t> values, int want) {
            return std::find(values.begin(), values.end(), want) != values.end();
        };
        const bool k_ok = want_kind == -2 || h.kind == want_kind;
        const bool sub_ok = want_sub == -2 || h.subtype == want_sub;
        const bool sec_ok = want_sector == -2 || has(sectors, want_sector);
        const bool th_ok = want_thema == -2 || has(themes, want_thema);
        const bool y_ok = want_year == -2 || h.year == want_year;
        const int failed = !k_ok + !sub_ok + !sec_ok + !th_ok + !y_ok;
        if (failed > 1) return;
        if (failed == 0 || !k_ok) ++kind_n[h.kind];
        if (failed == 0 || !sub_ok) ++sub_n[h.subtype];
        if (failed == 0 || !sec_ok)
            for (auto v : sectors) ++sector_n[v];
        if (failed == 0 || !th_ok)
            for (auto v : themes) ++thema_n[v];
        if (failed == 0 || !y_ok) ++year_n[h.year];
        if (failed == 0) matches.emplace_back(words ? scratch.score[slot] : 0.0F, slot);
    };
    matches.reserve(words ? scratch.touched.size() : m.live);
    if (words) {
        if (!any_unmatched)
            for (size_t k = 0; k < scratch.touched.size(); ++k) {
                if (k + kPrefetch < scratch.touched.size()) {
                    const uint32_t ahead = scratch.touched[k + kPrefetch];
                    __builtin_prefetch(&m.hot[ahead]);
                    __builtin_prefetch(m.facet_pool.data() + m.hot[ahead].facets);
                }
                consider(scratch.touched[k]);
            }
    } else {
        for (uint32_t slot = 0; slot < m.slots.size(); ++slot) consider(slot);
    }
    scratch.Reset();

    result.total = matches.size();
    result.facets.kind = FacetList(kind_n, m.kinds.values);
    result.facets.subtype = FacetList(sub_n, m.subtypes.values);
    result.facets.sector = FacetList(sector_n, m.sectors.values);
    result.facets.thema = FacetList(thema_n, m.themes.values);
    result.facets.year = FacetList(year_n, m.years.values);
    std::sort(result.facets.year.begin(), result.facets.year.end(),
              [](const FacetValue& a, const FacetValue& b) { return a.value > b.value; });

    // 3. Order and page.
    const bool by_score = words && req.sort == SearchSort::kRelevance;
    auto better = [&](const std::pair<float, uint32_t>& a, const std::pair<float, uint32_t>& b) {
        if (by_score && a.first != b.first) return a.first > b.first;
        const int64_t pa = m.hot[a.second].publish_at, pb = m.hot[b.second].publish_at;
        if (pa != pb) return pa > pb;
        return m.slots[a.second].doc.id > m.slots[b.second].doc.id;
    };
    const size_t end = std::min(matches.size(), req.offset + req.limit);
    if (req.offset < end) {
        std::partial_sort(matches.begin(), matches.begin() + static_cast<std::ptrdiff_t>(end),
                          matches.end(), better);
        for (size_t i = req.offset; i < end; ++i) {
            const Slot& s = m.slots[matches[i].second];
            SearchHit h = HitOf(s, matches[i].first);
            if (words) {
                // The matched words of the body, from the postings' positions (no re-analysis).
                std::vector<uint32_t> marks;
                const uint32_t slot = matches[i].second;
                for (const auto& terms : query_terms)
                    for (uint32_t t : terms)
                        if (const Posting* p = Impl::InList(m.postings[t], slot))
                            for (uint32_t x : m.Positions(*p))
                                if (x >= s.body_start) marks.push_back(x - s.body_start);
                std::sort(marks.begin(), marks.end());
                h.snippet = MakeSnippet(s.doc.text, marks);
            }
            result.hits.push_back(std::move(h));
        }
    }

    // 4. Nothing found: suggest a spelling the index knows.
    if (result.total == 0 && words) {
        ParsedQuery fixed = req.query;
        bool changed = false;
        for (auto& c : fixed.clauses) {
            if (c.negated) continue;
            for (auto& w : c.words) {
                if (!m.ListsFor(w, !c.phrase && c.words.size() == 1).empty()) continue;
                std::string best = ClosestWord(
                    w, [&](const std::function<void(const std::string&, size_t)>& visit) {
                        // Words with the same first letter, or the second (swapped first two).
                        for (size_t k = 0; k < std::min<size_t>(2, w.size()); ++k) {
                            if (k == 1 && w[1] == w[0]) break;
                            for (const auto& [word, term] :
                                 m.by_first_letter[static_cast<unsigned char>(w[k])])
                                if (m.Df(term) > 0) visit(word, m.Df(term));
                        }
                    });
                if (!best.empty()) w = best, changed = true;
            }
        }
        if (changed) {
            SearchRequest again = req;
            again.query = fixed;
            again.offset = 0;
            again.limit = 0;
            if (Search(again).total > 0) result.suggestion = QueryToString(fixed);
        }
    }
    return result;
}

std::vector<SearchHit> SearchIndex::Related(int64_t id, size_t limit, int64_t now) const {
    const Impl& m = *impl_;
    auto it = m.by_id.find(id);
    if (it == m.by_id.end()) return {};
    const uint32_t self = it->second;
    const auto self_sectors = m.SectorsOf(self);
    const auto self_themes = m.ThemesOf(self);
    auto shared = [](std::span<const uint16_t> a, std::span<const uint16_t> b) {
        float n = 0;
        for (auto v : a) n += std::find(b.begin(), b.end(), v) != b.end() ? 1.0F : 0.0F;
        return n;
    };
    std::vector<std::pair<float, uint32_t>> scored;
    for (uint32_t slot = 0; slot < m.slots.size(); ++slot) {
        if (slot == self || !m.Visible(slot, now)) continue;
        float score =
            2.0F * shared(m.ThemesOf(slot), self_themes) + shared(m.SectorsOf(slot), self_sectors);
        if (score == 0) continue;
        if (m.hot[slot].kind == m.hot[self].kind) score += 0.5F;
        scored.emplace_back(score, slot);
    }
    const size_t n = std::min(limit, scored.size());
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(n), scored.end(),
                      [&](const auto& a, const auto& b) {
                          if (a.first != b.first) return a.first > b.first;
                          const int64_t pa = m.hot[a.second].publish_at;
                          const int64_t pb = m.hot[b.second].publish_at;
                          if (pa != pb) return pa > pb;
                          return m.slots[a.second].doc.id > m.slots[b.second].doc.id;
                      });
    std::vector<SearchHit> out;
    for (size_t i = 0; i < n; ++i) out.push_back(HitOf(m.slots[scored[i].second], scored[i].first));
    return out;
}

std::vector<SearchHit> SearchIndex::All(int64_t now) const {
    SearchRequest req;
    req.now = now;
    req.limit = live_;
    return Search(req).hits;
}

}  // namespace koers::core
