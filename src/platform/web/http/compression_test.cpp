// Compressed responses: which encoding an Accept-Encoding header asks for, and when a response is
// compressed (large enough, text, not already) with Vary on every text response. The bytes are
// read back with zlib here; the e2e test reads brotli and gzip through a real socket.
#include "platform/web/http/compression.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

namespace koers::web {
namespace {

std::string Gunzip(const std::string& packed) {
    z_stream z{};
    EXPECT_EQ(inflateInit2(&z, 15 + 16), Z_OK);
    std::string out(1 << 20, '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
    z.avail_in = static_cast<uInt>(packed.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    EXPECT_EQ(inflate(&z, Z_FINISH), Z_STREAM_END);
    out.resize(z.total_out);
    inflateEnd(&z);
    return out;
}

TEST(Compression, TheBestEncodingTheBrowserAcceptsIsChosen) {
    EXPECT_EQ(AcceptedEncoding("gzip, deflate, br, zstd"), Encoding::kBrotli);
    EXPECT_EQ(AcceptedEncoding("gzip, deflate"), Encoding::kGzip);
    EXPECT_EQ(AcceptedEncoding("GZIP"), Encoding::kGzip);
    EXPECT_EQ(AcceptedEncoding("br;q=0, gzip;q=0.8"), Encoding::kGzip);
    EXPECT_EQ(AcceptedEncoding("br;q=0, gzip;q=0"), Encoding::kIdentity);
    EXPECT_EQ(AcceptedEncoding("*"), Encoding::kBrotli);
    EXPECT_EQ(AcceptedEncoding("*;q=0"), Encoding::kIdentity);
    EXPECT_EQ(AcceptedEncoding("identity"), Encoding::kIdentity);
    EXPECT_EQ(AcceptedEncoding(""), Encoding::kIdentity);
    EXPECT_EQ(AcceptedEncoding("gzip;q=nonsense, deflate"), Encoding::kIdentity);
}

TEST(Compression, APageIsCompressedWhenItPays) {
    Request req;
    req.headers = {{"accept-encoding", "gzip"}};
    std::string page = "<!doctype html><title>Koers</title>";
    for (int i = 0; i < 100; ++i) page += "<p>Loopbaanoriëntatie en -begeleiding</p>";
    Response res;
    res.body = page;
    CompressResponse(req, res);
    EXPECT_EQ(res.Header("content-encoding"), "gzip");
    EXPECT_EQ(res.Header("vary"), "Accept-Encoding");
    EXPECT_LT(res.body.size(), page.size() / 5);
    EXPECT_EQ(Gunzip(res.body), page);
}

TEST(Compression, SmallBinaryOrUnacceptedResponsesGoAsTheyAre) {
    Request gzip;
    gzip.headers = {{"accept-encoding", "gzip"}};
    Response small;
    small.body = "<p>kort</p>";
    CompressResponse(gzip, small);
    EXPECT_FALSE(small.Header("content-encoding"));
    EXPECT_EQ(small.Header("vary"), "Accept-Encoding") << "a larger page would vary";
    Response zip;
    zip.content_type = "application/zip";
    zip.body = std::string(5000, 'a');
    CompressResponse(gzip, zip);
    EXPECT_FALSE(zip.Header("content-encoding"));
    EXPECT_FALSE(zip.Header("vary"));
    Response plain;
    plain.body = std::string(5000, 'a');
    CompressResponse(Request{}, plain);
    EXPECT_FALSE(plain.Header("content-encoding"));
    EXPECT_EQ(plain.body.size(), 5000u);
}

}  // namespace
}  // namespace koers::web
