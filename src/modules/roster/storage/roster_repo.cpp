#include "modules/roster/storage/roster_repo.hpp"

#include <algorithm>

#include "platform/core/common/numbers.hpp"

namespace koers::storage {
namespace {

constexpr const char* kImportColumns =
    "SELECT id, school_id, kind, file_name, by_name, created_at, applied_at, undone_at, summary ";

const char* KindCode(ImportKind kind) {
    return kind == ImportKind::kStaff ? "medewerkers" : "leerlingen";
}

RosterImport ToImport(const Row& r) {
    return {r.Int("id"),
            r.Int("school_id"),
            r.Text("kind") == "medewerkers" ? ImportKind::kStaff : ImportKind::kStudents,
            r.Text("file_name"),
            {},
            r.Text("by_name"),
            r.Int("created_at"),
            r.OptInt("applied_at"),
            r.OptInt("undone_at"),
            r.Text("summary")};
}

}  // namespace

int64_t RosterRepo::AddPreview(int64_t school_id, ImportKind kind, const std::string& file_name,
                               const std::string& file, std::optional<int64_t> by_id,
                               const std::string& by_name, int64_t now) {
    return db_.Use([&](Connection& c) {
        // A new file replaces the school's previews of its kind that were never applied.
        c.Execute(
            "DELETE FROM roster_imports WHERE school_id = ? AND kind = ? AND applied_at IS NULL",
            {school_id, KindCode(kind)});
        return c.InsertReturningId(
            "INSERT INTO roster_imports (school_id, kind, file_name, file, by_id, by_name, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            {school_id, KindCode(kind), file_name, Blob{file}, Opt(by_id), by_name, now});
    });
}

int64_t RosterRepo::Prune(int64_t now) {
    return db_.Use([&](Connection& c) {
        return c.Execute(
            "DELETE FROM roster_imports WHERE (applied_at IS NULL AND created_at < ?) OR "
            "created_at < ?",
            {now - kKeepPreviewSeconds, now - kKeepHistorySeconds});
    });
}

std::optional<RosterImport> RosterRepo::Find(int64_t school_id, ImportKind kind, int64_t id) {
    return db_.Use([&](Connection& c) -> std::optional<RosterImport> {
        auto r =
            c.QueryOne(std::string(kImportColumns) +
                           ", file FROM roster_imports WHERE id = ? AND school_id = ? AND kind = ?",
                       {id, school_id, KindCode(kind)});
        if (!r) return std::nullopt;
        RosterImport out = ToImport(*r);
        out.file = r->Text("file");
        return out;
    });
}

std::vector<RosterImport> RosterRepo::OfSchool(int64_t school_id, ImportKind kind, int limit) {
    return db_.Use([&](Connection& c) {
        std::vector<RosterImport> out;
        for (const auto& r : c.Query(std::string(kImportColumns) +
                                         "FROM roster_imports WHERE school_id = ? AND kind = ? "
                                         "ORDER BY created_at DESC, id DESC LIMIT ?",
                                     {school_id, KindCode(kind), int64_t{limit}}))
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

void RosterRepo::AddParentLink(int64_t import_id, const RosterParentLink& link) {
    db_.With([&](Connection& c) {
        c.Execute(
            "INSERT INTO roster_import_parents (import_id, student_user_id, parent_user_id, "
            "new_account, new_membership, removed) VALUES (?, ?, ?, ?, ?, ?)",
            {import_id, link.student_user_id, link.parent_user_id,
             int64_t{link.new_account ? 1 : 0}, int64_t{link.new_membership ? 1 : 0},
             int64_t{link.removed ? 1 : 0}});
    });
}

std::vector<RosterParentLink> RosterRepo::ParentLinks(int64_t import_id) {
    return db_.Use([&](Connection& c) {
        std::vector<RosterParentLink> out;
        for (const auto& r :
             c.Query("SELECT student_user_id, parent_user_id, new_account, new_membership, "
                     "removed FROM roster_import_parents WHERE import_id = ? ORDER BY "
                     "parent_user_id, student_user_id",
                     {import_id}))
            out.push_back({r.Int("student_user_id"), r.Int("parent_user_id"),
                           r.Int("new_account") != 0, r.Int("new_membership") != 0,
                           r.Int("removed") != 0});
        return out;
    });
}

void RosterRepo::AddRoleChange(int64_t import_id, const RosterRoleChange& change) {
    db_.With([&](Connection& c) {
        c.Execute(
            "INSERT INTO roster_import_roles (import_id, user_id, role, team_id, added, "
            "new_account) VALUES (?, ?, ?, ?, ?, ?)",
            {import_id, change.user_id, std::string(core::RoleCode(change.role)),
             Opt(change.team_id), int64_t{change.added ? 1 : 0},
             int64_t{change.new_account ? 1 : 0}});
    });
}

std::vector<RosterRoleChange> RosterRepo::RoleChanges(int64_t import_id) {
    return db_.Use([&](Connection& c) {
        std::vector<RosterRoleChange> out;
        for (const auto& r :
             c.Query("SELECT user_id, role, team_id, added, new_account FROM roster_import_roles "
                     "WHERE import_id = ? ORDER BY user_id, role",
                     {import_id}))
            if (const auto role = core::RoleFromCode(r.Text("role")))
                out.push_back({r.Int("user_id"), *role, r.OptInt("team_id"), r.Int("added") != 0,
                               r.Int("new_account") != 0});
        return out;
    });
}

void RosterRepo::AddMentorsBefore(int64_t import_id, const RosterMentors& mentors) {
    std::string ids;
    for (int64_t id : mentors.before) ids += (ids.empty() ? "" : ",") + std::to_string(id);
    db_.With([&](Connection& c) {
        c.Execute(
            "INSERT INTO roster_import_mentors (import_id, group_id, mentors_before) VALUES "
            "(?, ?, ?)",
            {import_id, mentors.group_id, ids});
    });
}

std::vector<RosterMentors> RosterRepo::MentorsBefore(int64_t import_id) {
    return db_.Use([&](Connection& c) {
        std::vector<RosterMentors> out;
        for (const auto& r : c.Query("SELECT group_id, mentors_before FROM roster_import_mentors "
                                     "WHERE import_id = ? ORDER BY group_id",
                                     {import_id})) {
            RosterMentors m{r.Int("group_id"), {}};
            const std::string ids = r.Text("mentors_before");
            for (size_t at = 0; at < ids.size();) {
                const size_t comma = std::min(ids.find(',', at), ids.size());
                if (const auto id = core::ParseInt(std::string_view(ids).substr(at, comma - at), 1))
                    m.before.push_back(*id);
                at = comma + 1;
            }
            out.push_back(std::move(m));
        }
        return out;
    });
}

}  // namespace koers::storage
