#include "platform/core/common/file_type.hpp"

#include <cctype>

namespace koers::core {
namespace {

// The base letter of a Latin-1 letter with a diacritic (U+00C0..U+00FF) in lower case, or '\0'
// for the others there (×, ÷, ß, æ, ð, þ).
char BaseLetter(unsigned cp) {
    static constexpr std::string_view kBase =
        "aaaaaa.ceeeeiiii.nooooo.ouuuuy..aaaaaa.ceeeeiiii.nooooo.ouuuuy.y";  // '.' has no base
                                                                             // letter
    if (cp < 0xC0 || cp > 0xFF) return '\0';
    const char c = kBase[cp - 0xC0];
    return c == '.' ? '\0' : c;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

}  // namespace

std::optional<FileType> DetectFileType(std::string_view b) {
    using namespace std::string_view_literals;
    if (StartsWith(b, "%PDF-")) return FileType{"application/pdf", "pdf", false};
    if (StartsWith(b, "\x89PNG\r\n\x1a\n"sv)) return FileType{"image/png", "png", true};
    if (StartsWith(b, "\xFF\xD8\xFF"sv)) return FileType{"image/jpeg", "jpg", true};
    if (StartsWith(b, "GIF87a") || StartsWith(b, "GIF89a"))
        return FileType{"image/gif", "gif", true};
    if (b.size() >= 12 && StartsWith(b, "RIFF") && b.substr(8, 4) == "WEBP")
        return FileType{"image/webp", "webp", true};
    // Office Open XML files are ZIP archives; the member names tell Word from Excel.
    if (StartsWith(b, "PK\x03\x04"sv) && b.find("[Content_Types].xml") != std::string_view::npos) {
        if (b.find("word/") != std::string_view::npos)
            return FileType{
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
                false};
        if (b.find("xl/") != std::string_view::npos)
            return FileType{"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            "xlsx", false};
    }
    return std::nullopt;
}

std::string SafeFileName(std::string_view name, std::string_view extension) {
    if (auto slash = name.find_last_of("/\\"); slash != std::string_view::npos)
        name = name.substr(slash + 1);
    if (auto dot = name.rfind('.'); dot != std::string_view::npos && dot > 0)
        name = name.substr(0, dot);
    // Letters and digits in lower case, diacritics dropped ("é" is "e"); anything else separates
    // words with one "-"; other characters are left out.
    std::string base;
    bool gap = false;
    for (size_t i = 0; i < name.size() && base.size() < 100; ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        char out = '\0';
        if (c < 0x80 && std::isalnum(c)) {
            out = static_cast<char>(std::tolower(c));
        } else if ((c & 0xE0) == 0xC0 && i + 1 < name.size()) {  // a two-byte UTF-8 sequence
            const unsigned cp =
                ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(name[i + 1]) & 0x3Fu);
            out = BaseLetter(cp);
            ++i;
        }
        if (out == '\0') {
            gap = !base.empty();
            continue;
        }
        if (gap) base.push_back('-');
        gap = false;
        base.push_back(out);
    }
    if (base.empty()) base = "bestand";
    return base + "." + std::string(extension);
}

}  // namespace koers::core
