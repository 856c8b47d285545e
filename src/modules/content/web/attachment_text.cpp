#include "modules/content/web/attachment_text.hpp"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <mutex>
#include <vector>

#include "modules/content/core/document_text.hpp"
#include "modules/content/storage/content_repo.hpp"
#include "platform/core/common/utf8.hpp"
#include "platform/web/render/zip_archive.hpp"

namespace koers::web {
namespace {

using core::kMaxAttachmentText;

std::string PdfText(std::string_view bytes) {
    // Poppler reports damaged files on stderr; a broken upload is not the operator's business.
    static std::once_flag quiet;
    std::call_once(quiet, [] {
        poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
    });
    if (bytes.size() > static_cast<size_t>(INT_MAX)) return "";
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc || doc->is_locked()) return "";
    std::string out;
    const int pages = std::min(doc->pages(), static_cast<int>(kMaxPdfPages));
    for (int i = 0; i < pages && out.size() < kMaxAttachmentText; ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page) continue;
        const std::vector<char> text = page->text().to_utf8();
        if (text.empty()) continue;
        if (!out.empty()) out += '\n';
        out.append(text.data(), text.size());
    }
    return std::string(core::CutUtf8(out, kMaxAttachmentText));
}

// The number in "ppt/slides/slide12.xml", to read the slides in their order.
int SlideNumber(const std::string& name) {
    int n = 0;
    for (char c : name)
        if (c >= '0' && c <= '9') n = std::min(n * 10 + (c - '0'), 1'000'000);
    return n;
}

std::string OfficeText(std::string_view bytes, std::string_view media_type) {
    const ZipRead zip = ReadZip(bytes);
    if (zip.problem) return "";
    std::vector<const ZipFile*> parts;
    for (const auto& f : zip.files) {
        const std::string_view n = f.name;
        const bool wanted = media_type.find("opendocument") != std::string_view::npos
                                ? n == "content.xml"
                            : media_type.find("wordprocessingml") != std::string_view::npos
                                ? n == "word/document.xml"
                            : media_type.find("spreadsheetml") != std::string_view::npos
                                ? n == "xl/sharedStrings.xml"
                                : n.starts_with("ppt/slides/slide") && n.ends_with(".xml");
        if (wanted) parts.push_back(&f);
    }
    std::sort(parts.begin(), parts.end(), [](const ZipFile* a, const ZipFile* b) {
        return SlideNumber(a->name) < SlideNumber(b->name);
    });
    std::string out;
    for (const ZipFile* f : parts) {
        if (!out.empty() && out.back() != '\n') out += '\n';
        core::AppendXmlText(f->data, out);
    }
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out;
}

}  // namespace

std::string AttachmentText(std::string_view bytes, std::string_view media_type) {
    if (media_type == "application/pdf") return PdfText(bytes);
    if (media_type.starts_with("application/vnd.")) return OfficeText(bytes, media_type);
    return "";
}

size_t ReadMissingAttachmentTexts(storage::ContentRepo& content) {
    size_t read = 0;
    for (;;) {
        const auto batch = content.AttachmentsWithoutText(50);
        if (batch.empty()) return read;
        for (const auto& a : batch) {
            const auto data = content.AttachmentData(a.id);
            content.SetAttachmentText(a.id, data ? AttachmentText(*data, a.media_type) : "");
            ++read;
        }
    }
}

}  // namespace koers::web
