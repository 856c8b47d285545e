#include "modules/curriculum/storage/assignment_repo.hpp"

#include <algorithm>
#include <array>

#include "modules/curriculum/core/assignment.hpp"

namespace koers::storage {
namespace {

constexpr RecordTables kAssignmentTables{"curriculum_assignments",
                                         "curriculum_assignment_revisions", ""};

RecordStore AssignmentStore(Connection& c, int64_t school_id) {
    return RecordStore(c, kAssignmentTables, {"school_id", school_id});
}

constexpr const char* kColumns =
    "a.id, a.school_id, s.name AS school, a.status, a.licence, a.shared_at, a.origin_id, "
    "a.origin_title, a.origin_school, a.origin_licence, a.body, a.version, a.created_at, "
    "a.updated_at, a.updated_by, a.deleted_at FROM curriculum_assignments a JOIN schools s ON "
    "s.id = a.school_id ";

StoredAssignment ToAssignment(const Row& r) {
    StoredAssignment a;
    a.id = r.Int("id");
    a.school_id = r.Int("school_id");
    a.school = r.Text("school");
    a.status = r.Text("status");
    a.licence = r.Text("licence");
    if (!r.IsNull("shared_at")) a.shared_at = r.Int("shared_at");
    if (!r.IsNull("origin_id")) a.origin_id = r.Int("origin_id");
    a.origin_title = r.Text("origin_title");
    a.origin_school = r.Text("origin_school");
    a.origin_licence = r.Text("origin_licence");
    a.fields = core::DecodeFields(r.Text("body"));
    a.version = static_cast<int>(r.Int("version"));
    a.created_at = r.Int("created_at");
    a.updated_at = r.Int("updated_at");
    a.updated_by = r.Text("updated_by");
    a.deleted = !r.IsNull("deleted_at");
    return a;
}

std::vector<StoredAssignment> ToAssignments(const std::vector<Row>& rows) {
    std::vector<StoredAssignment> out;
    out.reserve(rows.size());
    for (const auto& r : rows) out.push_back(ToAssignment(r));
    return out;
}

std::string LicenceName(const std::string& code) {
    const core::Licence* licence = core::LicenceOf(code);
    return licence ? std::string(licence->label) : code;
}

}  // namespace

bool StoredAssignment::shared() const { return status == core::kShared; }

int64_t AssignmentRepo::Create(int64_t school_id, const core::Fields& fields, const Author& by,
                               int64_t now) {
    return db_.Use([&](Connection& c) {
        const std::array<ColumnValue, 1> columns = {{{"created_at", now}}};
        return AssignmentStore(c, school_id)
            .Insert(fields, core::kPrivate, columns, by, now, "aangemaakt");
    });
}

bool AssignmentRepo::Update(int64_t school_id, int64_t id, int version, const core::Fields& fields,
                            const Author& by, int64_t now) {
    bool saved = false;
    db_.Transaction([&](Connection& c) {
        const auto status =
            c.QueryOne("SELECT status FROM curriculum_assignments WHERE id = ? AND school_id = ?",
                       {id, school_id});
        if (!status) return;
        saved = AssignmentStore(c, school_id)
                    .Update(id, version, fields, status->Text("status"), {}, by, now, "bewerkt");
    });
    return saved;
}

bool AssignmentRepo::SetShared(int64_t school_id, int64_t id, int version,
                               const std::string& licence, const Author& by, int64_t now) {
    bool saved = false;
    db_.Transaction([&](Connection& c) {
        const auto row =
            c.QueryOne("SELECT body FROM curriculum_assignments WHERE id = ? AND school_id = ?",
                       {id, school_id});
        if (!row) return;
        const bool share = !licence.empty();
        const std::array<ColumnValue, 2> columns = {
            {{"licence", licence}, {"shared_at", share ? Value(now) : Value(nullptr)}}};
        saved = AssignmentStore(c, school_id)
                    .Update(id, version, core::DecodeFields(row->Text("body")),
                            share ? core::kShared : core::kPrivate, columns, by, now,
                            share ? "gedeeld onder " + LicenceName(licence) : "niet meer gedeeld");
    });
    return saved;
}

bool AssignmentRepo::Delete(int64_t school_id, int64_t id, int version, const Author& by,
                            int64_t now) {
    bool deleted = false;
    db_.Transaction([&](Connection& c) {
        deleted = AssignmentStore(c, school_id).Delete(id, version, by, now);
    });
    return deleted;
}

int64_t AssignmentRepo::Copy(int64_t school_id, const StoredAssignment& original, const Author& by,
                             int64_t now) {
    // A copy of a copy names the first maker: the attribution travels with the text.
    const bool copy_of_copy = !original.origin_school.empty();
    return db_.Use([&](Connection& c) {
        const std::array<ColumnValue, 5> columns = {{
            {"created_at", now},
            {"origin_id", original.id},
            {"origin_title", copy_of_copy ? original.origin_title : original.title()},
            {"origin_school", copy_of_copy ? original.origin_school : original.school},
            {"origin_licence", copy_of_copy ? original.origin_licence : original.licence},
        }};
        return AssignmentStore(c, school_id)
            .Insert(original.fields, core::kPrivate, columns, by, now,
                    "gekopieerd van " + original.school);
    });
}

std::optional<StoredAssignment> AssignmentRepo::Visible(std::optional<int64_t> school_id,
                                                        int64_t id) {
    return db_.Use([&](Connection& c) -> std::optional<StoredAssignment> {
        const auto r = c.QueryOne(std::string("SELECT ") + kColumns +
                                      "WHERE a.id = ? AND a.deleted_at IS NULL AND (a.status = ? "
                                      "OR a.school_id = ?)",
                                  {id, std::string(core::kShared), school_id.value_or(0)});
        if (!r) return std::nullopt;
        return ToAssignment(*r);
    });
}

std::optional<StoredAssignment> AssignmentRepo::Find(int64_t id) {
    return db_.Use([&](Connection& c) -> std::optional<StoredAssignment> {
        const auto r = c.QueryOne(std::string("SELECT ") + kColumns + "WHERE a.id = ?", {id});
        if (!r) return std::nullopt;
        return ToAssignment(*r);
    });
}

std::vector<StoredAssignment> AssignmentRepo::All() {
    return db_.Use([&](Connection& c) {
        return ToAssignments(c.Query(std::string("SELECT ") + kColumns + "ORDER BY a.id"));
    });
}

std::vector<AssignmentStamp> AssignmentRepo::ChangedSince(int64_t since) {
    return db_.Use([&](Connection& c) {
        std::vector<AssignmentStamp> out;
        // No ORDER BY id: SQLite would then walk the whole table in id order instead of the few
        // rows the index on updated_at finds.
        for (const auto& r : c.Query(
                 "SELECT id, version, deleted_at FROM curriculum_assignments WHERE updated_at >= ?",
                 {since}))
            out.push_back(
                {r.Int("id"), static_cast<int>(r.Int("version")), !r.IsNull("deleted_at")});
        std::sort(out.begin(), out.end(),
                  [](const AssignmentStamp& a, const AssignmentStamp& b) { return a.id < b.id; });
        return out;
    });
}

int64_t AssignmentRepo::CountOf(int64_t school_id) {
    return db_.Use([&](Connection& c) {
        return c
            .QueryOne(
                "SELECT COUNT(*) AS n FROM curriculum_assignments WHERE school_id = ? AND "
                "deleted_at IS NULL",
                {school_id})
            ->Int("n");
    });
}

std::vector<Revision> AssignmentRepo::History(int64_t school_id, int64_t id) {
    std::vector<Revision> out;
    db_.With([&](Connection& c) {
        AssignmentStore(c, school_id).Revisions(id, 100, {}, [&](Revision r, const Row&) {
            out.push_back(std::move(r));
        });
    });
    return out;
}

std::vector<int64_t> AssignmentRepo::Census() {
    return db_.Use([](Connection& c) {
        const auto n = c.QueryOne(
            "SELECT (SELECT COUNT(*) FROM curriculum_assignments) AS assignments, (SELECT "
            "COALESCE(SUM(version), 0) FROM curriculum_assignments) AS versions, (SELECT COUNT(*) "
            "FROM curriculum_assignment_revisions) AS revisions");
        return std::vector<int64_t>{n->Int("assignments"), n->Int("versions"), n->Int("revisions")};
    });
}

}  // namespace koers::storage
