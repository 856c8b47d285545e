#pragma once
// Text as searching compares it: lower case, diacritics removed ("Daniëlle" -> "danielle",
// "Özil" -> "ozil", "Financiële" -> "financiele", "ĳ" -> "ij", "ß" -> "ss"), so what someone types
// finds what is written however either is spelled in case and accents. Latin letters (ASCII,
// Latin-1 and Latin Extended-A) are folded; other scripts are kept as they are.
#include <cstddef>
#include <string>
#include <string_view>

namespace koers::core {

// Decodes the code point at text[i] (advancing i). Returns -1 for an invalid byte.
long DecodeUtf8(std::string_view text, size_t& i);
// Appends the folded form of `cp` to `out` when it is a letter or digit; returns false (and
// appends nothing) when `cp` separates words: spaces, punctuation, symbols.
bool AppendFolded(long cp, std::string& out);
// All of `text` folded: letters and digits as AppendFolded makes them, everything else (spaces,
// "@", ".", invalid bytes) kept as it is, so an e-mail address stays one.
std::string FoldForSearch(std::string_view text);

}  // namespace koers::core
