#include "core/search/index.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <unordered_map>

#include "core/common/dates.hpp"
#include "core/search/snippet.hpp"
#include "core/search/spelling.hpp"
#include "core/search/text.hpp"

namespace koers::core {
namespace {

constexpr uint32_t kFieldBreak = 0xFFFFFFFF;  // between fields in a document's term stream
constexpr float kTitleWeight = 3, kSummaryWeight = 2, kBodyWeight = 1;
constexpr float kK1 = 1.2F, kB = 0.75F;
constexpr float kCompoundWeight = 0.6F;
constexpr size_t kMaxExpansions = 24;
constexpr size_t kMinSuffixStem = 4, kMinPrefixStem = 5, kMinRest = 3;

struct Posting {
    uint32_t slot;
    uint16_t title, summary, body;  // term frequency per field (saturated at 65535)

    float Weighted() const {
        return kTitleWeight * static_cast<float>(title) +
               kSummaryWeight * static_cast<float>(summary) +
               kBodyWeight * static_cast<float>(body);
    }
};

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

struct Slot {
    SearchDocument doc;
    bool alive = true;
    std::vector<uint32_t> terms;  // term ids in order, kFieldBreak between fields
    float length = 0;             // weighted length
    int year = 0;
    uint16_t kind = 0, subtype = 0;
    std::vector<uint16_t> sectors, themes;
};

// A list of postings to score for one query word, with its weight.
struct WeightedList {
    const std::vector<Posting>* postings;
    float weight;
};

// Per-thread scratch space for one search, reused between searches.
struct Scratch {
    std::vector<float> score;
    std::vector<uint16_t> mask;  // bit i: positive clause i matched
    std::vector<uint8_t> excluded;
    std::vector<uint32_t> touched;

