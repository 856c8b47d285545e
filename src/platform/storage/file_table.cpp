#include "platform/storage/file_table.hpp"

namespace koers::storage {
namespace {

StoredFile ToFile(const Row& r) {
    return {r.Int("id"),          r.Int("owner_id"), r.Text("title"),     r.Text("name"),
            r.Text("media_type"), r.Int("size"),     r.Int("uploaded_at")};
}

std::string Str(std::string_view s) { return std::string(s); }

}  // namespace

std::string FileTable::Select() const {
    return "SELECT id, " + Str(spec_.owner_column) +
           " AS owner_id, title, name, media_type, size, uploaded_at FROM " + Str(spec_.table) +
           " ";
}

std::variant<int64_t, FileRefusal> FileTable::Add(const StoredFile& file, const std::string& data,
                                                  std::optional<int64_t> user_id,
                                                  const FileLimits& limits) {
    std::variant<int64_t, FileRefusal> out = FileRefusal::kNoOwner;
    const std::string owner = Str(spec_.owner_column), table = Str(spec_.table);
    db_.Transaction([&](Connection& c) {
        // The owner's row serialises two uploads that check the same limits.
        if (!c.QueryOne(
                "SELECT id FROM " + Str(spec_.owner_table) + " WHERE id = ?" + Str(c.ForUpdate()),
                {file.owner_id}))
            return;
        const auto counts = c.QueryOne(
            "SELECT COUNT(*) AS files, COALESCE(SUM(size), 0) AS bytes "
            "FROM " +
                table + " WHERE " + owner + " = ?",
            {file.owner_id});
        if (counts->Int("files") >= limits.files_per_owner) {
            out = FileRefusal::kTooMany;
            return;
        }
        if (counts->Int("bytes") + static_cast<int64_t>(data.size()) > limits.bytes_per_owner) {
            out = FileRefusal::kFull;
            return;
        }
        out = c.InsertReturningId(
            "INSERT INTO " + table + " (" + owner +
                ", title, name, media_type, size, data, uploaded_by, uploaded_at) VALUES (?, ?, "
                "?, ?, ?, ?, ?, ?) RETURNING id",
            {file.owner_id, file.title, file.name, file.media_type,
             static_cast<int64_t>(data.size()), Blob{data}, Opt(user_id), file.uploaded_at});
    });
    return out;
}

std::vector<StoredFile> FileTable::Of(int64_t owner_id) {
    return db_.Use([&](Connection& c) {
        std::vector<StoredFile> out;
        for (const auto& r : c.Query(Select() + "WHERE " + Str(spec_.owner_column) +
                                         " = ? ORDER BY uploaded_at DESC, id DESC",
                                     {owner_id}))
            out.push_back(ToFile(r));
        return out;
    });
}

std::optional<StoredFile> FileTable::Find(int64_t owner_id, int64_t file_id) {
    return db_.Use([&](Connection& c) -> std::optional<StoredFile> {
        auto r = c.QueryOne(Select() + "WHERE id = ? AND " + Str(spec_.owner_column) + " = ?",
                            {file_id, owner_id});
        if (!r) return std::nullopt;
        return ToFile(*r);
    });
}

std::optional<std::string> FileTable::Data(int64_t owner_id, int64_t file_id) {
    return db_.Use([&](Connection& c) -> std::optional<std::string> {
        auto r = c.QueryOne("SELECT data FROM " + Str(spec_.table) + " WHERE id = ? AND " +
                                Str(spec_.owner_column) + " = ?",
                            {file_id, owner_id});
        if (!r) return std::nullopt;
        return r->Text("data");
    });
}

bool FileTable::Remove(int64_t owner_id, int64_t file_id) {
    return db_.Use([&](Connection& c) {
        return c.Execute("DELETE FROM " + Str(spec_.table) + " WHERE id = ? AND " +
                             Str(spec_.owner_column) + " = ?",
                         {file_id, owner_id}) > 0;
    });
}

std::vector<int64_t> FileTable::Census() {
    return db_.Use([&](Connection& c) {
        const auto n = c.QueryOne(
            "SELECT COUNT(*) AS files, COALESCE(SUM(size), 0) AS bytes FROM " + Str(spec_.table));
        return std::vector<int64_t>{n->Int("files"), n->Int("bytes")};
    });
}

}  // namespace koers::storage
