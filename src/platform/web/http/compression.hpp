#pragma once
// Compressed responses: brotli or gzip, whichever the browser accepts (brotli first), with
// Debian's libbrotli and zlib. Static files are compressed once, at the best level, the first time
// they are asked for (Assets); pages and JSON are compressed per response at a fast level, when
// they are large enough to pay. Pages carry their CSRF token masked per response (auth/csrf), so
// compression gives nothing away about it.
#include <string>
#include <string_view>

#include "platform/web/http/message.hpp"

namespace koers::web {

enum class Encoding { kIdentity, kGzip, kBrotli };

// The best encoding an Accept-Encoding header accepts: brotli, then gzip, with their q-values
// (q=0 refuses one; "*" stands for any not named).
Encoding AcceptedEncoding(std::string_view accept_encoding);

// "br", "gzip", or "" for identity.
std::string_view EncodingName(Encoding e);

// Whether a media type is text worth compressing (HTML, CSS, JavaScript, JSON, SVG, XML, CSV,
// plain text); fonts and images are compressed already.
bool Compressible(std::string_view content_type);

// `data` compressed; `level` is zlib's 1..9 for gzip and brotli's quality 0..11.
std::string Compress(std::string_view data, Encoding e, int level);

// Compresses a response's own body in place when the request accepts it and it pays: a
// compressible type, at least 1 KB, not compressed already. Adds Vary: Accept-Encoding to every
// compressible response, so caches keep the variants apart.
void CompressResponse(const Request& req, Response& res);

}  // namespace koers::web
