#pragma once
// The synthetic Dutch corpus of bench/search: each document is about two of twelve LOB topics
// (most of its topical words come from those), with common function words and a long tail of
// 20,000 rare words, all drawn with Zipf-like distributions. Deterministic: the same n gives the
// same documents.
#include <cstddef>
#include <string>
#include <vector>

namespace koers::bench {

struct Doc {
    std::string title, summary, body;
};

std::vector<Doc> Generate(size_t n);

}  // namespace koers::bench
