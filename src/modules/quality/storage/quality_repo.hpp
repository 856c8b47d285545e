#pragma once
// Storage of the quality cycle: schooljaren per school, their records (core/quality/record.hpp)
// and every saved version of each record, kept by the platform's record kernel (RecordStore,
// scoped to the schooljaar). Saving is optimistic: a save names the version it started from and
// only writes when that is still the stored version, and only while the schooljaar is open.
// Implemented in quality_repo.cpp (years, records, history, starting a new schooljaar) and
// quality_cycle.cpp (the PDCA facts).
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "modules/quality/core/cycle.hpp"
#include "modules/quality/core/record.hpp"
#include "platform/storage/db/database.hpp"
#include "platform/storage/record_store.hpp"

namespace koers::storage {

struct YearRecord {
    int64_t id = 0;
    int64_t school_id = 0;
    int start_year = 0;
    std::optional<int64_t> closed_at;  // read-only once the next schooljaar was started
    // Closed, while the next schooljaar still runs: its evaluations can still be finished.
    bool evaluation_open = false;

    bool open() const { return !closed_at.has_value(); }
    // Whether records of `kind` may be written: all in an open schooljaar; in the schooljaar
    // just closed only the evaluations (school and teams), so Check and Act can be finished
    // after the next year started. What their bijstellingen say follows into the next year's
    // beleid and werkplannen (QualityRepo::Update).
    bool Writable(core::Kind kind) const {
        return open() || (evaluation_open && kind == core::Kind::kEvaluatie);
    }
};

struct StoredRecord {
    core::Record record;
    int64_t year_id = 0;
    int version = 0;
    int64_t updated_at = 0;
    std::string updated_by;
    std::optional<int64_t> source_id;  // last year's record this one continues
};

// A saved version (the record kernel's Revision) with the kind and team of its record.
struct RevisionRecord : Revision {
    core::Kind kind = core::Kind::kVisie;
    std::optional<int64_t> team_id;
};

enum class SaveResult { kSaved, kStale, kClosed };

class QualityRepo {
public:
    explicit QualityRepo(Database& db) : db_(db) {}

    // Schooljaren of a school, newest first.
    std::vector<YearRecord> Years(int64_t school_id);
    std::optional<YearRecord> Year(int64_t school_id, int start_year);
    // Starts a school's first schooljaar with the starter LOB-taken matrix. Returns the year
    // that exists afterwards (another process may have started it first).
    YearRecord StartFirstYear(int64_t school_id, int start_year, const Author& by, int64_t now);

    // Live records of a year, of one kind (and team, when given), in position order.
    std::vector<StoredRecord> Records(int64_t year_id, core::Kind kind);
    std::vector<StoredRecord> Records(int64_t year_id, core::Kind kind,
                                      std::optional<int64_t> team_id);
    std::vector<StoredRecord> AllRecords(int64_t year_id);
    std::optional<StoredRecord> Find(int64_t year_id, int64_t record_id);
    // The one visie, beleid, werkplan or evaluation of a level.
    std::optional<StoredRecord> Single(int64_t year_id, core::Kind kind,
                                       std::optional<int64_t> team_id);

    // Adds a record at the end of its list. kClosed when the year is closed; kStale when a
    // single record of that level was created by someone else in the meantime.
    SaveResult Create(int64_t year_id, const core::Record& record, const Author& by, int64_t now,
                      int64_t* new_id = nullptr);
    // Writes `record` (fields, status, month) over version `version`, with a revision.
    SaveResult Update(int64_t year_id, const core::Record& record, int version, const Author& by,
                      int64_t now, const std::string& note = {});
    SaveResult Delete(int64_t year_id, int64_t record_id, int version, const Author& by,
                      int64_t now);

    // Saved versions, newest first: of one record, or of every record of the year.
    std::vector<RevisionRecord> Revisions(int64_t year_id, std::optional<int64_t> record_id,
                                          int limit);

    // The counted facts of the PDCA overview of a year (quality_cycle.cpp). What is counted from
    // the year's records is kept until a write to them (in any process) raises the year's count
    // of changes, or the month moves on; the teams are read each time.
    core::YearFacts Facts(const YearRecord& year, int64_t now);
    // "Nieuw schooljaar starten": copies the year into the next (core::RollOver) and closes it,
    // in one transaction. Returns the new year; nullopt when `from` is closed already or the
    // next year exists.
    std::optional<YearRecord> StartNextYear(const YearRecord& from, const Author& by, int64_t now);

private:
    struct Counted;  // quality_cycle.cpp
    std::shared_ptr<const Counted> CountedFor(Connection& c, const YearRecord& year,
                                              int64_t changes, const std::string& month);

    Database& db_;
    std::mutex counted_mu_;
    std::map<int64_t, std::shared_ptr<const Counted>> counted_;  // by schooljaar
};

}  // namespace koers::storage
