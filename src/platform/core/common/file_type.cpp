#include "platform/core/common/file_type.hpp"

#include <cctype>

#include "platform/core/common/utf8.hpp"
#include "platform/core/common/validation.hpp"

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

unsigned Le(std::string_view b, size_t at, size_t bytes) {
    unsigned v = 0;
    for (size_t i = bytes; i-- > 0;) v = (v << 8) | static_cast<unsigned char>(b[at + i]);
    return v;
}

// An OpenDocument file is a ZIP archive whose first member is "mimetype", stored uncompressed,
// holding the document's media type: what it is, read exactly (not somewhere in the bytes).
std::optional<FileType> OpenDocument(std::string_view b) {
    constexpr size_t kHeader = 30;  // a ZIP local file header
    if (b.size() < kHeader || !StartsWith(b, std::string_view("PK\x03\x04", 4))) return {};
    const unsigned method = Le(b, 8, 2), size = Le(b, 18, 4);
    const size_t name_len = Le(b, 26, 2), extra_len = Le(b, 28, 2);
    if (method != 0 || b.substr(kHeader, name_len) != "mimetype") return {};
    const size_t at = kHeader + name_len + extra_len;
    if (at + size > b.size()) return {};
    const std::string_view type = b.substr(at, size);
    if (type == "application/vnd.oasis.opendocument.text")
        return FileType{"application/vnd.oasis.opendocument.text", "odt", false};
    if (type == "application/vnd.oasis.opendocument.spreadsheet")
        return FileType{"application/vnd.oasis.opendocument.spreadsheet", "ods", false};
    if (type == "application/vnd.oasis.opendocument.presentation")
        return FileType{"application/vnd.oasis.opendocument.presentation", "odp", false};
    return {};
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
    if (auto odf = OpenDocument(b)) return odf;
    // Office Open XML files are ZIP archives; the member names tell Word, Excel and PowerPoint.
    if (StartsWith(b, "PK\x03\x04"sv) && b.find("[Content_Types].xml") != std::string_view::npos) {
        if (b.find("word/") != std::string_view::npos)
            return FileType{
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
                false};
        if (b.find("xl/") != std::string_view::npos)
            return FileType{"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            "xlsx", false};
        if (b.find("ppt/") != std::string_view::npos)
            return FileType{
                "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx",
                false};
    }
    return std::nullopt;
}

std::string_view FileKindLabel(std::string_view media_type) {
    constexpr std::pair<std::string_view, std::string_view> kLabels[] = {
        {"application/pdf", "PDF"},
        {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"},
        {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"},
        {"application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint"},
        {"application/vnd.oasis.opendocument.text", "OpenDocument-tekst"},
        {"application/vnd.oasis.opendocument.spreadsheet", "OpenDocument-rekenblad"},
        {"application/vnd.oasis.opendocument.presentation", "OpenDocument-presentatie"},
    };
    for (const auto& [type, label] : kLabels)
        if (type == media_type) return label;
    return media_type.starts_with("image/") ? "Afbeelding" : "Bestand";
}

std::string AttachmentTitle(std::string_view typed, std::string_view original_name) {
    std::string out;
    if (const std::string trimmed = Trim(typed); !trimmed.empty()) {
        for (char c : trimmed)
            if (static_cast<unsigned char>(c) >= 0x20) out.push_back(c);  // no control characters
    } else {
        std::string_view name = original_name;
        if (auto slash = name.find_last_of("/\\"); slash != std::string_view::npos)
            name = name.substr(slash + 1);
        if (auto dot = name.rfind('.'); dot != std::string_view::npos && dot > 0)
            name = name.substr(0, dot);
        for (char c : Trim(name)) {
            if (c == '-' || c == '_') c = ' ';
            if (static_cast<unsigned char>(c) < 0x20) continue;  // no control characters
            if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
            out.push_back(c);
        }
        while (!out.empty() && out.back() == ' ') out.pop_back();
    }
    out.resize(CutUtf8(out, kMaxAttachmentTitle).size());
    return out;
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
