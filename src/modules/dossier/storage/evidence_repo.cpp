#include "modules/dossier/storage/evidence_repo.hpp"

namespace koers::storage {
namespace {

constexpr const char* kFileColumns =
    "SELECT id, entry_id, name, media_type, size, created_at FROM dossier_files ";

EvidenceFile ToFile(const Row& r) {
    return {r.Int("id"),          r.Int("entry_id"), r.Text("name"),
            r.Text("media_type"), r.Int("size"),     r.Int("created_at")};
}

}  // namespace

std::variant<int64_t, EvidenceRefusal> EvidenceRepo::Add(int64_t student_id, int64_t entry_id,
                                                         const std::string& name,
                                                         const std::string& media_type,
                                                         const std::string& data, int64_t now,
                                                         const EvidenceLimits& limits) {
    std::variant<int64_t, EvidenceRefusal> out = EvidenceRefusal::kNoEntry;
    db_.Transaction([&](Connection& c) {
        // The enrolment's row serialises two uploads that check the same limits.
        c.QueryOne(std::string("SELECT id FROM students WHERE id = ?") + std::string(c.ForUpdate()),
                   {student_id});
        if (!c.QueryOne("SELECT id FROM dossier_entries WHERE id = ? AND student_id = ? AND "
                        "deleted_at IS NULL",
                        {entry_id, student_id}))
            return;
        const auto counts = c.QueryOne(
            "SELECT COUNT(CASE WHEN entry_id = ? THEN 1 END) AS files, COALESCE(SUM(size), 0) "
            "AS bytes FROM dossier_files WHERE student_id = ?",
            {entry_id, student_id});
        if (counts->Int("files") >= limits.files_per_entry) {
            out = EvidenceRefusal::kTooManyFiles;
            return;
        }
        if (counts->Int("bytes") + static_cast<int64_t>(data.size()) > limits.bytes_per_student) {
            out = EvidenceRefusal::kQuotaFull;
            return;
        }
        out = c.InsertReturningId(
            "INSERT INTO dossier_files (entry_id, student_id, name, media_type, size, data, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            {entry_id, student_id, name, media_type, static_cast<int64_t>(data.size()), Blob{data},
             now});
    });
    return out;
}

std::vector<EvidenceFile> EvidenceRepo::Files(int64_t student_id, int64_t entry_id) {
    return db_.Use([&](Connection& c) {
        std::vector<EvidenceFile> out;
        for (const auto& r : c.Query(
                 std::string(kFileColumns) + "WHERE student_id = ? AND entry_id = ? ORDER BY id",
                 {student_id, entry_id}))
            out.push_back(ToFile(r));
        return out;
    });
}

std::map<int64_t, std::vector<EvidenceFile>> EvidenceRepo::FilesOfStudent(int64_t student_id) {
    return db_.Use([&](Connection& c) {
        std::map<int64_t, std::vector<EvidenceFile>> out;
        for (const auto& r :
             c.Query(std::string(kFileColumns) + "WHERE student_id = ? ORDER BY id", {student_id}))
            out[r.Int("entry_id")].push_back(ToFile(r));
        return out;
    });
}

std::optional<std::string> EvidenceRepo::Data(int64_t student_id, int64_t file_id) {
    return db_.Use([&](Connection& c) -> std::optional<std::string> {
        auto r = c.QueryOne("SELECT data FROM dossier_files WHERE id = ? AND student_id = ?",
                            {file_id, student_id});
        if (!r) return std::nullopt;
        return r->Text("data");
    });
}

bool EvidenceRepo::Remove(int64_t student_id, int64_t entry_id, int64_t file_id) {
    return db_.Use([&](Connection& c) {
        return c.Execute(
                   "DELETE FROM dossier_files WHERE id = ? AND entry_id = ? AND student_id = ?",
                   {file_id, entry_id, student_id}) > 0;
    });
}

}  // namespace koers::storage
