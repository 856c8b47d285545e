#pragma once
// The status line and headers of a response as Koers writes them on the wire.
#include <cstddef>
#include <cstdint>
#include <string>

#include "platform/web/http/message.hpp"

namespace koers::web {

// The status line and headers of `r` as sent on the wire, ending with the blank line. Header
// lines whose name or value contain CR, LF or NUL are left out (no header injection).
// Content-Length is `content_length` (the body size even for HEAD).
std::string SerializeHead(const Response& r, size_t content_length, unsigned version,
                          bool keep_alive);

// `unix_seconds` as an HTTP date ("Mon, 30 Nov 2026 17:48:00 GMT").
std::string HttpDate(int64_t unix_seconds);

}  // namespace koers::web
