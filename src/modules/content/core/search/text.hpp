#pragma once
// Text analysis shared by indexing, querying and snippets: Unicode-aware folding (lower case,
// diacritics removed: "Financiële" -> "financiele", "ĳ" -> "ij", "ß" -> "ss") and splitting
// into words. A word is a run of letters and digits; everything else separates words.
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

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

namespace detail {
// Decodes the code point at text[i] (advancing i). Returns -1 for an invalid byte.
long DecodeUtf8(std::string_view text, size_t& i);
// Appends the folded form of `cp` to `out`; returns false when `cp` separates words.
bool AppendFolded(long cp, std::string& out);
}  // namespace detail

template <class Fn>
void ForEachToken(std::string_view text, Fn&& fn) {
    Token t;
    bool in_word = false;
    size_t i = 0;
    while (i < text.size()) {
        const size_t start = i;
        const long cp = detail::DecodeUtf8(text, i);
        const bool letter = cp >= 0 && detail::AppendFolded(cp, t.word);
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
