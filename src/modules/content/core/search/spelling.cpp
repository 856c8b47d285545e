#include "modules/content/core/search/spelling.hpp"

#include <algorithm>
#include <array>

namespace koers::core {

size_t EditDistance(std::string_view a, std::string_view b, size_t limit) {
    const size_t n = a.size(), m = b.size();
    if ((n > m ? n - m : m - n) > limit) return limit + 1;
    constexpr size_t kMax = 64;  // words are at most kMaxWordBytes long; no heap per call
    if (m + 1 > kMax) return limit + 1;
    std::array<size_t, kMax> prev2{}, prev{}, cur{};
    for (size_t j = 0; j <= m; ++j) prev[j] = j;
    for (size_t i = 1; i <= n; ++i) {
        cur[0] = i;
        size_t row_min = cur[0];
        for (size_t j = 1; j <= m; ++j) {
            const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
            row_min = std::min(row_min, cur[j]);
        }
        if (row_min > limit) return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[m], limit + 1);
}

std::string ClosestWord(const std::string& word,
                        const std::function<void(const WordVisitor&)>& for_each_word) {
    const size_t limit = word.size() <= 5 ? 1 : 2;
    if (word.size() < 3) return {};
    std::string best;
    size_t best_distance = limit + 1, best_df = 0;
    for_each_word([&](const std::string& candidate, size_t df) {
        if (candidate == word) return;
        const size_t d = EditDistance(word, candidate, limit);
        if (d > limit) return;
        if (d < best_distance ||
            (d == best_distance && (df > best_df || (df == best_df && candidate < best)))) {
            best = candidate, best_distance = d, best_df = df;
        }
    });
    return best;
}

}  // namespace koers::core
