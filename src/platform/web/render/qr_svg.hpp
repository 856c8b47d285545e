#pragma once
// QR codes as SVG (libqrencode), for the open links of a LOB-scan round shown in a meeting.
#include <string>
#include <string_view>

namespace koers::web {

// An SVG of `text` as a QR code (error correction level M, a four-module quiet zone), with
// `title` as its accessible name. Throws std::runtime_error when the text is too long to encode.
std::string QrSvg(std::string_view text, std::string_view title);

}  // namespace koers::web
