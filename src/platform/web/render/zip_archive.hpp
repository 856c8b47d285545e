#pragma once
// Zip archives for downloads (a loopbaandossier as readable files), written in memory with
// libzip. Names are the caller's constants or cleaned by it; none may climb out of the archive.
#include <string>
#include <vector>

namespace koers::web {

struct ZipFile {
    std::string name;  // "index.html", "bestanden/foto.jpg"
    std::string data;
};

// The bytes of a zip archive holding `files` (deflated). Throws std::invalid_argument for a
// name that is empty, absolute or holds "..", std::runtime_error when libzip fails.
std::string ZipArchive(const std::vector<ZipFile>& files);

}  // namespace koers::web
