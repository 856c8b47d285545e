#include "platform/web/http/compression.hpp"

#include <brotli/encode.h>
#include <zlib.h>

#include <stdexcept>

namespace koers::web {
namespace {

constexpr size_t kMinBytes = 1024;
// Per response: fast levels, most of the gain for little time.
constexpr int kPageGzipLevel = 5;
constexpr int kPageBrotliQuality = 4;

std::string_view Trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool SameWord(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
    return true;
}

// The q-value of a coding in Accept-Encoding: -1 when not named.
double QualityOf(std::string_view header, std::string_view coding) {
    double star = -1;
    size_t at = 0;
    while (at <= header.size()) {
        const size_t comma = std::min(header.find(',', at), header.size());
        std::string_view item = header.substr(at, comma - at);
        at = comma + 1;
        double q = 1;
        if (const size_t semi = item.find(';'); semi != std::string_view::npos) {
            std::string_view param = Trim(item.substr(semi + 1));
            item = item.substr(0, semi);
            if (param.size() >= 2 && (param[0] == 'q' || param[0] == 'Q') && param[1] == '=') {
                try {
                    q = std::stod(std::string(param.substr(2)));
                } catch (const std::exception&) {
                    q = 0;
                }
            }
        }
        item = Trim(item);
        if (SameWord(item, coding)) return q;
        if (item == "*") star = q;
    }
    return star;
}

std::string Gzip(std::string_view data, int level) {
    z_stream z{};
    // 15 + 16: a gzip wrapper; 8: zlib's default memory level.
    if (deflateInit2(&z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("gzip: kan niet beginnen");
    std::string out(deflateBound(&z, static_cast<uLong>(data.size())), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int done = deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    if (done != Z_STREAM_END) throw std::runtime_error("gzip: mislukt");
    return out;
}

std::string Brotli(std::string_view data, int quality) {
    size_t size = BrotliEncoderMaxCompressedSize(data.size());
    std::string out(size, '\0');
    if (BrotliEncoderCompress(quality, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, data.size(),
                              reinterpret_cast<const uint8_t*>(data.data()), &size,
                              reinterpret_cast<uint8_t*>(out.data())) == BROTLI_FALSE)
        throw std::runtime_error("brotli: mislukt");
    out.resize(size);
    return out;
}

}  // namespace

Encoding AcceptedEncoding(std::string_view accept_encoding) {
    if (QualityOf(accept_encoding, "br") > 0) return Encoding::kBrotli;
    if (QualityOf(accept_encoding, "gzip") > 0) return Encoding::kGzip;
    return Encoding::kIdentity;
}

std::string_view EncodingName(Encoding e) {
    switch (e) {
        case Encoding::kBrotli:
            return "br";
        case Encoding::kGzip:
            return "gzip";
        case Encoding::kIdentity:
            break;
    }
    return "";
}

bool Compressible(std::string_view type) {
    return type.starts_with("text/") || type.starts_with("application/json") ||
           type.starts_with("application/javascript") || type.starts_with("image/svg+xml") ||
           type.starts_with("application/xml") || type.starts_with("application/atom+xml") ||
           type.starts_with("application/rss+xml") || type.starts_with("application/schema+json");
}

std::string Compress(std::string_view data, Encoding e, int level) {
    switch (e) {
        case Encoding::kBrotli:
            return Brotli(data, level);
        case Encoding::kGzip:
            return Gzip(data, level);
        case Encoding::kIdentity:
            break;
    }
    return std::string(data);
}

void CompressResponse(const Request& req, Response& res) {
    if (!Compressible(res.content_type)) return;
    res.SetHeader("Vary", "Accept-Encoding");
    if (res.Header("content-encoding") || !res.static_body.empty() || res.body.size() < kMinBytes)
        return;
    const Encoding e = AcceptedEncoding(req.Header("accept-encoding").value_or(""));
    if (e == Encoding::kIdentity) return;
    std::string packed =
        Compress(res.body, e, e == Encoding::kBrotli ? kPageBrotliQuality : kPageGzipLevel);
    if (packed.size() >= res.body.size()) return;
    res.body = std::move(packed);
    res.SetHeader("Content-Encoding", std::string(EncodingName(e)));
}

}  // namespace koers::web
