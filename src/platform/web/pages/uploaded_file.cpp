#include "platform/web/pages/uploaded_file.hpp"

#include <cstdio>

#include "platform/core/common/dates.hpp"
#include "platform/core/common/file_type.hpp"
#include "platform/web/http/router.hpp"

namespace koers::web {

std::optional<UploadedFile> CheckUploadedFile(const Ctx& ctx, core::Validation& v, int& status,
                                              bool required) {
    const bool none = ctx.files.empty() || ctx.files[0].data.empty();
    if (none && !required) return std::nullopt;
    if (none) {
        v.Add("bestand", "Kies een bestand om toe te voegen.");
        status = 400;
        return std::nullopt;
    }
    const auto& f = ctx.files[0];
    if (ctx.files.size() > 1) {
        v.Add("bestand", "Voeg één bestand tegelijk toe.");
        status = 400;
    } else if (f.data.size() > core::kMaxAttachmentBytes) {
        v.Add("bestand", "Dit bestand is groter dan " +
                             HumanSize(static_cast<int64_t>(core::kMaxAttachmentBytes)) +
                             ". Maak het kleiner, of zet het online en bewaar de link.");
        status = 413;
    } else if (const auto type = core::DetectFileType(f.data); !type) {
        v.Add("bestand",
              "Dit soort bestand kan niet. Gebruik PDF, Word (docx), Excel (xlsx), PowerPoint "
              "(pptx), OpenDocument (odt, ods, odp) of een afbeelding (PNG, JPEG, GIF, WebP).");
        status = 415;
    } else {
        return UploadedFile{core::SafeFileName(f.filename, type->extension),
                            std::string(type->media_type), &f.data};
    }
    return std::nullopt;
}

std::optional<UploadedFile> CheckTitledFile(const Ctx& ctx, core::Validation& v, int& status) {
    const std::string typed = ctx.Field("titel");
    if (typed.size() > core::kMaxAttachmentTitle) {
        v.Add("titel", "Maak de titel korter: hoogstens " +
                           std::to_string(core::kMaxAttachmentTitle) + " tekens.");
        status = 400;
        return std::nullopt;
    }
    auto file = CheckUploadedFile(ctx, v, status, true);
    if (file) file->title = core::AttachmentTitle(typed, ctx.files[0].filename);
    return file;
}

View StoredFileView(const storage::StoredFile& f, std::string href) {
    View item = Object();
    item.set("title", f.title);
    item.set("href", std::move(href));
    item.set("kind", std::string(core::FileKindLabel(f.media_type)));
    item.set("size", HumanSize(f.size));
    item.set("date", core::FormatDateLong(f.uploaded_at));
    return item;
}

std::string RefusedFile(storage::FileRefusal why, const storage::FileLimits& limits,
                        std::string_view owner) {
    switch (why) {
        case storage::FileRefusal::kTooMany:
            return "Bij " + std::string(owner) + " staan al " +
                   std::to_string(limits.files_per_owner) +
                   " bestanden. Verwijder eerst wat niet meer nodig is.";
        case storage::FileRefusal::kFull:
            return "De bestanden van " + std::string(owner) + " zijn samen al bijna " +
                   HumanSize(limits.bytes_per_owner) + ". Verwijder eerst wat niet meer nodig is.";
        case storage::FileRefusal::kNoOwner:
            break;
    }
    return "Dit kan niet meer: " + std::string(owner) + " is er niet meer.";
}

std::string HumanSize(int64_t bytes) {
    char buf[32];
    if (bytes >= int64_t{1024} * 1024)
        std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    else
        std::snprintf(buf, sizeof buf, "%lld kB", static_cast<long long>((bytes + 1023) / 1024));
    std::string s = buf;
    if (const auto zero = s.find(".0 MB"); zero != std::string::npos) s.erase(zero, 2);  // "10 MB"
    for (char& c : s)
        if (c == '.') c = ',';
    return s;
}

}  // namespace koers::web
