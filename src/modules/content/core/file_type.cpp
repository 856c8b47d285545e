#include "modules/content/core/file_type.hpp"

#include "modules/content/core/search/text.hpp"

namespace koers::core {
namespace {

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
    std::string base;
    ForEachToken(name, [&](const Token& t) {
        for (char c : t.word)
            if (static_cast<unsigned char>(c) >= 0x80) return;
        if (base.size() + t.word.size() + 1 > 100) return;
        if (!base.empty()) base.push_back('-');
        base += t.word;
    });
    if (base.empty()) base = "bestand";
    return base + "." + std::string(extension);
}

}  // namespace koers::core
