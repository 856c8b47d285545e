#pragma once
// The piece of a document's text shown under a search hit, with the matched words marked.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "modules/content/core/search/index.hpp"

namespace koers::core {

inline constexpr size_t kSnippetWords = 28;

// The window of about kSnippetWords words with the most matches, cut at word boundaries, "…"
// where text was left out. `marks` are the indexes (in ForEachToken order, ascending) of the
// matched words. Empty when there are none.
std::vector<Segment> MakeSnippet(std::string_view text, std::span<const uint32_t> marks);

}  // namespace koers::core
