#include "platform/web/render/qr_svg.hpp"

#include <qrencode.h>

#include <memory>
#include <stdexcept>

#include "platform/web/render/mustache.hpp"

namespace koers::web {

std::string QrSvg(std::string_view text, std::string_view title) {
    const std::string input(text);
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(input.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code) throw std::runtime_error("QR code: text cannot be encoded");
    const int width = code->width;
    constexpr int kQuiet = 4;
    const std::string size = std::to_string(width + 2 * kQuiet);
    std::string out = "<svg class=\"koers-qr\" viewBox=\"0 0 " + size + " " + size +
                      "\" role=\"img\" shape-rendering=\"crispEdges\" "
                      "xmlns=\"http://www.w3.org/2000/svg\"><title>";
    AppendEscaped(title, out);
    out += "</title><rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/><path d=\"";
    // One horizontal run of dark modules per path segment (bit 0 of each byte is "dark").
    for (int y = 0; y < width; ++y) {
        int x = 0;
        while (x < width) {
            if ((code->data[y * width + x] & 1) == 0) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < width && (code->data[y * width + x + run] & 1) != 0) ++run;
            out += "M" + std::to_string(x + kQuiet) + " " + std::to_string(y + kQuiet) + "h" +
                   std::to_string(run) + "v1h-" + std::to_string(run) + "z";
            x += run;
        }
    }
    out += "\" fill=\"#000\"/></svg>";
    return out;
}

}  // namespace koers::web
