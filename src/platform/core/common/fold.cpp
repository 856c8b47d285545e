#include "platform/core/common/fold.hpp"

#include "platform/core/common/utf8.hpp"

namespace koers::core {
namespace {

// Latin-1 Supplement U+00C0..U+00FF and Latin Extended-A U+0100..U+017F, folded to a base
// letter. ' ' separates words; '1' = "ae", '2' = "th", '3' = "ss", '4' = "ij", '5' = "oe".
constexpr std::string_view kLatin1 =
    "aaaaaa1ceeeeiiiidnooooo ouuuuy23"
    "aaaaaa1ceeeeiiiidnooooo ouuuuy2y";
constexpr std::string_view kLatinExtA =
    "aaaaaaccccccccdd"
    "ddeeeeeeeeeegggg"
    "gggghhhhiiiiiiii"
    "ii44jjkkklllllll"
    "lllnnnnnnnnnoooo"
    "oo55rrrrrrssssss"
    "ssttttttuuuuuuuu"
    "uuuuwwyyyzzzzzzs";

bool AppendCode(char c, std::string& out) {
    switch (c) {
        case ' ':
            return false;
        case '1':
            out += "ae";
            return true;
        case '2':
            out += "th";
            return true;
        case '3':
            out += "ss";
            return true;
        case '4':
            out += "ij";
            return true;
        case '5':
            out += "oe";
            return true;
        default:
            out.push_back(c);
            return true;
    }
}

}  // namespace

long DecodeUtf8(std::string_view text, size_t& i) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    int len = b0 >= 0xF0 && b0 < 0xF5 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 && b0 < 0xE0 ? 2 : 0;
    if (len == 0 || i + len > text.size()) {
        ++i;
        return -1;
    }
    long cp = b0 & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(text[i + k]);
        if ((b & 0xC0) != 0x80) {
            ++i;
            return -1;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    const bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++i;
        return -1;
    }
    i += len;
    return cp;
}

bool AppendFolded(long cp, std::string& out) {
    if (cp < 0x80) {
        const char c = static_cast<char>(cp);
        if (c >= 'a' && c <= 'z') return out.push_back(c), true;
        if (c >= '0' && c <= '9') return out.push_back(c), true;
        if (c >= 'A' && c <= 'Z') return out.push_back(static_cast<char>(c - 'A' + 'a')), true;
        return false;
    }
    if (cp < 0xC0) return false;  // Latin-1 punctuation and symbols
    if (cp < 0x100) return AppendCode(kLatin1[cp - 0xC0], out);
    if (cp < 0x180) return AppendCode(kLatinExtA[cp - 0x100], out);
    // Punctuation, symbols and spaces of the other blocks separate words.
    if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFEFF ||
        (cp >= 0xFE00 && cp <= 0xFE0F) || cp >= 0x1F000)
        return false;
    AppendUtf8(static_cast<uint32_t>(cp), out);  // other scripts: kept as they are
    return true;
}

std::string FoldForSearch(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        const size_t start = i;
        const long cp = DecodeUtf8(text, i);
        if (cp < 0 || !AppendFolded(cp, out)) out.append(text.substr(start, i - start));
    }
    return out;
}

}  // namespace koers::core
