#pragma once
// The one file of an upload form ("bestand"), checked by its content (core::DetectFileType),
// never by its name: PDF, Word, Excel, PowerPoint, OpenDocument or an image, at most
// core::kMaxAttachmentBytes. The one way every module takes a file to keep (content attachments,
// dossier evidence, a network's documents).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "platform/core/common/validation.hpp"
#include "platform/storage/file_table.hpp"
#include "platform/web/render/view.hpp"

namespace koers::web {

struct Ctx;

struct UploadedFile {
    std::string name;                   // safe to show and send (core::SafeFileName)
    std::string media_type;             // what the bytes are
    const std::string* data = nullptr;  // the request's bytes
    std::string title;  // CheckTitledFile: what was typed in "titel", else from the file's name
};

// The checked file; otherwise nullopt with the reason under "bestand" in `v` and in `status`
// 400 (several files, or none when `required`), 413 (too large) or 415 (a kind Koers does not
// keep). No file when it is not `required` is nullopt without a reason.
std::optional<UploadedFile> CheckUploadedFile(const Ctx& ctx, core::Validation& v, int& status,
                                              bool required);

// Why a file could not be added to `owner` ("dit netwerk", "deze bijeenkomst"), in words for
// who uploaded it.
std::string RefusedFile(storage::FileRefusal why, const storage::FileLimits& limits,
                        std::string_view owner);

// The file of a form that also asks for its title ("titel", not required: core::AttachmentTitle
// makes one from the file's name); a title that is too long is a 400 under "titel".
std::optional<UploadedFile> CheckTitledFile(const Ctx& ctx, core::Validation& v, int& status);

// A stored file as a list shows it: title, href, kind ("PDF"), size, date.
View StoredFileView(const storage::StoredFile& f, std::string href);

// A file size as people read it: "840 kB", "2,4 MB", "10 MB".
std::string HumanSize(int64_t bytes);

}  // namespace koers::web
