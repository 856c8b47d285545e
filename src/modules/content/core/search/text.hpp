#pragma once
// Text analysis shared by indexing, querying and snippets: splitting into words, each folded
// (platform/core/common/fold: lower case, diacritics removed: "Financiële" -> "financiele"). A
// word is a run of letters and digits; everything else separates words.
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "platform/core/common/fold.hpp"

namespace koers::core {

struct Token {
    std::string word;  // folded
    size_t begin = 0;  // byte range of the word in the original text
    size_t end = 0;
};

// Words longer than this are cut (no real Dutch word is; it bounds the work per token).
inline constexpr size_t kMaxWordBytes = 48;

// Calls `fn(const Token&)` for each word of `text`, in order. Invalid UTF-8 bytes separate words.
// When `fn` returns bool, false stops the walk (the rest of the text is not read).
template <class Fn>
void ForEachToken(std::string_view text, Fn&& fn);

std::vector<Token> Tokenize(std::string_view text);
// The folded words of `text` joined by single spaces.
std::string FoldText(std::string_view text);

template <class Fn>
void ForEachToken(std::string_view text, Fn&& fn) {
    Token t;
    bool in_word = false;
    size_t i = 0;
    while (i < text.size()) {
        const size_t start = i;
        const long cp = DecodeUtf8(text, i);
        const bool letter = cp >= 0 && AppendFolded(cp, t.word);
        if (letter) {
            if (!in_word) {
                in_word = true;
                t.begin = start;
            }
            t.end = i;
            continue;
        }
        if (in_word) {
            if (t.word.size() > kMaxWordBytes) t.word.resize(kMaxWordBytes);
            if constexpr (std::is_same_v<std::invoke_result_t<Fn, const Token&>, bool>) {
                if (!fn(static_cast<const Token&>(t))) return;
            } else {
                fn(static_cast<const Token&>(t));
            }
            t.word.clear();
            in_word = false;
        }
    }
    if (in_word) {
        if (t.word.size() > kMaxWordBytes) t.word.resize(kMaxWordBytes);
        fn(static_cast<const Token&>(t));
    }
}

}  // namespace koers::core
