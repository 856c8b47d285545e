// Fuzz target: multipart/form-data bodies (file uploads) and file-type detection.
#include <cstddef>
#include <cstdint>
#include <string>

#include "platform/core/common/file_type.hpp"
#include "platform/web/http/multipart.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string in(reinterpret_cast<const char*>(data), size);
    const size_t split = in.find('\n');
    const std::string type = split == std::string::npos ? in : in.substr(0, split);
    const std::string body = split == std::string::npos ? "" : in.substr(split + 1);
    if (auto parts = koers::web::ParseMultipart(type, body)) {
        if (parts->size() > koers::web::kMaxFormParts) __builtin_trap();
        for (const auto& p : *parts) koers::core::SafeFileName(p.filename, "pdf");
    }
    koers::core::DetectFileType(in);
    return 0;
}
