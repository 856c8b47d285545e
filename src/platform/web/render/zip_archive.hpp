#pragma once
// Zip archives in memory with libzip: written for downloads (a loopbaandossier as readable
// files) and read from uploads (that download, taken along to another Koers). Names are the
// caller's constants or cleaned by it; none may climb out of the archive. Reading trusts nothing
// the archive says about itself: sizes are counted while inflating, so a zip bomb stops at the
// limit.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace koers::web {

struct ZipFile {
    std::string name;  // "index.html", "bestanden/foto.jpg"
    std::string data;
};

// The bytes of a zip archive holding `files` (deflated). Throws std::invalid_argument for a
// name that is empty, absolute or holds "..", std::runtime_error when libzip fails.
std::string ZipArchive(const std::vector<ZipFile>& files);

// Limits on reading an uploaded archive.
struct ZipLimits {
    size_t max_files = 1000;
    size_t max_file_bytes = size_t{10} * 1024 * 1024;   // one file, inflated
    size_t max_total_bytes = size_t{50} * 1024 * 1024;  // all files, inflated
};

// Why an archive was not read.
enum class ZipProblem {
    kNotZip,      // not a zip archive, or damaged (a checksum that does not match)
    kUnsafeName,  // a name that is absolute, holds ".." or a backslash
    kTooMany,     // more files than max_files
    kTooLarge,    // a file or all files together larger than the limits
    kEncrypted,   // a file with a password
};

struct ZipRead {
    std::vector<ZipFile> files;         // in the archive's order, folders left out
    std::optional<ZipProblem> problem;  // set: `files` is empty
};

// Reads every file of an archive within `limits`.
ZipRead ReadZip(std::string_view bytes, const ZipLimits& limits = {});

}  // namespace koers::web
