#pragma once
// A module's table of files that each belong to one row of another table (a network's documents,
// an event's presentations): added within limits per owner, read back only through their owner (a
// file id of another owner finds nothing). The table has the columns id, <owner column>, title,
// name, media_type, size, data ({{blob}}), uploaded_by and uploaded_at. Thread-safe.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "platform/storage/db/database.hpp"

namespace koers::storage {

// Where a module keeps its files; the names are the module's constants, never input.
struct FileTableSpec {
    std::string_view table;         // "networks_documents"
    std::string_view owner_column;  // "network_id"
    std::string_view owner_table;   // "networks_networks": its row is locked while adding
};

struct StoredFile {
    int64_t id = 0;
    int64_t owner_id = 0;
    std::string title;       // what the uploader called it
    std::string name;        // the file's safe name
    std::string media_type;  // judged by content
    int64_t size = 0;
    int64_t uploaded_at = 0;
};

struct FileLimits {
    int files_per_owner = 100;
    int64_t bytes_per_owner = int64_t{250} * 1024 * 1024;
};

// Why a file was not added.
enum class FileRefusal { kNoOwner, kTooMany, kFull };

class FileTable {
public:
    FileTable(Database& db, FileTableSpec spec) : db_(db), spec_(spec) {}

    // Adds the file to its owner (`file.owner_id`); the refusal (writing nothing) when the owner
    // is gone or a limit would be passed. Two uploads at once are checked one after the other.
    // `user_id`: who uploaded it (none for demo data).
    std::variant<int64_t, FileRefusal> Add(const StoredFile& file, const std::string& data,
                                           std::optional<int64_t> user_id,
                                           const FileLimits& limits);
    // The latest first.
    std::vector<StoredFile> Of(int64_t owner_id);
    std::optional<StoredFile> Find(int64_t owner_id, int64_t file_id);
    std::optional<std::string> Data(int64_t owner_id, int64_t file_id);
    // False when the owner has no such file.
    bool Remove(int64_t owner_id, int64_t file_id);
    // For the access walk: how many files and bytes are stored.
    std::vector<int64_t> Census();

private:
    std::string Select() const;

    Database& db_;
    FileTableSpec spec_;
};

}  // namespace koers::storage