    void Prepare(size_t slots) {
        if (score.size() < slots) {
            score.resize(slots, 0);
            mask.resize(slots, 0);
            excluded.resize(slots, 0);
        }
        touched.clear();
    }
    void Reset() {
        for (uint32_t s : touched) score[s] = 0, mask[s] = 0, excluded[s] = 0;
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
    std::unordered_map<int64_t, uint32_t> by_id;
    std::vector<std::vector<Posting>> postings;             // by term id
    std::unordered_map<std::string, uint32_t> terms;        // stem -> term id
    std::unordered_map<std::string, uint32_t> surface;      // folded word -> term id (stem cache)
    std::map<std::string, uint32_t, std::less<>> forward;   // stem -> term id (prefixes)
    std::map<std::string, uint32_t, std::less<>> reversed;  // reversed stem -> term id (suffixes)
    std::vector<std::string> stems;                         // by term id
    Facet kinds, subtypes, sectors, themes;
    double total_length = 0;
    size_t live = 0;

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

    float Bm25(const Posting& p, float idf) const {
        const float avg =
            live ? static_cast<float>(total_length / static_cast<double>(live)) : 1.0F;
        const float tf = p.Weighted();
        const float norm = kK1 * (1 - kB + kB * slots[p.slot].length / std::max(avg, 1.0F));
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

    // True when the slot's term stream holds `phrase` as consecutive terms within one field.
    bool HasPhrase(const Slot& s, const std::vector<uint32_t>& phrase) const {
        const auto& t = s.terms;
        if (phrase.empty() || t.size() < phrase.size()) return false;
        for (size_t i = 0; i + phrase.size() <= t.size(); ++i) {
            size_t k = 0;
            while (k < phrase.size() && t[i + k] == phrase[k]) ++k;
            if (k == phrase.size()) return true;
        }
        return false;
    }

    static bool InList(const std::vector<Posting>& list, uint32_t slot) {
        auto it = std::lower_bound(list.begin(), list.end(), slot,
                                   [](const Posting& p, uint32_t s) { return p.slot < s; });
        return it != list.end() && it->slot == slot;
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
        // Walk the rarest word's list; check the others by binary search, then the order.
        size_t rarest = 0;
        for (size_t i = 1; i < ids.size(); ++i)
            if (Df(ids[i]) < Df(ids[rarest])) rarest = i;
        const float idf = Idf(Df(ids[rarest]));
        for (const Posting& p : postings[ids[rarest]]) {
            bool all = true;
            for (size_t i = 0; i < ids.size() && all; ++i)
                if (i != rarest) all = InList(postings[ids[i]], p.slot);
            if (all && HasPhrase(slots[p.slot], ids))
                fn(p.slot, Bm25(p, idf) * static_cast<float>(ids.size()));
        }
        return true;
    }

    bool Visible(const Slot& s, int64_t now) const { return s.alive && s.doc.publish_at <= now; }
};

SearchIndex::SearchIndex(const Stemmer& stemmer) : impl_(std::make_unique<Impl>(stemmer)) {}
SearchIndex::~SearchIndex() = default;

void SearchIndex::Remove(int64_t id) {
    Impl& m = *impl_;
    auto it = m.by_id.find(id);
    if (it == m.by_id.end()) return;
    Slot& s = m.slots[it->second];
    const uint32_t slot = it->second;
    std::vector<uint32_t> seen;
    for (uint32_t t : s.terms) {
        if (t == kFieldBreak || Contains(seen, t)) continue;
        seen.push_back(t);
        auto& list = m.postings[t];
        auto pos = std::lower_bound(list.begin(), list.end(), slot,
                                    [](const Posting& p, uint32_t x) { return p.slot < x; });
        if (pos != list.end() && pos->slot == slot) list.erase(pos);
    }
    m.total_length -= s.length;
    s.alive = false;
    s.terms = {};
    s.doc = SearchDocument{};
    m.by_id.erase(it);
    --m.live;
    live_ = m.live;
}

void SearchIndex::Upsert(SearchDocument doc) {
    Impl& m = *impl_;
    Remove(doc.id);
    // A new slot at the end keeps every posting list sorted by slot.
    const auto slot = static_cast<uint32_t>(m.slots.size());
    Slot s;
    std::unordered_map<uint32_t, Posting> tf;
    auto add_field = [&](const std::string& text, int field) {
        ForEachToken(text, [&](const Token& t) {
            const uint32_t term = m.TermFor(t.word);
            s.terms.push_back(term);
            auto [it, added] = tf.emplace(term, Posting{slot, 0, 0, 0});
            uint16_t& f = field == 0   ? it->second.title
                          : field == 1 ? it->second.summary
                                       : it->second.body;
            if (f < 0xFFFF) ++f;
        });
        s.terms.push_back(kFieldBreak);
    };
    add_field(doc.title, 0);
    add_field(doc.summary, 1);
    add_field(doc.text, 2);
    for (const auto& [term, p] : tf) {
        m.postings[term].push_back(p);
        s.length += p.Weighted();
    }
    s.year = YearOf(doc.publish_at);
    s.kind = m.kinds.Intern(doc.kind);
    s.subtype = m.subtypes.Intern(doc.subtype);
    for (const auto& v : doc.sectors) s.sectors.push_back(m.sectors.Intern(v));
    for (const auto& v : doc.themes) s.themes.push_back(m.themes.Intern(v));
    s.doc = std::move(doc);
    m.by_id[s.doc.id] = slot;
    m.total_length += s.length;
    m.slots.push_back(std::move(s));
    ++m.live;
    live_ = m.live;
}

std::optional<int64_t> SearchIndex::VersionOf(int64_t id) const {
    auto it = impl_->by_id.find(id);
    if (it == impl_->by_id.end()) return std::nullopt;
    return impl_->slots[it->second].doc.version;
}

namespace {

SearchHit HitOf(const Slot& s, float score) {
    SearchHit h;
    h.doc = s.doc;
    h.doc.text.clear();
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
                for (const Posting& p : *l.postings) touch(p.slot, m.Bm25(p, idf) * l.weight);
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
            if (!words && scratch.excluded[slot] == 0) scratch.touched.push_back(slot);
            scratch.excluded[slot] = 1;
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
        sector_n(m.sectors.values.size()), thema_n(m.themes.values.size());
    std::map<int, size_t> year_n;
    std::vector<std::pair<float, uint32_t>> matches;

    auto consider = [&](uint32_t slot) {
        const Slot& s = m.slots[slot];
        if (!m.Visible(s, req.now)) return;
        if (words && (scratch.mask[slot] != full || scratch.excluded[slot])) return;
        if (!words && scratch.excluded[slot]) return;
        if (f.highlighted_only && !s.doc.highlighted) return;
        const bool k_ok = want_kind == -2 || s.kind == want_kind;
        const bool sub_ok = want_sub == -2 || s.subtype == want_sub;
        const bool sec_ok =
            want_sector == -2 || Contains(s.sectors, static_cast<uint16_t>(want_sector));
        const bool th_ok =
            want_thema == -2 || Contains(s.themes, static_cast<uint16_t>(want_thema));
        const bool y_ok = f.year == 0 || s.year == f.year;
        const int failed = !k_ok + !sub_ok + !sec_ok + !th_ok + !y_ok;
        if (failed > 1) return;
        if (failed == 0 || !k_ok) ++kind_n[s.kind];
        if (failed == 0 || !sub_ok) ++sub_n[s.subtype];
        if (failed == 0 || !sec_ok)
            for (auto v : s.sectors) ++sector_n[v];
        if (failed == 0 || !th_ok)
            for (auto v : s.themes) ++thema_n[v];
        if (failed == 0 || !y_ok) ++year_n[s.year];
        if (failed == 0) matches.emplace_back(words ? scratch.score[slot] : 0.0F, slot);
    };
    if (words) {
        if (!any_unmatched)
            for (uint32_t slot : scratch.touched) consider(slot);
    } else {
        for (uint32_t slot = 0; slot < m.slots.size(); ++slot) consider(slot);
    }
    scratch.Reset();

    result.total = matches.size();
    result.facets.kind = FacetList(kind_n, m.kinds.values);
    result.facets.subtype = FacetList(sub_n, m.subtypes.values);
    result.facets.sector = FacetList(sector_n, m.sectors.values);
    result.facets.thema = FacetList(thema_n, m.themes.values);
    for (auto it = year_n.rbegin(); it != year_n.rend(); ++it)
        result.facets.year.push_back({std::to_string(it->first), it->second});

    // 3. Order and page.
    const bool by_score = words && req.sort == SearchSort::kRelevance;
    auto better = [&](const std::pair<float, uint32_t>& a, const std::pair<float, uint32_t>& b) {
        const auto& da = m.slots[a.second].doc;
        const auto& db = m.slots[b.second].doc;
        if (by_score && a.first != b.first) return a.first > b.first;
        if (da.publish_at != db.publish_at) return da.publish_at > db.publish_at;
        return da.id > db.id;
    };
    const size_t end = std::min(matches.size(), req.offset + req.limit);
    if (req.offset < end) {
        std::partial_sort(matches.begin(), matches.begin() + static_cast<std::ptrdiff_t>(end),
                          matches.end(), better);
        for (size_t i = req.offset; i < end; ++i) {
            const Slot& s = m.slots[matches[i].second];
            SearchHit h = HitOf(s, matches[i].first);
            if (words) {
                auto matcher = [&](const std::string& word) {
                    const int64_t t = m.FindTerm(word);
                    if (t < 0) return false;
                    for (const auto& terms : query_terms)
                        if (Contains(terms, static_cast<uint32_t>(t))) return true;
                    return false;
                };
                h.snippet = MakeSnippet(s.doc.text, matcher);
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
                        for (const auto& [word, term] : m.surface)
                            if (m.Df(term) > 0) visit(word, m.Df(term));
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
    const Slot& self = m.slots[it->second];
    std::vector<std::pair<float, uint32_t>> scored;
    for (uint32_t slot = 0; slot < m.slots.size(); ++slot) {
        const Slot& s = m.slots[slot];
        if (slot == it->second || !m.Visible(s, now)) continue;
        float score = 0;
        for (auto t : s.themes) score += Contains(self.themes, t) ? 2.0F : 0.0F;
        for (auto v : s.sectors) score += Contains(self.sectors, v) ? 1.0F : 0.0F;
        if (score == 0) continue;
        if (s.kind == self.kind) score += 0.5F;
        scored.emplace_back(score, slot);
    }
    const size_t n = std::min(limit, scored.size());
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(n), scored.end(),
                      [&](const auto& a, const auto& b) {
                          if (a.first != b.first) return a.first > b.first;
                          const auto& da = m.slots[a.second].doc;
                          const auto& db = m.slots[b.second].doc;
                          if (da.publish_at != db.publish_at) return da.publish_at > db.publish_at;
                          return da.id > db.id;
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
