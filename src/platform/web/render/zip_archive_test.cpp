// Reading uploaded zip archives: what ZipArchive writes comes back whole; a name that climbs out,
// a bomb that inflates past the limits, too many files, a damaged archive and something that is
// no zip at all are each refused with their reason and no files.
#include "platform/web/render/zip_archive.hpp"

#include <gtest/gtest.h>

namespace koers::web {
namespace {

TEST(ReadZip, WhatZipArchiveWritesComesBackWhole) {
    const std::string photo(100'000, 'x');
    const auto read =
        ReadZip(ZipArchive({{"index.html", "<p>hoi</p>"}, {"bestanden/1-2-foto.png", photo}}));
    ASSERT_FALSE(read.problem);
    ASSERT_EQ(read.files.size(), 2u);
    EXPECT_EQ(read.files[0].name, "index.html");
    EXPECT_EQ(read.files[0].data, "<p>hoi</p>");
    EXPECT_EQ(read.files[1].name, "bestanden/1-2-foto.png");
    EXPECT_EQ(read.files[1].data, photo);
}

TEST(ReadZip, ANameThatClimbsOutIsRefused) {
    std::string zip = ZipArchive({{"aa/passwd", "x"}});
    // The name is in the local header and in the central directory; no checksum covers it.
    for (size_t at = zip.find("aa/passwd"); at != std::string::npos; at = zip.find("aa/passwd"))
        zip.replace(at, 3, "../");
    const auto read = ReadZip(zip);
    EXPECT_EQ(read.problem, ZipProblem::kUnsafeName);
    EXPECT_TRUE(read.files.empty());
}

TEST(ReadZip, ABombStopsAtTheLimitsWhateverItsHeadersSay) {
    const std::string zeros(size_t{11} * 1024 * 1024, '\0');
    const std::string bomb = ZipArchive({{"nullen.bin", zeros}});
    ASSERT_LT(bomb.size(), size_t{100'000});
    EXPECT_EQ(ReadZip(bomb).problem, ZipProblem::kTooLarge);
    const std::string nine(size_t{9} * 1024 * 1024, '\0');
    std::vector<ZipFile> many;
    for (int i = 0; i < 6; ++i) many.push_back({"f" + std::to_string(i), nine});
    EXPECT_EQ(ReadZip(ZipArchive(many)).problem, ZipProblem::kTooLarge) << "54 MB together";
    EXPECT_EQ(ReadZip(ZipArchive({{"a", "1"}, {"b", "2"}, {"c", "3"}}), {.max_files = 2}).problem,
              ZipProblem::kTooMany);
}

TEST(ReadZip, WhatIsNoZipOrIsDamagedIsRefused) {
    EXPECT_EQ(ReadZip("").problem, ZipProblem::kNotZip);
    EXPECT_EQ(ReadZip("PK\x03\x04 geen echt archief").problem, ZipProblem::kNotZip);
    std::string zip = ZipArchive({{"tekst.txt", std::string(5000, 'a') + "einde"}});
    // A byte of the deflated data changed: inflating fails or the checksum does not match.
    auto u16 = [&](size_t at) {
        return static_cast<size_t>(static_cast<unsigned char>(zip[at])) |
               static_cast<size_t>(static_cast<unsigned char>(zip[at + 1])) << 8;
    };
    const size_t data = 30 + u16(26) + u16(28);  // after the local header, its name and extra
    zip[data + 5] = static_cast<char>(zip[data + 5] ^ 0x55);
    EXPECT_EQ(ReadZip(zip).problem, ZipProblem::kNotZip);
}

}  // namespace
}  // namespace koers::web
