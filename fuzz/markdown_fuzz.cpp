// Fuzz target: Markdown rendering (cmark-gfm in safe mode). Whatever the input, the HTML holds
// no raw <script> and no javascript: link.
#include <cstddef>
#include <cstdint>
#include <string>

#include "platform/web/render/markdown.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 64 * 1024) return 0;
    std::string in(reinterpret_cast<const char*>(data), size);
    const std::string html = koers::web::MarkdownToHtml(in);
    if (html.find("<script") != std::string::npos) __builtin_trap();
    if (html.find("href=\"javascript:") != std::string::npos) __builtin_trap();
    koers::web::MarkdownToText(in);
    return 0;
}
