#include "modules/content/core/diff.hpp"

#include <algorithm>

namespace koers::core {
namespace {

std::vector<std::string_view> Lines(std::string_view s) {
    std::vector<std::string_view> out;
    size_t start = 0;
    while (start < s.size()) {
        size_t end = s.find('\n', start);
        if (end == std::string_view::npos) end = s.size();
        std::string_view line = s.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        out.push_back(line);
        start = end + 1;
    }
    return out;
}

constexpr size_t kMaxCells = 4'000'000;

}  // namespace

std::vector<DiffLine> DiffLines(std::string_view before, std::string_view after) {
    const auto a = Lines(before), b = Lines(after);
    // Common head and tail need no table.
    size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
    size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    const size_t n = a.size() - head - tail, m = b.size() - head - tail;

    std::vector<DiffLine> out;
    for (size_t i = 0; i < head; ++i) out.push_back({DiffLine::Op::kSame, std::string(a[i])});
    if (n * m > kMaxCells) {
        for (size_t i = 0; i < n; ++i)
            out.push_back({DiffLine::Op::kRemoved, std::string(a[head + i])});
        for (size_t j = 0; j < m; ++j)
            out.push_back({DiffLine::Op::kAdded, std::string(b[head + j])});
    } else {
        // lcs[i][j]: longest common subsequence of a[head+i..] and b[head+j..].
        std::vector<uint32_t> lcs((n + 1) * (m + 1), 0);
        auto at = [&](size_t i, size_t j) -> uint32_t& { return lcs[i * (m + 1) + j]; };
        for (size_t i = n; i-- > 0;)
            for (size_t j = m; j-- > 0;)
                at(i, j) = a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1
                                                      : std::max(at(i + 1, j), at(i, j + 1));
        size_t i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[head + i] == b[head + j]) {
                out.push_back({DiffLine::Op::kSame, std::string(a[head + i])});
                ++i, ++j;
            } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
                out.push_back({DiffLine::Op::kAdded, std::string(b[head + j])});
                ++j;
            } else {
                out.push_back({DiffLine::Op::kRemoved, std::string(a[head + i])});
                ++i;
            }
        }
    }
    for (size_t i = a.size() - tail; i < a.size(); ++i)
        out.push_back({DiffLine::Op::kSame, std::string(a[i])});
    return out;
}

}  // namespace koers::core
