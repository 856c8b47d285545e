// SearchIndex::Search: words, phrases and exclusions; filters and facet counts; ordering,
// paging and snippets; spelling suggestions.
#include <functional>

#include "modules/content/core/search/index.hpp"
#include "modules/content/core/search/index_impl.hpp"
#include "modules/content/core/search/snippet.hpp"
#include "modules/content/core/search/spelling.hpp"

namespace koers::core {

using namespace index_detail;

namespace {

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
            if (words && req.snippets) {
                // The matched words of the body, from the postings' positions (no re-analysis);
                // of the attachments when the body has none.
                std::vector<uint32_t> body, attached;
                const uint32_t slot = matches[i].second;
                for (const auto& terms : query_terms)
                    for (uint32_t t : terms)
                        if (const Posting* p = Impl::InList(m.postings[t], slot))
                            for (uint32_t x : m.Positions(*p)) {
                                if (x >= s.attachments_start)
                                    attached.push_back(x - s.attachments_start);
                                else if (x >= s.body_start)
                                    body.push_back(x - s.body_start);
                            }
                h.snippet_in_attachment = body.empty() && !attached.empty();
                auto& marks = h.snippet_in_attachment ? attached : body;
                std::sort(marks.begin(), marks.end());
                h.snippet =
                    MakeSnippet(h.snippet_in_attachment ? s.doc.attachments : s.doc.text, marks);
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

}  // namespace koers::core
