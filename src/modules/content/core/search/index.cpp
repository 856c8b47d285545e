#include "modules/content/core/search/index.hpp"

#include "modules/content/core/search/index_impl.hpp"
#include "modules/content/core/search/text.hpp"
#include "platform/core/common/dates.hpp"

namespace koers::core {

using namespace index_detail;

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
        uint32_t field[4] = {0, 0, 0, 0};
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
    s.attachments_start = position;
    add_field(doc.attachments, 3);

    for (auto& [term, c] : counts) {
        const size_t stored = std::min<size_t>(c.positions.size(), 0xFFFF);
        Posting p{slot,
                  static_cast<uint32_t>(m.position_pool.size()),
                  static_cast<uint8_t>(std::min<uint32_t>(c.field[0], 0xF)),
                  static_cast<uint8_t>(std::min<uint32_t>(c.field[1], 0xF)),
                  static_cast<uint8_t>(std::min<uint32_t>(c.field[3], 0xFF)),
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
