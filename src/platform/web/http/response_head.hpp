#pragma once
// The status line and headers of a response as Koers writes them on the wire.
#include <cstddef>
#include <string>

#include "platform/web/http/message.hpp"

namespace koers::web {

// The status line and headers of `r` as sent on the wire, ending with the blank line. Header
// lines whose name or value contain CR, LF or NUL are left out (no header injection).
// Content-Length is `content_length` (the body size even for HEAD).
std::string SerializeHead(const Response& r, size_t content_length, unsigned version,
                          bool keep_alive);

}  // namespace koers::web
