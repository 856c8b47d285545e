#pragma once
// The files of a student's bewijzen: added within limits per entry and per student, in the
// caller's transaction or their own; read back only through the dossier they belong to (a file
// id of another student finds nothing). Thread-safe.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "platform/storage/db/database.hpp"

namespace koers::storage {

struct EvidenceFile {
    int64_t id = 0;
    int64_t entry_id = 0;
    std::string name;
    std::string media_type;
    int64_t size = 0;
    int64_t created_at = 0;
};

struct EvidenceLimits {
    int files_per_entry = 10;
    int64_t bytes_per_student = int64_t{100} * 1024 * 1024;
};

// Why a file was not added.
enum class EvidenceRefusal { kNoEntry, kTooManyFiles, kQuotaFull };

class EvidenceRepo {
public:
    explicit EvidenceRepo(Database& db) : db_(db) {}

    // Adds the file to the student's live entry; the refusal (writing nothing) when the entry is
    // not there or a limit would be passed.
    std::variant<int64_t, EvidenceRefusal> Add(int64_t student_id, int64_t entry_id,
                                               const std::string& name,
                                               const std::string& media_type,
                                               const std::string& data, int64_t now,
                                               const EvidenceLimits& limits);
    std::vector<EvidenceFile> Files(int64_t student_id, int64_t entry_id);
    // Every file of the student, by entry (for the export).
    std::map<int64_t, std::vector<EvidenceFile>> FilesOfStudent(int64_t student_id);
    std::optional<std::string> Data(int64_t student_id, int64_t file_id);
    // False when the file is not one of the entry's.
    bool Remove(int64_t student_id, int64_t entry_id, int64_t file_id);

private:
    Database& db_;
};

}  // namespace koers::storage
