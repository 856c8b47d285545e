#pragma once
// The readable text of an office document's XML part (a Word document.xml, an OpenDocument
// content.xml, a slide, a workbook's shared strings), for search: the characters between the
// tags, entities decoded, a line break where a paragraph or row ends and a space between cells
// and at tabs. Runs inside a paragraph are joined without a space, as Word splits words into runs.
// Pure; the web layer unpacks the archive or reads the PDF (web/attachment_text).
#include <cstddef>
#include <string>
#include <string_view>

namespace koers::core {

// Text kept per attachment: enough for a long handreiking, bounded for the search index.
inline constexpr size_t kMaxAttachmentText = 100'000;

// Appends the text of `xml` to `out`, up to `max_bytes` in all.
void AppendXmlText(std::string_view xml, std::string& out, size_t max_bytes = kMaxAttachmentText);

}  // namespace koers::core
