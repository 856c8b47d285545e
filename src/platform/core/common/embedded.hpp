#pragma once
// Text files compiled into the binary (migrations, templates); see cmake/embed.cmake.
#include <string_view>
#include <vector>

namespace koers {

struct EmbeddedFile {
    std::string_view name;  // path relative to its folder, e.g. "0001_foundation.sql"
    std::string_view content;
};

// A table of embedded files: the generated <namespace>::Files() of one folder.
using EmbeddedFiles = const std::vector<EmbeddedFile>& (*)();

}  // namespace koers
