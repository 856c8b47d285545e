#include "modules/roster/storage/roster_repo.hpp"

namespace koers::storage {
namespace {

constexpr const char* kImportColumns =
    "SELECT id, school_id, file_name, by_name, created_at, applied_at, undone_at, summary ";

RosterImport ToImport(const Row& r) {
    return {r.Int("id"),       r.Int("school_id"),  r.Text("file_name"),    {},
            r.Text("by_name"), r.Int("created_at"), r.OptInt("applied_at"), r.OptInt("undone_at"),
            r.Text("summary")};
}

}  // namespace

int64_t RosterRepo::AddPreview(int64_t school_id, const std::string& file_name,
                               const std::string& file, std::optional<int64_t> by_id,
                               const std::string& by_name, int64_t now) {
    return db_.Use([&](Connection& c) {
        // A new file replaces the school's previews that were never applied.
        c.Execute("DELETE FROM roster_imports WHERE school_id = ? AND applied_at IS NULL",
                  {school_id});
        return c.InsertReturningId(
            "INSERT INTO roster_imports (school_id, file_name, file, by_id, by_name, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
            {school_id, file_name, Blob{file}, Opt(by_id), by_name, now});
    });
}

std::optional<RosterImport> RosterRepo::Find(int64_t school_id, int64_t id) {
    return db_.Use([&](Connection& c) -> std::optional<RosterImport> {
        auto r = c.QueryOne(std::string(kImportColumns) +
                                ", file FROM roster_imports WHERE id = ? AND school_id = ?",
                            {id, school_id});
        if (!r) return std::nullopt;
        RosterImport out = ToImport(*r);
        out.file = r->Text("file");
        return out;
    });
}

std::vector<RosterImport> RosterRepo::OfSchool(int64_t school_id, int limit) {
    return db_.Use([&](Connection& c) {
        std::vector<RosterImport> out;
        for (const auto& r :
             c.Query(std::string(kImportColumns) + "FROM roster_imports WHERE school_id = ? "
                                                   "ORDER BY created_at DESC, id DESC LIMIT ?",
                     {school_id, int64_t{limit}}))
            out.push_back(ToImport(r));
        return out;
    });
}

std::optional<int64_t> RosterRepo::LastApplied(int64_t school_id) {
    return db_.Use([&](Connection& c) -> std::optional<int64_t> {
        auto r = c.QueryOne(
            "SELECT id, undone_at FROM roster_imports WHERE school_id = ? AND applied_at IS NOT "
            "NULL ORDER BY applied_at DESC, id DESC LIMIT 1",
            {school_id});
        if (!r || !r->IsNull("undone_at")) return std::nullopt;
        return r->Int("id");
    });
}

bool RosterRepo::MarkApplied(int64_t id, const std::string& summary, int64_t now) {
    return db_.Use([&](Connection& c) {
        return c.Execute(
                   "UPDATE roster_imports SET applied_at = ?, summary = ?, file = ? WHERE id = ? "
                   "AND applied_at IS NULL",
                   {now, summary, Blob{}, id}) > 0;
    });
}

bool RosterRepo::MarkUndone(int64_t id, int64_t now) {
    return db_.Use([&](Connection& c) {
        return c.Execute(
                   "UPDATE roster_imports SET undone_at = ? WHERE id = ? AND applied_at IS NOT "
                   "NULL AND undone_at IS NULL",
                   {now, id}) > 0;
    });
}

void RosterRepo::AddChange(int64_t import_id, const RosterChange& change) {
    db_.With([&](Connection& c) {
        c.Execute(
            "INSERT INTO roster_import_changes (import_id, student_id, user_id, action, "
            "new_account, before) VALUES (?, ?, ?, ?, ?, ?)",
            {import_id, change.student_id, change.user_id, change.action,
             int64_t{change.new_account ? 1 : 0}, change.before});
    });
}

std::vector<RosterChange> RosterRepo::Changes(int64_t import_id) {
    return db_.Use([&](Connection& c) {
        std::vector<RosterChange> out;
        for (const auto& r :
             c.Query("SELECT student_id, user_id, action, new_account, before FROM "
                     "roster_import_changes WHERE import_id = ? ORDER BY student_id",
                     {import_id}))
            out.push_back({r.Int("student_id"), r.Int("user_id"), r.Text("action"),
                           r.Int("new_account") != 0, r.Text("before")});
        return out;
    });
}

}  // namespace koers::storage
