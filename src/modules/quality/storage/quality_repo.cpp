#include "modules/quality/storage/quality_repo.hpp"

#include <array>
#include <map>

#include "modules/quality/core/forms.hpp"
#include "modules/quality/core/rollover.hpp"
#include "platform/core/common/dates.hpp"

namespace koers::storage {
namespace {

constexpr const char* kRecordColumns =
    "id, kind, team_id, parent_id, status, due, status_at, status_by, position, body, year_id, "
    "version, updated_at, updated_by, source_id";

StoredRecord RecordFromRow(const Row& r) {
    StoredRecord s;
    s.record.id = r.Int("id");
    s.record.kind = core::KindFromCode(r.Text("kind")).value_or(core::Kind::kVisie);
    s.record.team_id = r.OptInt("team_id");
    s.record.parent_id = r.OptInt("parent_id");
    s.record.status = r.Text("status");
    s.record.due = r.Text("due");
    s.record.status_at = r.Int("status_at");
    s.record.status_by = r.Text("status_by");
    s.record.position = static_cast<int>(r.Int("position"));
    s.record.fields = core::DecodeFields(r.Text("body"));
    s.year_id = r.Int("year_id");
    s.version = static_cast<int>(r.Int("version"));
    s.updated_at = r.Int("updated_at");
    s.updated_by = r.Text("updated_by");
    s.source_id = r.OptInt("source_id");
    return s;
}

std::vector<StoredRecord> RecordsFrom(const std::vector<Row>& rows) {
    std::vector<StoredRecord> out;
    out.reserve(rows.size());
    for (const auto& r : rows) out.push_back(RecordFromRow(r));
    return out;
}

// A schooljaar with whether the next one still runs (its evaluations stay writable then).
constexpr const char* kYearColumns =
    "y.id, y.school_id, y.start_year, y.closed_at, (SELECT COUNT(*) FROM quality_years n WHERE "
    "n.school_id = y.school_id AND n.start_year = y.start_year + 1 AND n.closed_at IS NULL) AS "
    "next_open";

YearRecord YearFromRow(const Row& r) {
    YearRecord y{r.Int("id"), r.Int("school_id"), static_cast<int>(r.Int("start_year")),
                 r.OptInt("closed_at")};
    y.evaluation_open = y.closed_at && r.Int("next_open") > 0;
    return y;
}

bool YearOpen(Connection& c, int64_t year_id) {
    auto row = c.QueryOne("SELECT closed_at FROM quality_years WHERE id = ?", {year_id});
    return row && row->IsNull("closed_at");
}

// Whether records of `kind` may be written in the schooljaar now (YearRecord::Writable), read
// in the writing transaction.
bool Writable(Connection& c, int64_t year_id, core::Kind kind) {
    auto row = c.QueryOne(
        std::string("SELECT ") + kYearColumns + " FROM quality_years y WHERE y.id = ?", {year_id});
    return row && YearFromRow(*row).Writable(kind);
}

// The stored record `id` of the schooljaar (deleted ones excluded).
std::optional<StoredRecord> Load(Connection& c, int64_t year_id, int64_t id) {
    auto row = c.QueryOne(std::string("SELECT ") + kRecordColumns +
                              " FROM quality_records WHERE id = ? AND year_id = ? AND "
                              "deleted_at IS NULL",
                          {id, year_id});
    if (!row) return std::nullopt;
    return RecordFromRow(*row);
}

RecordStore Store(Connection& c, int64_t year_id);

// Every write to a schooljaar's records raises its count of changes, in the same transaction:
// the kept counts of its PDCA overview are then counted again (quality_cycle.cpp).
void Touch(Connection& c, int64_t year_id) {
    c.Execute("UPDATE quality_years SET changes = changes + 1 WHERE id = ?", {year_id});
}

// A goal is part of the vastgestelde beleid and an activity of its vastgestelde werkplan: when
// one changes what was agreed (core::ChangesAgreement), that document is a concept again, in
// the same transaction, with a revision that says why.
void ReopenDocument(Connection& c, int64_t year_id, const core::Record& child, const Author& by,
                    int64_t now, std::string_view why) {
    std::optional<StoredRecord> doc;
    if (child.kind == core::Kind::kDoel) {
        if (auto row = c.QueryOne(std::string("SELECT ") + kRecordColumns +
                                      " FROM quality_records WHERE year_id = ? AND kind = "
                                      "'beleid' AND deleted_at IS NULL",
                                  {year_id}))
            doc = RecordFromRow(*row);
    } else if (child.kind == core::Kind::kActiviteit && child.parent_id) {
        doc = Load(c, year_id, *child.parent_id);
    }
    if (!doc || doc->record.status != core::kVastgesteld) return;
    const std::array<ColumnValue, 2> columns = {{{"status_at", int64_t{0}}, {"status_by", ""}}};
    Touch(c, year_id);
    Store(c, year_id)
        .Update(doc->record.id, doc->version, doc->record.fields, core::kDraft, columns, by, now,
                why);
}

// The records of a schooljaar in the record kernel; an activity is deleted with its werkplan.
RecordStore Store(Connection& c, int64_t year_id) {
    return {c, {"quality_records", "quality_revisions", "parent_id"}, {"year_id", year_id}};
}

// Inserts one record with its first revision.
int64_t InsertRecord(Connection& c, int64_t year_id, const core::Record& r, const Author& by,
                     int64_t now, std::optional<int64_t> source_id, const std::string& note) {
    const std::array<ColumnValue, 8> columns = {{
        {"kind", std::string(core::KindCode(r.kind))},
        {"team_id", Opt(r.team_id)},
        {"parent_id", Opt(r.parent_id)},
        {"position", int64_t{r.position}},
        {"due", r.due},
        {"status_at", r.status_at},
        {"status_by", r.status_by},
        {"source_id", Opt(source_id)},
    }};
    Touch(c, year_id);
    return Store(c, year_id).Insert(r.fields, r.status, columns, by, now, note);
}

// After an evaluation of `year_id` was saved: when the next schooljaar exists, its beleid (for
// the school's evaluation) or the team's werkplan shows the bijstellingen in "vorig_jaar".
// Follows only while that field still holds what the roll-over (or this) put there, `before`'s
// bijstellingen; a text someone wrote there in the new year stays.
void CarryAdjustments(Connection& c, int64_t year_id, const core::Fields& before,
                      const core::Record& evaluation, const Author& by, int64_t now) {
    const auto next = c.QueryOne(
        "SELECT n.id, y.start_year FROM quality_years y JOIN quality_years n ON n.school_id = "
        "y.school_id AND n.start_year = y.start_year + 1 WHERE y.id = ?",
        {year_id});
    if (!next) return;
    const core::Kind kind = evaluation.team_id ? core::Kind::kWerkplan : core::Kind::kBeleid;
    const auto row = c.QueryOne(
        std::string("SELECT ") + kRecordColumns +
            " FROM quality_records WHERE year_id = ? AND kind = ? AND "
            "COALESCE(team_id, 0) = ? AND deleted_at IS NULL",
        {next->Int("id"), std::string(core::KindCode(kind)), evaluation.team_id.value_or(0)});
    if (!row) return;
    const StoredRecord doc = RecordFromRow(*row);
    const std::string_view was = core::FieldOf(before, "bijstellingen");
    const std::string_view now_says = core::FieldOf(evaluation.fields, "bijstellingen");
    const std::string_view shown = core::FieldOf(doc.record.fields, "vorig_jaar");
    if (shown != was || shown == now_says) return;
    core::Fields fields = doc.record.fields;
    if (now_says.empty())
        fields.erase(std::string("vorig_jaar"));
    else
        fields["vorig_jaar"] = std::string(now_says);
    const std::array<ColumnValue, 3> columns = {{{"due", doc.record.due},
                                                 {"status_at", doc.record.status_at},
                                                 {"status_by", doc.record.status_by}}};
    Touch(c, next->Int("id"));
    Store(c, next->Int("id"))
        .Update(doc.record.id, doc.version, fields, doc.record.status, columns, by, now,
                "bijstellingen bijgewerkt uit de evaluatie van " +
                    core::SchoolYearLabel(static_cast<int>(next->Int("start_year"))));
}

}  // namespace

std::vector<YearRecord> QualityRepo::Years(int64_t school_id) {
    return db_.Use([&](Connection& c) {
        std::vector<YearRecord> out;
        for (const auto& r : c.Query(std::string("SELECT ") + kYearColumns +
                                         " FROM quality_years y WHERE y.school_id = ? ORDER BY "
                                         "y.start_year DESC",
                                     {school_id}))
            out.push_back(YearFromRow(r));
        return out;
    });
}

std::optional<YearRecord> QualityRepo::Year(int64_t school_id, int start_year) {
    return db_.Use([&](Connection& c) -> std::optional<YearRecord> {
        auto r = c.QueryOne(std::string("SELECT ") + kYearColumns +
                                " FROM quality_years y WHERE y.school_id = ? AND y.start_year = ?",
                            {school_id, int64_t{start_year}});
        if (!r) return std::nullopt;
        return YearFromRow(*r);
    });
}

YearRecord QualityRepo::StartFirstYear(int64_t school_id, int start_year, const Author& by,
                                       int64_t now) {
    try {
        db_.Transaction([&](Connection& c) {
            if (c.QueryOne("SELECT 1 FROM quality_years WHERE school_id = ?", {school_id})) return;
            const int64_t year = c.InsertReturningId(
                "INSERT INTO quality_years (school_id, start_year, created_at) VALUES (?, ?, ?) "
                "RETURNING id",
                {school_id, int64_t{start_year}, now});
            for (const auto& task : core::StarterMatrix(std::nullopt))
                InsertRecord(c, year, task, by, now, std::nullopt, "startset LOB-taken");
        });
    } catch (const ConstraintError&) {
        // Another request started it at the same moment; read theirs.
    }
    auto years = Years(school_id);
    if (years.empty()) throw DbError("schooljaar kon niet worden aangemaakt");
    return years.front();
}

std::vector<StoredRecord> QualityRepo::Records(int64_t year_id, core::Kind kind) {
    return db_.Use([&](Connection& c) {
        return RecordsFrom(c.Query(std::string("SELECT ") + kRecordColumns +
                                       " FROM quality_records WHERE year_id = ? AND kind = ? "
                                       "AND deleted_at IS NULL ORDER BY position, id",
                                   {year_id, std::string(core::KindCode(kind))}));
    });
}

std::vector<StoredRecord> QualityRepo::Records(int64_t year_id, core::Kind kind,
                                               std::optional<int64_t> team_id) {
    return db_.Use([&](Connection& c) {
        return RecordsFrom(
            c.Query(std::string("SELECT ") + kRecordColumns +
                        " FROM quality_records WHERE year_id = ? AND kind = ? "
                        "AND COALESCE(team_id, 0) = ? AND deleted_at IS NULL "
                        "ORDER BY position, id",
                    {year_id, std::string(core::KindCode(kind)), team_id.value_or(0)}));
    });
}

std::vector<StoredRecord> QualityRepo::AllRecords(int64_t year_id) {
    return db_.Use([&](Connection& c) {
        return RecordsFrom(c.Query(std::string("SELECT ") + kRecordColumns +
                                       " FROM quality_records WHERE year_id = ? AND deleted_at "
                                       "IS NULL ORDER BY position, id",
                                   {year_id}));
    });
}

std::optional<StoredRecord> QualityRepo::Find(int64_t year_id, int64_t record_id) {
    return db_.Use([&](Connection& c) { return Load(c, year_id, record_id); });
}

std::optional<StoredRecord> QualityRepo::Single(int64_t year_id, core::Kind kind,
                                                std::optional<int64_t> team_id) {
    auto found = Records(year_id, kind, team_id);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

SaveResult QualityRepo::Create(int64_t year_id, const core::Record& record, const Author& by,
                               int64_t now, int64_t* new_id) {
    SaveResult result = SaveResult::kSaved;
    try {
        db_.Transaction([&](Connection& c) {
            if (!Writable(c, year_id, record.kind)) {
                result = SaveResult::kClosed;
                return;
            }
            core::Record r = record;
            auto last = c.QueryOne(
                "SELECT COALESCE(MAX(position), 0) AS position FROM quality_records WHERE "
                "year_id = ? AND "
                "kind = ? AND COALESCE(team_id, 0) = ?",
                {year_id, std::string(core::KindCode(r.kind)), r.team_id.value_or(0)});
            r.position = static_cast<int>(last ? last->Int("position") : 0) + 1;
            const int64_t id = InsertRecord(c, year_id, r, by, now, std::nullopt, "aangemaakt");
            if (new_id) *new_id = id;
            if (r.kind == core::Kind::kEvaluatie) CarryAdjustments(c, year_id, {}, r, by, now);
            if (core::ChangesAgreement(r.kind, nullptr, nullptr))
                ReopenDocument(c, year_id, r, by, now,
                               r.kind == core::Kind::kDoel ? "weer concept: doel toegevoegd"
                                                           : "weer concept: activiteit toegevoegd");
        });
    } catch (const ConstraintError&) {
        return SaveResult::kStale;  // the single record of this level exists already
    }
    return result;
}

SaveResult QualityRepo::Update(int64_t year_id, const core::Record& r, int version,
                               const Author& by, int64_t now, const std::string& note) {
    SaveResult result = SaveResult::kSaved;
    db_.Transaction([&](Connection& c) {
        const auto before = Load(c, year_id, r.id);
        if (!Writable(c, year_id, before ? before->record.kind : r.kind)) {
            result = SaveResult::kClosed;
            return;
        }
        const std::array<ColumnValue, 3> columns = {
            {{"due", r.due}, {"status_at", r.status_at}, {"status_by", r.status_by}}};
        if (!Store(c, year_id).Update(r.id, version, r.fields, r.status, columns, by, now, note)) {
            result = SaveResult::kStale;
            return;
        }
        Touch(c, year_id);
        if (before && before->record.kind == core::Kind::kEvaluatie)
            CarryAdjustments(c, year_id, before->record.fields, r, by, now);
        if (before && core::ChangesAgreement(r.kind, &before->record.fields, &r.fields))
            ReopenDocument(c, year_id, before->record, by, now,
                           r.kind == core::Kind::kDoel ? "weer concept: doel gewijzigd"
                                                       : "weer concept: activiteit gewijzigd");
    });
    return result;
}

SaveResult QualityRepo::Delete(int64_t year_id, int64_t record_id, int version, const Author& by,
                               int64_t now) {
    SaveResult result = SaveResult::kSaved;
    db_.Transaction([&](Connection& c) {
        const auto before = Load(c, year_id, record_id);
        // Evaluations are finished, never removed, once the schooljaar is closed.
        if (!YearOpen(c, year_id)) {
            result = SaveResult::kClosed;
            return;
        }
        if (!Store(c, year_id).Delete(record_id, version, by, now)) {
            result = SaveResult::kStale;
            return;
        }
        Touch(c, year_id);
        if (before && core::ChangesAgreement(before->record.kind, nullptr, nullptr))
            ReopenDocument(c, year_id, before->record, by, now,
                           before->record.kind == core::Kind::kDoel
                               ? "weer concept: doel verwijderd"
                               : "weer concept: activiteit verwijderd");
    });
    return result;
}

std::vector<RevisionRecord> QualityRepo::Revisions(int64_t year_id,
                                                   std::optional<int64_t> record_id, int limit) {
    return db_.Use([&](Connection& c) {
        std::vector<RevisionRecord> out;
        constexpr std::array<std::string_view, 2> kAlso = {"kind", "team_id"};
        Store(c, year_id).Revisions(record_id, limit, kAlso, [&](Revision v, const Row& r) {
            out.push_back({std::move(v),
                           core::KindFromCode(r.Text("kind")).value_or(core::Kind::kVisie),
                           r.OptInt("team_id")});
        });
        return out;
    });
}

std::optional<YearRecord> QualityRepo::StartNextYear(const YearRecord& from, const Author& by,
                                                     int64_t now) {
    std::optional<YearRecord> out;
    const std::string note = "overgenomen uit " + core::SchoolYearLabel(from.start_year);
    try {
        db_.Transaction([&](Connection& c) {
            if (!YearOpen(c, from.id)) return;
            std::vector<core::Record> records;
            for (auto& s : RecordsFrom(c.Query(std::string("SELECT ") + kRecordColumns +
                                                   " FROM quality_records WHERE year_id = ? "
                                                   "AND deleted_at IS NULL ORDER BY position, id",
                                               {from.id})))
                records.push_back(std::move(s.record));
            const int next = from.start_year + 1;
            const int64_t year = c.InsertReturningId(
                "INSERT INTO quality_years (school_id, start_year, created_at) VALUES (?, ?, ?) "
                "RETURNING id",
                {from.school_id, int64_t{next}, now});
            std::map<int64_t, int64_t> new_ids;
            for (auto& copy : core::RollOver(records)) {
                core::Rebase(copy.record, new_ids);
                new_ids[copy.source_id] =
                    InsertRecord(c, year, copy.record, by, now, copy.source_id, note);
            }
            if (c.Execute("UPDATE quality_years SET closed_at = ? WHERE id = ? AND closed_at IS "
                          "NULL",
                          {now, from.id}) != 1)
                throw ConstraintError("schooljaar is al afgesloten");
            out = YearRecord{year, from.school_id, next, std::nullopt};
        });
    } catch (const ConstraintError&) {
        return std::nullopt;  // the next year exists already, or another request closed this one
    }
    return out;
}

}  // namespace koers::storage
