#pragma once
// The text inside an attachment, for search: PDF through poppler (Debian's libpoppler-cpp),
// Word, PowerPoint, Excel and OpenDocument files through the XML in their zip archive
// (core::AppendXmlText). Images and files without text give "". Nothing an upload holds can
// make it throw or run long: the archive is read within zip limits (a zip bomb stops there), a
// PDF is read for at most kMaxPdfPages pages, and the text is cut at core::kMaxAttachmentText.
#include <cstddef>
#include <string>
#include <string_view>

namespace koers::storage {
class ContentRepo;
}

namespace koers::web {

inline constexpr size_t kMaxPdfPages = 300;

// `media_type` as core::DetectFileType found it ("application/pdf").
std::string AttachmentText(std::string_view bytes, std::string_view media_type);

// Reads the text of attachments stored before Koers read it (at start, before the search index
// is built); returns how many.
size_t ReadMissingAttachmentTexts(storage::ContentRepo& content);

}  // namespace koers::web
