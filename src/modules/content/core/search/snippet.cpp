#include "modules/content/core/search/snippet.hpp"

#include <algorithm>

#include "modules/content/core/search/text.hpp"

namespace koers::core {

std::vector<Segment> MakeSnippet(std::string_view text, std::span<const uint32_t> marks) {
    if (marks.empty()) return {};
    // The window [best, best + kSnippetWords) with the most matched words, starting at a match;
    // then a few words before it, for context.
    size_t best = 0, best_count = 0;
    for (uint32_t start : marks) {
        const auto end = std::upper_bound(marks.begin(), marks.end(),
                                          static_cast<uint32_t>(start + kSnippetWords - 1));
        const auto count =
            static_cast<size_t>(end - std::lower_bound(marks.begin(), marks.end(), start));
        if (count > best_count) best = start, best_count = count;
    }
    best = best >= 3 ? best - 3 : 0;
    // Only the words up to the window (and one more, to know whether text follows) are read:
    // a long document is not folded to its end for each hit.
    const size_t needed = best + kSnippetWords + 1;
    std::vector<Token> tokens;
    tokens.reserve(std::min<size_t>(needed, 4096));
    ForEachToken(text, [&](const Token& t) {
        tokens.push_back(t);
        return tokens.size() < needed;
    });
    std::vector<bool> hit(tokens.size());
    for (uint32_t m : marks)
        if (m < hit.size()) hit[m] = true;
    if (std::find(hit.begin(), hit.end(), true) == hit.end()) return {};
    // Near the end of a short text the window moves back to stay full.
    const size_t n = std::min(kSnippetWords, tokens.size());
    best = std::min(best, tokens.size() - n);
    const size_t last = std::min(tokens.size(), best + n) - 1;

    std::vector<Segment> out;
    auto plain = [&](size_t from, size_t to) {
        if (to > from) out.push_back({std::string(text.substr(from, to - from)), false});
    };
    size_t pos = tokens[best].begin;
    if (best > 0) out.push_back({"… ", false});
    for (size_t i = best; i <= last; ++i) {
        if (!hit[i]) continue;
        plain(pos, tokens[i].begin);
        out.push_back(
            {std::string(text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin)), true});
        pos = tokens[i].end;
    }
    plain(pos, tokens[last].end);
    if (last + 1 < tokens.size() || tokens.size() == needed) out.push_back({" …", false});
    return out;
}

}  // namespace koers::core
