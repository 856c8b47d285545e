#include "modules/curriculum/core/bank.hpp"

#include "modules/curriculum/core/assignment.hpp"

namespace koers::core {
namespace {

constexpr std::array<std::string_view, kBankFacets> kFacetFields = {
    "sectoren", "niveaus", "leerjaren", "competenties", "elementen", "setting", "duur", "werkvorm"};

const FieldSpec& FacetSpec(size_t f) { return *AssignmentForm().Find(kFacetFields[f]); }

int OptionIndex(const FieldSpec& spec, std::string_view code) {
    for (size_t i = 0; i < spec.options.size(); ++i)
        if (spec.options[i].code == code) return static_cast<int>(i);
    return -1;
}

bool Has(const BankEntry& e, size_t f, int option) { return ((e.values[f] >> option) & 1U) != 0; }

}  // namespace

std::span<const std::string_view, kBankFacets> BankFacetFields() { return kFacetFields; }

BankEntry BankEntryOf(const Fields& fields) {
    static_assert(sizeof(BankEntry::values[0]) * 8 >= 16);
    BankEntry e;
    for (size_t f = 0; f < kBankFacets; ++f)
        for (const auto& code : SplitChoices(FieldOf(fields, kFacetFields[f]))) {
            const int i = OptionIndex(FacetSpec(f), code);
            if (i >= 0 && i < 16) e.values[f] |= static_cast<uint16_t>(1U << i);
        }
    return e;
}

bool BankFilter::any() const {
    for (int c : chosen)
        if (c >= 0) return true;
    return false;
}

BankFilter ReadBankFilter(std::span<const std::pair<std::string, std::string>> query) {
    BankFilter filter;
    for (const auto& [name, value] : query)
        for (size_t f = 0; f < kBankFacets; ++f)
            if (name == kFacetFields[f] && filter.chosen[f] < 0)
                filter.chosen[f] = OptionIndex(FacetSpec(f), value);
    return filter;
}

BankSelection SelectFromBank(std::span<const BankEntry> entries, const BankFilter& filter) {
    BankSelection out;
    std::array<std::array<size_t, 16>, kBankFacets> counts{};
    for (size_t n = 0; n < entries.size(); ++n) {
        const BankEntry& e = entries[n];
        size_t failed = 0, failing = 0;
        for (size_t f = 0; f < kBankFacets && failed < 2; ++f)
            if (filter.chosen[f] >= 0 && !Has(e, f, filter.chosen[f])) ++failed, failing = f;
        if (failed > 1) continue;
        for (size_t f = 0; f < kBankFacets; ++f) {
            if (failed == 1 && f != failing) continue;
            for (int i = 0; i < 16; ++i)
                if (Has(e, f, i)) ++counts[f][static_cast<size_t>(i)];
        }
        if (failed == 0) out.matching.push_back(n);
    }
    for (size_t f = 0; f < kBankFacets; ++f) {
        const FieldSpec& spec = FacetSpec(f);
        BankFacet& facet = out.facets[f];
        facet.field = spec.name;
        facet.label = spec.label;
        for (size_t i = 0; i < spec.options.size() && i < 16; ++i) {
            const bool chosen = filter.chosen[f] == static_cast<int>(i);
            if (counts[f][i] == 0 && !chosen) continue;
            facet.values.push_back(
                {spec.options[i].code, spec.options[i].label, counts[f][i], chosen});
        }
    }
    return out;
}

}  // namespace koers::core
