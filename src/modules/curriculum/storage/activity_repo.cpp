#include "modules/curriculum/storage/activity_repo.hpp"

#include <array>

namespace koers::storage {
namespace {

constexpr RecordTables kTables{"curriculum_activities", "curriculum_activity_revisions", ""};

RecordStore Store(Connection& c, int64_t school_id) {
    return RecordStore(c, kTables, {"school_id", school_id});
}

// The columns read from the fields: the one place they are derived, at every save.
std::array<ColumnValue, 6> Derived(const core::Fields& fields) {
    const core::Placement p = core::PlacementOf(fields);
    return {{{"title", std::string(core::FieldOf(fields, "titel"))},
             {"leerjaar", int64_t{p.leerjaar}},
             {"periode", int64_t{p.periode}},
             {"competencies", int64_t{p.competencies}},
             {"elements", int64_t{p.elements}},
             {"evaluated", int64_t{core::FieldOf(fields, "oordeel").empty() ? 0 : 1}}}};
}

std::string StatusOf(const core::Fields& fields) {
    return std::string(core::FieldOf(fields, "fase"));
}

}  // namespace

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
        StoredActivity a;
        a.id = r->Int("id");
        if (!r->IsNull("assignment_id")) a.assignment_id = r->Int("assignment_id");
        a.fields = core::DecodeFields(r->Text("body"));
        a.version = static_cast<int>(r->Int("version"));
        a.updated_at = r->Int("updated_at");
        a.updated_by = r->Text("updated_by");
        return a;
    });
}

std::vector<PlannedActivity> ActivityRepo::Plan(int64_t school_id) {
    return db_.Use([&](Connection& c) {
        std::vector<PlannedActivity> out;
        for (const auto& r :
             c.Query("SELECT id, title, status, leerjaar, periode, competencies, elements, "
                     "evaluated, assignment_id FROM curriculum_activities WHERE school_id = ? AND "
                     "deleted_at IS NULL ORDER BY leerjaar, periode, id",
                     {school_id})) {
            PlannedActivity a;
            a.id = r.Int("id");
            a.title = r.Text("title");
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

std::vector<std::pair<core::Placement, int>> ActivityRepo::PlacementCounts(int64_t school_id) {
    return db_.Use([&](Connection& c) {
        std::vector<std::pair<core::Placement, int>> out;
        for (const auto& r :
             c.Query("SELECT leerjaar, competencies, elements, COUNT(*) AS n FROM "
                     "curriculum_activities WHERE school_id = ? AND deleted_at IS NULL GROUP BY "
                     "leerjaar, competencies, elements",
                     {school_id}))
            out.emplace_back(core::Placement{static_cast<int>(r.Int("leerjaar")), 0,
                                             static_cast<uint8_t>(r.Int("competencies")),
                                             static_cast<uint8_t>(r.Int("elements"))},
                             static_cast<int>(r.Int("n")));
        return out;
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
            "FROM curriculum_activity_revisions) AS revisions");
        return std::vector<int64_t>{n->Int("activities"), n->Int("versions"), n->Int("revisions")};
    });
}

}  // namespace koers::storage
