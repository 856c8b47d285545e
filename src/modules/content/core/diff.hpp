#pragma once
// Line differences between two texts, for comparing revisions.
#include <string>
#include <string_view>
#include <vector>

namespace koers::core {

struct DiffLine {
    enum class Op { kSame, kAdded, kRemoved };
    Op op;
    std::string text;
};

// The lines of `before` and `after` in order, each marked same, added or removed (a longest
// common subsequence). Very large texts fall back to "all removed, all added".
std::vector<DiffLine> DiffLines(std::string_view before, std::string_view after);

}  // namespace koers::core
