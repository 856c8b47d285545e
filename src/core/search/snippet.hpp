#pragma once
// The piece of a document's text shown under a search hit, with the matched words marked.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/search/index.hpp"

namespace koers::core {

inline constexpr size_t kSnippetWords = 28;

// The window of about kSnippetWords words with the most distinct matches, cut at word
// boundaries, "…" where text was left out. Empty when no word of `text` matches.
std::vector<Segment> MakeSnippet(std::string_view text,
                                 const std::function<bool(const std::string&)>& matches);

}  // namespace koers::core
