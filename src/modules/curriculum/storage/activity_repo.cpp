#include "modules/curriculum/storage/activity_repo.hpp"

#include <array>

namespace koers::storage {
namespace {

constexpr RecordTables kTables{"curriculum_activities", "curriculum_activity_revisions", ""};

RecordStore Store(Connection& c, int64_t school_id) {
    return RecordStore(c, kTables, {"school_id", school_id});
}

// The columns read from the fields: the one place they are derived, at every save.
std::array<ColumnValue, 7> Derived(const core::Fields& fields) {
    const core::Placement p = core::PlacementOf(fields);
    return {{{"title", std::string(core::FieldOf(fields, "titel"))},
             {"leerlijn", std::string(core::FieldOf(fields, "leerlijn"))},
             {"leerjaar", int64_t{p.leerjaar}},
             {"periode", int64_t{p.periode}},
             {"competencies", int64_t{p.competencies}},
             {"elements", int64_t{p.elements}},
             {"evaluated", int64_t{core::FieldOf(fields, "oordeel").empty() ? 0 : 1}}}};
}

// Of one leerlijn, with the whole school's activities, which every leerlijn includes.
constexpr const char* kOfLeerlijn = " AND (leerlijn = ? OR leerlijn = '')";

std::vector<Value> LineParams(int64_t school_id, std::optional<std::string_view> leerlijn) {
    std::vector<Value> out{school_id};
    if (leerlijn) out.emplace_back(std::string(*leerlijn));
    return out;
}

std::string StatusOf(const core::Fields& fields) {
    return std::string(core::FieldOf(fields, "fase"));
}

}  // namespace

StoredActivity StoredActivityOf(const Row& r) {
    StoredActivity a;
    a.id = r.Int("id");
    if (!r.IsNull("assignment_id")) a.assignment_id = r.Int("assignment_id");
    a.fields = core::DecodeFields(r.Text("body"));
    a.version = static_cast<int>(r.Int("version"));
    a.updated_at = r.Int("updated_at");
    a.updated_by = r.Text("updated_by");
    return a;
}

int64_t ActivityRepo::Create(int64_t school_id, const core::Fields& fields,
                             std::optional<int64_t> assignment_id, const Author& by, int64_t now) {
    const auto derived = Derived(fields);
    std::vector<ColumnValue> columns(derived.begin(), derived.end());
    columns.emplace_back("created_at", now);
    columns.emplace_back("assignment_id", Opt(assignment_id));
    return db_.Use([&](Connection& c) {
        return Store(c, school_id).Insert(fields, StatusOf(fields), columns, by, now, "aangemaakt");
    });
}

bool ActivityRepo::Update(int64_t school_id, int64_t id, int version, const core::Fields& fields,
                          const Author& by, int64_t now) {
    bool saved = false;
    db_.Transaction([&](Connection& c) {
        saved =
            Store(c, school_id)
                .Update(id, version, fields, StatusOf(fields), Derived(fields), by, now, "bewerkt");
    });
    return saved;
}

bool ActivityRepo::Delete(int64_t school_id, int64_t id, int version, const Author& by,
                          int64_t now) {
    bool deleted = false;
    db_.Transaction(
        [&](Connection& c) { deleted = Store(c, school_id).Delete(id, version, by, now); });
    return deleted;
}

std::optional<StoredActivity> ActivityRepo::Find(int64_t school_id, int64_t id) {
    return db_.Use([&](Connection& c) -> std::optional<StoredActivity> {
        const auto r = c.QueryOne(
            "SELECT id, assignment_id, body, version, updated_at, updated_by FROM "
            "curriculum_activities WHERE id = ? AND school_id = ? AND deleted_at IS NULL",
            {id, school_id});
        if (!r) return std::nullopt;
        return StoredActivityOf(*r);
    });
}

std::vector<PlannedActivity> ActivityRepo::Plan(int64_t school_id,
                                                std::optional<std::string_view> leerlijn) {
    return db_.Use([&](Connection& c) {
        std::vector<PlannedActivity> out;
        const std::string sql =
            "SELECT id, title, leerlijn, status, leerjaar, periode, competencies, elements, "
            "evaluated, assignment_id FROM curriculum_activities WHERE school_id = ? AND "
            "deleted_at IS NULL" +
            std::string(leerlijn ? kOfLeerlijn : "") + " ORDER BY leerjaar, periode, id";
        for (const auto& r : c.Query(sql, LineParams(school_id, leerlijn))) {
            PlannedActivity a;
            a.id = r.Int("id");
            a.title = r.Text("title");
            a.leerlijn = r.Text("leerlijn");
            a.fase = r.Text("status");
            a.place = {static_cast<int>(r.Int("leerjaar")), static_cast<int>(r.Int("periode")),
                       static_cast<uint8_t>(r.Int("competencies")),
                       static_cast<uint8_t>(r.Int("elements"))};
            a.evaluated = r.Int("evaluated") != 0;
            if (!r.IsNull("assignment_id")) a.assignment_id = r.Int("assignment_id");
            out.push_back(std::move(a));
        }
        return out;
    });
}

std::vector<std::pair<core::Placement, int>> ActivityRepo::PlacementCounts(
    int64_t school_id, std::optional<std::string_view> leerlijn) {
    return db_.Use([&](Connection& c) {
        std::vector<std::pair<core::Placement, int>> out;
        const std::string sql =
            "SELECT leerjaar, competencies, elements, COUNT(*) AS n FROM curriculum_activities "
            "WHERE school_id = ? AND deleted_at IS NULL" +
            std::string(leerlijn ? kOfLeerlijn : "") + " GROUP BY leerjaar, competencies, elements";
        for (const auto& r : c.Query(sql, LineParams(school_id, leerlijn)))
            out.emplace_back(core::Placement{static_cast<int>(r.Int("leerjaar")), 0,
                                             static_cast<uint8_t>(r.Int("competencies")),
                                             static_cast<uint8_t>(r.Int("elements"))},
                             static_cast<int>(r.Int("n")));
        return out;
    });
}

std::vector<std::string> ActivityRepo::Leerlijnen(int64_t school_id) {
    return db_.Use([&](Connection& c) {
        std::vector<std::string> out;
        for (const auto& r :
             c.Query("SELECT DISTINCT leerlijn FROM curriculum_activities WHERE school_id = ? AND "
                     "deleted_at IS NULL AND leerlijn <> '' ORDER BY leerlijn",
                     {school_id}))
            out.push_back(r.Text("leerlijn"));
        return out;
    });
}

std::set<int64_t> ActivityRepo::SharedPlans() {
    return db_.Use([&](Connection& c) {
        std::set<int64_t> out;
        for (const auto& r : c.Query("SELECT school_id FROM curriculum_shared_plans"))
            out.insert(r.Int("school_id"));
        return out;
    });
}

void ActivityRepo::SetShared(int64_t school_id, bool shared, const std::string& by, int64_t now) {
    db_.Transaction([&](Connection& c) {
        c.Execute("DELETE FROM curriculum_shared_plans WHERE school_id = ?", {school_id});
        if (shared)
            c.Execute(
                "INSERT INTO curriculum_shared_plans (school_id, shared_at, shared_by) VALUES (?, "
                "?, ?)",
                {school_id, now, by});
    });
}

int64_t ActivityRepo::CountOf(int64_t school_id) {
    return db_.Use([&](Connection& c) {
        return c
            .QueryOne(
                "SELECT COUNT(*) AS n FROM curriculum_activities WHERE school_id = ? AND "
                "deleted_at IS NULL",
                {school_id})
            ->Int("n");
    });
}

std::vector<Revision> ActivityRepo::History(int64_t school_id, int64_t id) {
    std::vector<Revision> out;
    db_.With([&](Connection& c) {
        Store(c, school_id).Revisions(id, 100, {}, [&](Revision r, const Row&) {
            out.push_back(std::move(r));
        });
    });
    return out;
}

std::vector<int64_t> ActivityRepo::Census() {
    return db_.Use([](Connection& c) {
        const auto n = c.QueryOne(
            "SELECT (SELECT COUNT(*) FROM curriculum_activities) AS activities, (SELECT "
            "COALESCE(SUM(version), 0) FROM curriculum_activities) AS versions, (SELECT COUNT(*) "
            "FROM curriculum_activity_revisions) AS revisions, (SELECT COUNT(*) FROM "
            "curriculum_shared_plans) AS shared");
        return std::vector<int64_t>{n->Int("activities"), n->Int("versions"), n->Int("revisions"),
                                    n->Int("shared")};
    });
}

}  // namespace koers::storage
