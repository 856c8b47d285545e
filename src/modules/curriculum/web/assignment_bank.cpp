#include "modules/curriculum/web/assignment_bank.hpp"

#include <algorithm>
#include <limits>

#include "modules/content/core/search/text.hpp"
#include "modules/curriculum/core/assignment.hpp"

namespace koers::web {
namespace {

core::SearchDocument ToDocument(const storage::StoredAssignment& a) {
    core::SearchDocument d;
    d.id = a.id;
    d.version = a.version;
    d.kind = "opdracht";
    d.title = a.title();
    d.summary = std::string(core::FieldOf(a.fields, "wat"));
    for (const char* field : {"waarom", "stappen", "terugblik", "opbrengst", "benodigdheden"}) {
        d.text += core::FieldOf(a.fields, field);
        d.text += '\n';
    }
    return d;
}

BankCard ToCard(const storage::StoredAssignment& a) {
    return {a.id,
            a.school_id,
            a.school,
            a.title(),
            std::string(core::FieldOf(a.fields, "wat")),
            a.shared(),
            a.licence,
            a.origin_school,
            core::SplitChoices(core::FieldOf(a.fields, "competenties")),
            core::SplitChoices(core::FieldOf(a.fields, "elementen"))};
}

bool MaySee(const BankCard& card, const BankQuery& q) {
    if (q.own_only) return q.school && card.school_id == *q.school;
    return card.shared || (q.school && card.school_id == *q.school);
}

}  // namespace

AssignmentBank::AssignmentBank(storage::AssignmentRepo& repo, core::Clock& clock,
                               const core::Stemmer& stemmer)
    : repo_(repo), clock_(clock), index_(stemmer), watch_(clock) {}

void AssignmentBank::LoadAll() {
    const int64_t started = clock_.NowMillis();
    const auto all = repo_.All();
    std::unique_lock lock(mu_);
    for (const auto& a : all) Apply(a);
    SortByTitle();
    watch_.Loaded(started);
}

void AssignmentBank::Refresh(int64_t id) {
    const auto a = repo_.Find(id);
    std::unique_lock lock(mu_);
    if (a) {
        Apply(*a);
    } else {
        entries_.erase(id);
        index_.Remove(id);
    }
    SortByTitle();
}

void AssignmentBank::Apply(const storage::StoredAssignment& a) {
    // A look that read an older version than a save in this process applied meanwhile.
    if (const auto held = index_.VersionOf(a.id); held && *held > a.version) return;
    if (a.deleted) {
        entries_.erase(a.id);
        index_.Remove(a.id);
        return;
    }
    index_.Upsert(ToDocument(a));
    entries_.insert_or_assign(a.id, Entry{ToCard(a), core::BankEntryOf(a.fields)});
}

void AssignmentBank::SortByTitle() {
    std::vector<std::pair<std::string, int64_t>> titles;
    titles.reserve(entries_.size());
    for (const auto& [id, e] : entries_) titles.emplace_back(core::FoldText(e.card.title), id);
    std::sort(titles.begin(), titles.end());
    by_title_.clear();
    for (const auto& [title, id] : titles) by_title_.push_back(id);
}

void AssignmentBank::EnsureFresh() {
    watch_.LookIfDue([&](int64_t since) {
        // The stamps first: only an assignment whose version differs from the one in memory is
        // read.
        const auto stamps = repo_.ChangedSince(since);
        std::vector<int64_t> stale;
        {
            std::shared_lock lock(mu_);
            for (const auto& s : stamps) {
                const auto indexed = index_.VersionOf(s.id);
                if (s.deleted ? indexed.has_value() : indexed != s.version) stale.push_back(s.id);
            }
        }
        if (stale.empty()) return;
        std::vector<std::optional<storage::StoredAssignment>> read;
        read.reserve(stale.size());
        for (int64_t id : stale) read.push_back(repo_.Find(id));
        std::unique_lock lock(mu_);
        for (size_t i = 0; i < stale.size(); ++i) {
            if (read[i]) {
                Apply(*read[i]);
            } else {
                entries_.erase(stale[i]);
                index_.Remove(stale[i]);
            }
        }
        SortByTitle();
    });
}

BankPage AssignmentBank::Search(const BankQuery& q) {
    EnsureFresh();
    BankPage page;
    const core::ParsedQuery parsed = core::ParseQuery(q.words);
    page.notice = parsed.notice;
    std::shared_lock lock(mu_);
    // The candidates in the order they are shown: by relevance when words were typed, else
    // alphabetical.
    std::vector<const Entry*> candidates;
    auto consider = [&](int64_t id) {
        const auto it = entries_.find(id);
        if (it != entries_.end() && MaySee(it->second.card, q)) candidates.push_back(&it->second);
    };
    if (parsed.clauses.empty()) {
        for (int64_t id : by_title_) consider(id);
    } else {
        core::SearchRequest request;
        request.query = parsed;
        request.limit = std::max<size_t>(index_.size(), 1);
        request.now = std::numeric_limits<int64_t>::max();
        request.snippets = false;
        const core::SearchResult found = index_.Search(request);
        page.suggestion = found.suggestion;
        if (parsed.HasPositive()) {
            for (const auto& hit : found.hits) consider(hit.doc.id);
        } else {  // only exclusions: what is left, alphabetical
            std::unordered_map<int64_t, bool> left;
            for (const auto& hit : found.hits) left[hit.doc.id] = true;
            for (int64_t id : by_title_)
                if (left.count(id)) consider(id);
        }
    }
    std::vector<core::BankEntry> facets;
    facets.reserve(candidates.size());
    for (const Entry* e : candidates) facets.push_back(e->facets);
    core::BankSelection selection = core::SelectFromBank(facets, q.filter);
    page.total = selection.matching.size();
    page.facets = std::move(selection.facets);
    for (size_t i = q.offset; i < selection.matching.size() && page.cards.size() < q.limit; ++i)
        page.cards.push_back(candidates[selection.matching[i]]->card);
    return page;
}

}  // namespace koers::web
