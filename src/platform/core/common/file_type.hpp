#pragma once
// What an uploaded file really is, judged by its first bytes (never by its name), and a name for
// it that is safe to show and to send. Used for content attachments and dossier evidence alike.
#include <optional>
#include <string>
#include <string_view>

namespace koers::core {

struct FileType {
    std::string_view media_type;  // "application/pdf"
    std::string_view extension;   // "pdf"
    bool image = false;           // may serve as a cover image
};

// PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG, JPEG, GIF or WebP; nullopt for anything else.
std::optional<FileType> DetectFileType(std::string_view bytes);

// What a person calls a file of a type DetectFileType knows: "PDF", "Word", "PowerPoint",
// "OpenDocument-tekst", "Afbeelding"; "Bestand" for any other.
std::string_view FileKindLabel(std::string_view media_type);

inline constexpr size_t kMaxAttachmentBytes = size_t{10} * 1024 * 1024;

// A file name safe to show and to put in Content-Disposition: the base name, without path or
// control characters, at most 120 bytes, ending in the detected extension.
std::string SafeFileName(std::string_view name, std::string_view extension);

// The title an uploaded file is shown by: what the person typed (trimmed, at most
// kMaxAttachmentTitle bytes, cut at a whole character), or else the name the file came with,
// without folder and extension, '-' and '_' read as spaces ("Werkblad_gesprek-v2.docx" is
// "Werkblad gesprek v2").
inline constexpr size_t kMaxAttachmentTitle = 200;
std::string AttachmentTitle(std::string_view typed, std::string_view original_name);

}  // namespace koers::core
