#include "modules/curriculum/web/bank_view.hpp"

#include "modules/curriculum/core/assignment.hpp"
#include "modules/curriculum/web/paths.hpp"
#include "platform/core/common/numbers.hpp"
#include "platform/core/lob/vocabulary.hpp"
#include "platform/web/render/pagination.hpp"

namespace koers::web {
namespace {

using namespace curriculum_paths;

std::string Label(const std::vector<core::Option>& options, std::string_view code) {
    for (const auto& o : options)
        if (o.code == code) return o.label;
    return std::string(code);
}

View CardView(const BankCard& c, std::optional<int64_t> school) {
    View v = Object();
    v.set("title", c.title);
    v.set("href", school ? kAssignment.With(*school, c.id) : kPublicAssignment.With(c.id));
    v.set("summary", c.summary);
    v.set("school", c.school);
    v.set("own", school && c.school_id == *school);
    v.set("private", !c.shared);
    v.set("origin_school", c.origin_school);
    ViewList tags;
    for (const auto& code : c.competencies)
        tags.emplace_back(Label(core::LoopbaanCompetencies(), code));
    for (const auto& code : c.elements)
        tags.emplace_back(Label(core::LeeromgevingElements(), code));
    v.set("tags", std::move(tags));
    return v;
}

}  // namespace

BankParams BankParams::From(const Target& target) {
    BankParams p;
    p.q = Find(target.query, "q").value_or("");
    p.filter = core::ReadBankFilter(target.query);
    p.own_only = Find(target.query, "van").value_or("") == "school";
    if (auto n = core::ParseInt(Find(target.query, "pagina").value_or(""), 1, 100000))
        p.page = static_cast<size_t>(*n);
    return p;
}

std::string BankParams::Url(std::string_view path, size_t page_number) const {
    Pairs pairs = {{"q", q}};
    const auto fields = core::BankFacetFields();
    for (size_t f = 0; f < core::kBankFacets; ++f)
        if (filter.chosen[f] >= 0)
            pairs.emplace_back(fields[f], core::AssignmentForm()
                                              .Find(fields[f])
                                              ->options[static_cast<size_t>(filter.chosen[f])]
                                              .code);
    pairs.emplace_back("van", own_only ? "school" : "");
    pairs.emplace_back("pagina", page_number > 1 ? std::to_string(page_number) : "");
    return WithQuery(path, pairs);
}

View BankListView(const BankPage& page, const BankParams& p, std::string_view path,
                  std::optional<int64_t> school) {
    View v = Object();
    v.set("q", p.q);
    v.set("notice", page.notice);
    v.set("total", std::to_string(page.total));
    v.set("total_is_one", page.total == 1);
    ViewList cards;
    for (const auto& c : page.cards) cards.push_back(CardView(c, school));
    v.set("cards", std::move(cards));
    ViewList facets;
    for (size_t f = 0; f < core::kBankFacets; ++f) {
        const core::BankFacet& facet = page.facets[f];
        if (facet.values.empty()) continue;
        View block = Object();
        block.set("title", facet.label);
        std::string chosen;
        for (const auto& value : facet.values)
            if (value.chosen) chosen = value.label;
        block.set("open", !chosen.empty());
        block.set("chosen_label", std::move(chosen));
        ViewList values;
        for (const auto& value : facet.values) {
            BankParams next = p;
            next.filter.chosen[f] = -1;
            if (!value.chosen) {
                const auto& options = core::AssignmentForm().Find(facet.field)->options;
                for (size_t i = 0; i < options.size(); ++i)
                    if (options[i].code == value.code) next.filter.chosen[f] = static_cast<int>(i);
            }
            View item = Object();
            item.set("label", value.label);
            item.set("count", std::to_string(value.count));
            item.set("selected", value.chosen);
            item.set("href", next.Url(path));
            values.push_back(std::move(item));
        }
        block.set("values", std::move(values));
        facets.push_back(std::move(block));
    }
    v.set("facets", std::move(facets));
    const bool filtered = p.filter.any() || !p.q.empty() || p.own_only;
    v.set("filtered", filtered);
    v.set("clear_href", std::string(path));
    if (!page.suggestion.empty()) {
        BankParams fixed = p;
        fixed.q = page.suggestion;
        v.set("suggestion", page.suggestion);
        v.set("suggestion_href", fixed.Url(path));
    }
    v.set("pagination", PaginationView(page.total, kBankPageSize, p.page,
                                       [&](size_t n) { return p.Url(path, n); }));
    return v;
}

}  // namespace koers::web
