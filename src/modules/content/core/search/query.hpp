#pragma once
// The search box's little language: words (all must match), "a phrase in quotes", and -word or
// -"a phrase" to exclude. Parsing never fails: whatever cannot be used is dropped and `notice`
// tells the user, in Dutch, what happened (unbalanced quote, only exclusions, too long...).
#include <string>
#include <string_view>
#include <vector>

namespace koers::core {

struct QueryClause {
    std::vector<std::string> words;  // folded; more than one = a phrase
    bool negated = false;
    bool phrase = false;  // written in quotes
};

struct ParsedQuery {
    std::vector<QueryClause> clauses;
    std::string notice;  // empty when the query was used as written

    bool HasPositive() const;
};

inline constexpr size_t kMaxQueryBytes = 400;
inline constexpr size_t kMaxQueryClauses = 12;

ParsedQuery ParseQuery(std::string_view raw);

// The query as the user would write it, for "bedoelde u ..." links and the search box.
std::string QueryToString(const ParsedQuery& q);

}  // namespace koers::core
