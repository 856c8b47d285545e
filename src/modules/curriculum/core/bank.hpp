#pragma once
// Filtering the opdrachtenbank by its facets (sector, niveau, leerjaar, competentie, element,
// waar, duur, werkvorm): which assignments pass a reader's choices, and per facet how many would
// pass with each value. Each facet's counts ignore its own choice, so the other values of a chosen
// facet stay choosable (as in the kennisbank). An assignment's facet values are kept as one bit
// per option of the form, so a bank of many thousands is filtered in one pass.
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/core/records/fields.hpp"

namespace koers::core {

inline constexpr size_t kBankFacets = 8;

// The form's fields the bank filters on, in the order the page shows them.
std::span<const std::string_view, kBankFacets> BankFacetFields();

// One assignment's values per facet: bit i is the form's option i of that field.
struct BankEntry {
    std::array<uint16_t, kBankFacets> values{};
};
BankEntry BankEntryOf(const Fields& fields);

// A reader's choice per facet: the index of the chosen option, or -1.
struct BankFilter {
    std::array<int, kBankFacets> chosen;
    BankFilter() { chosen.fill(-1); }
    bool any() const;
};
// Reads the facets from a query string's fields: only the form's codes count, one per facet
// (the first); anything else is ignored, never an error.
BankFilter ReadBankFilter(std::span<const std::pair<std::string, std::string>> query);

struct BankFacetValue {
    std::string code;
    std::string label;
    size_t count = 0;
    bool chosen = false;
};
struct BankFacet {
    std::string field;
    std::string label;
    std::vector<BankFacetValue> values;  // in the form's order; values no one has are left out,
                                         // unless chosen
};
struct BankSelection {
    std::vector<size_t> matching;  // indexes into the entries, in their order
    std::array<BankFacet, kBankFacets> facets;
};
BankSelection SelectFromBank(std::span<const BankEntry> entries, const BankFilter& filter);

}  // namespace koers::core
