#pragma once
// What is done to UTF-8 text in many places: counting its characters (a limit of 200 characters
// means 200 "é" too), cutting it short without leaving half a character, writing a code point.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace koers::core {

// Whether `c` continues a character begun by an earlier byte (10xxxxxx).
constexpr bool IsUtf8Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The number of characters of `text` (bytes that begin one).
constexpr size_t Utf8Length(std::string_view text) {
    size_t n = 0;
    for (char c : text) n += !IsUtf8Continuation(c);
    return n;
}

// `text` cut to at most `max_bytes` at a character boundary.
constexpr std::string_view CutUtf8(std::string_view text, size_t max_bytes) {
    if (text.size() <= max_bytes) return text;
    size_t end = max_bytes;
    while (end > 0 && IsUtf8Continuation(text[end])) --end;
    return text.substr(0, end);
}

// Appends code point `cp`; one that is no character (0, a surrogate, above U+10FFFF) appends
// nothing.
inline void AppendUtf8(uint32_t cp, std::string& out) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

}  // namespace koers::core
