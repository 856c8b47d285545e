#include "modules/dossier/storage/dossier_repo.hpp"

#include <array>
#include <map>
#include <set>
#include <tuple>

#include "modules/dossier/storage/conversation_repo.hpp"

namespace koers::storage {
namespace {

RecordStore Store(Connection& c, int64_t student_id) {
    return {c, {"dossier_entries", "dossier_revisions", ""}, {"student_id", student_id}};
}

constexpr const char* kEntryColumns =
    "SELECT id, kind, body, version, created_at, updated_at FROM dossier_entries ";

std::optional<DossierEntry> ToEntry(const Row& r) {
    const auto kind = core::EntryKindFromCode(r.Text("kind"));
    if (!kind) return std::nullopt;  // a kind this binary does not know is not shown
    return DossierEntry{r.Int("id"),
                        *kind,
                        core::DecodeFields(r.Text("body")),
                        static_cast<int>(r.Int("version")),
                        r.Int("created_at"),
                        r.Int("updated_at")};
}

// An entry's text as compared when carrying: the fields that hold something (an export leaves
// out empty fields; a stored entry may keep them).
std::string Filled(const core::Fields& fields) {
    core::Fields filled;
    for (const auto& [name, value] : fields)
        if (!value.empty()) filled.emplace(name, value);
    return core::EncodeFields(filled);
}

}  // namespace

std::vector<DossierEntry> DossierRepo::Entries(int64_t student_id) {
    return db_.Use([&](Connection& c) {
        std::vector<DossierEntry> out;
        for (const auto& r :
             c.Query(std::string(kEntryColumns) + "WHERE student_id = ? AND deleted_at IS NULL "
                                                  "ORDER BY updated_at DESC, id DESC",
                     {student_id}))
            if (auto e = ToEntry(r)) out.push_back(std::move(*e));
        return out;
    });
}

std::optional<DossierEntry> DossierRepo::Entry(int64_t student_id, int64_t id) {
    return db_.Use([&](Connection& c) -> std::optional<DossierEntry> {
        auto r = c.QueryOne(
            std::string(kEntryColumns) + "WHERE id = ? AND student_id = ? AND deleted_at IS NULL",
            {id, student_id});
        if (!r) return std::nullopt;
        return ToEntry(*r);
    });
}

int64_t DossierRepo::Add(int64_t student_id, core::EntryKind kind, const core::Fields& fields,
                         const Author& by, int64_t now) {
    int64_t id = 0;
    db_.Transaction([&](Connection& c) {
        const std::array<ColumnValue, 2> columns = {{
            {"kind", std::string(core::InfoOf(kind).code)},
            {"created_at", now},
        }};
        id = Store(c, student_id).Insert(fields, "", columns, by, now, "aangemaakt");
        // The gesprek the student asked for has taken place.
        if (kind == core::EntryKind::kGesprek) AnswerTalkRequests(c, student_id, now);
    });
    return id;
}

bool DossierRepo::Save(int64_t student_id, int64_t id, int version, const core::Fields& fields,
                       const Author& by, int64_t now) {
    bool saved = false;
    db_.Transaction([&](Connection& c) {
        saved = Store(c, student_id).Update(id, version, fields, "", {}, by, now, "");
    });
    return saved;
}

bool DossierRepo::Delete(int64_t student_id, int64_t id, int version, const Author& by,
                         int64_t now) {
    bool deleted = false;
    db_.Transaction(
        [&](Connection& c) { deleted = Store(c, student_id).Delete(id, version, by, now); });
    return deleted;
}

std::vector<std::optional<int64_t>> DossierRepo::Carry(int64_t student_id,
                                                       const std::vector<CarriedEntry>& entries,
                                                       const Author& by, int64_t now,
                                                       std::string_view note) {
    std::vector<std::optional<int64_t>> added;
    db_.Transaction([&](Connection& c) {
        added.clear();
        std::set<std::tuple<std::string, int64_t, std::string>> present;
        for (const auto& r : c.Query("SELECT kind, created_at, body FROM dossier_entries WHERE "
                                     "student_id = ? AND deleted_at IS NULL",
                                     {student_id}))
            present.emplace(r.Text("kind"), r.Int("created_at"),
                            Filled(core::DecodeFields(r.Text("body"))));
        for (const auto& e : entries) {
            const std::string kind(core::InfoOf(e.kind).code);
            if (!present.emplace(kind, e.created_at, Filled(e.fields)).second) {
                added.emplace_back();
                continue;
            }
            const std::array<ColumnValue, 2> columns = {{
                {"kind", kind},
                {"created_at", e.created_at},
            }};
            added.emplace_back(Store(c, student_id).Insert(e.fields, "", columns, by, now, note));
        }
    });
    return added;
}

bool DossierRepo::ShareWithParents(int64_t student_id, int64_t entry_id, bool shared, int64_t now) {
    bool found = false;
    db_.Transaction([&](Connection& c) {
        found = c.QueryOne(
                     "SELECT id FROM dossier_entries WHERE id = ? AND student_id = ? AND "
                     "deleted_at IS NULL",
                     {entry_id, student_id})
                    .has_value();
        if (!found) return;
        c.Execute("DELETE FROM dossier_parent_shares WHERE entry_id = ?", {entry_id});
        if (shared)
            c.Execute(
                "INSERT INTO dossier_parent_shares (entry_id, student_id, shared_at) VALUES (?, "
                "?, ?)",
                {entry_id, student_id, now});
    });
    return found;
}

std::set<int64_t> DossierRepo::SharedWithParents(int64_t student_id) {
    return db_.Use([&](Connection& c) {
        std::set<int64_t> out;
        for (const auto& r : c.Query(
                 "SELECT p.entry_id FROM dossier_parent_shares p JOIN dossier_entries e ON e.id "
                 "= p.entry_id WHERE p.student_id = ? AND e.deleted_at IS NULL",
                 {student_id}))
            out.insert(r.Int("entry_id"));
        return out;
    });
}

bool DossierRepo::HasParents(int64_t student_user_id) {
    return db_.Use([&](Connection& c) {
        return c
            .QueryOne("SELECT 1 AS one FROM student_parents WHERE student_user_id = ?",
                      {student_user_id})
            .has_value();
    });
}

std::vector<DossierSummary> DossierRepo::Summaries(int64_t group_id) {
    return db_.Use([&](Connection& c) {
        std::vector<DossierSummary> out;
        std::map<int64_t, size_t> at;
        for (const auto& r : c.Query(
                 "SELECT s.id AS student_id, e.kind, COUNT(e.id) AS n, MAX(e.updated_at) AS last "
                 "FROM students s JOIN users u ON u.id = s.user_id "
                 "LEFT JOIN dossier_entries e ON e.student_id = s.id AND e.deleted_at IS NULL "
                 "WHERE s.group_id = ? AND s.left_at IS NULL "
                 "GROUP BY s.id, u.display_name, e.kind ORDER BY u.display_name, s.id",
                 {group_id})) {
            const int64_t id = r.Int("student_id");
            auto [it, fresh] = at.try_emplace(id, out.size());
            if (fresh) out.push_back({id, 0, std::nullopt, {}, std::nullopt, 0});
            DossierSummary& s = out[it->second];
            if (r.IsNull("kind")) continue;
            const auto kind = core::EntryKindFromCode(r.Text("kind"));
            if (!kind) continue;
            const int64_t last = r.Int("last");
            if (!core::InfoOf(*kind).by_student) {
                s.talks += r.Int("n");
                if (!s.last_talk || *s.last_talk < last) s.last_talk = last;
                continue;
            }
            s.entries += r.Int("n");
            if (!s.last_at || *s.last_at < last) s.last_at = last;
            s.elements_done.emplace_back(core::InfoOf(*kind).element);
        }
        // The latest keuze of a vervolgopleiding per student (the oldest first, so the last
        // one read stays).
        for (const auto& r :
             c.Query("SELECT e.student_id, e.body FROM dossier_entries e JOIN students s ON s.id "
                     "= e.student_id WHERE s.group_id = ? AND s.left_at IS NULL AND e.kind = ? "
                     "AND e.deleted_at IS NULL ORDER BY e.created_at, e.id",
                     {group_id, std::string(core::InfoOf(core::EntryKind::kKeuze).code)})) {
            const auto it = at.find(r.Int("student_id"));
            const auto fields = core::DecodeFields(r.Text("body"));
            if (it == at.end() || core::FieldOf(fields, "soort") != "opleiding") continue;
            out[it->second].vervolgopleiding = core::FieldOf(fields, "titel");
        }
        return out;
    });
}

void DossierRepo::LogLook(int64_t student_id, const Author& viewer, std::string_view basis,
                          std::string_view what, int64_t now) {
    db_.With([&](Connection& c) {
        c.Execute(
            "INSERT INTO dossier_views (student_id, viewer_id, viewer_name, basis, what, at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            {student_id, Opt(viewer.user_id), viewer.name, std::string(basis), std::string(what),
             now});
    });
}

std::vector<DossierLook> DossierRepo::Looks(int64_t student_id, int limit) {
    return db_.Use([&](Connection& c) {
        std::vector<DossierLook> out;
        for (const auto& r :
             c.Query("SELECT viewer_name, basis, what, at FROM dossier_views WHERE student_id = ? "
                     "ORDER BY at DESC, id DESC LIMIT ?",
                     {student_id, int64_t{limit}}))
            out.push_back({r.Text("viewer_name"), r.Text("basis"), r.Text("what"), r.Int("at")});
        return out;
    });
}

}  // namespace koers::storage
