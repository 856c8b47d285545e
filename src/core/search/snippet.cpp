#include "core/search/snippet.hpp"

#include <algorithm>
#include <set>

#include "core/search/text.hpp"

namespace koers::core {

std::vector<Segment> MakeSnippet(std::string_view text,
                                 const std::function<bool(const std::string&)>& matches) {
    std::vector<Token> tokens = Tokenize(text);
    std::vector<bool> hit(tokens.size());
    bool any = false;
    for (size_t i = 0; i < tokens.size(); ++i) any |= hit[i] = matches(tokens[i].word);
    if (!any) return {};

    // The window [best, best + n) with the most distinct matched words.
    const size_t n = std::min(kSnippetWords, tokens.size());
    size_t best = 0, best_count = 0;
    for (size_t start = 0; start < tokens.size(); ++start) {
        if (!hit[start] && start != 0) continue;  // windows start at a match (or the top)
        std::set<std::string_view> distinct;
        for (size_t i = start; i < std::min(tokens.size(), start + n); ++i)
            if (hit[i]) distinct.insert(tokens[i].word);
        if (distinct.size() > best_count) best = start, best_count = distinct.size();
    }
    // Start a few words before the first match, for context, and show a full window.
    best = best >= 3 ? best - 3 : 0;
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
    if (last + 1 < tokens.size()) out.push_back({" …", false});
    return out;
}

}  // namespace koers::core
