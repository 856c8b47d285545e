#pragma once
// The demo content (demo/*.md in this module, compiled into the binary): news, kennisbank items,
// practice examples, vacancies and pages, written for the demo world.
#include <cstdint>
#include <string>
#include <vector>

#include "platform/storage/db/database.hpp"

namespace koers::modules {

// One item as written in the demo files.
struct DemoItem {
    std::string kind, slug;
    std::vector<std::pair<std::string, std::string>> fields;  // "titel", "datum", ...
    std::string body;
};

// Parses the demo file format: "=== kind | slug", "key: value" lines, "---", Markdown body.
std::vector<DemoItem> ParseDemoContent(std::string_view text);

// Stores every demo item (validated with the same rules as the redactie); returns the count.
// Throws std::runtime_error naming an item that breaks the rules.
int SeedDemoContent(storage::Database& db, int64_t now);

}  // namespace koers::modules
