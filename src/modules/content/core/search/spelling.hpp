#pragma once
// "Bedoelde u ...": the known word closest to a misspelled one.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace koers::core {

// Edit distance with adjacent transpositions (optimal string alignment), stopping early once
// it exceeds `limit` (then returns limit + 1).
size_t EditDistance(std::string_view a, std::string_view b, size_t limit);

// Visits every known word with its document frequency.
using WordVisitor = std::function<void(const std::string& word, size_t df)>;

// The known word within 1 edit (words up to 5 letters) or 2 edits of `word`; the most frequent
// on ties. Empty when there is none.
std::string ClosestWord(const std::string& word,
                        const std::function<void(const WordVisitor&)>& for_each_word);

}  // namespace koers::core
