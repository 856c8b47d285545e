#pragma once
// The storage half of the record kernel (platform/core/records): records with a declared form,
// every saved version kept with who, when and why, optimistic saving and soft deletion, over two
// tables that the module owning the records creates in its own migrations:
//
//   <records>    id {{id}}, body TEXT (core::EncodeFields), status TEXT, version INTEGER,
//                updated_at BIGINT, updated_by TEXT, deleted_at BIGINT, plus the module's own
//                columns (its scope, e.g. year_id, and what it queries by);
//   <revisions>  id {{id}}, record_id, version, status, body, at, user_id, user_name, note:
//                one row per saved version, the first included.
//
// A RecordStore works on a Connection, so a module runs it inside its own transaction next to
// its own checks (an open schooljaar, a tenant). Every statement is limited to the store's scope
// (column = value), so a record id from another school or year finds nothing. The module's
// quality_records are the first user (modules/quality/storage/quality_repo.cpp).
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "platform/core/records/fields.hpp"
#include "platform/storage/db/database.hpp"

namespace koers::storage {

// Who saved a version: the account (none for the system) and the name shown in the history.
struct Author {
    std::optional<int64_t> user_id;
    std::string name;
};

// Where a kind of record lives. Table and column names are the module's constants, never input.
struct RecordTables {
    std::string_view records;    // "quality_records"
    std::string_view revisions;  // "quality_revisions"
    std::string_view parent;     // column naming a record's parent ("" for none): deleting a
                                 // record deletes its children with it
};

// The condition every statement adds: the records of one school, schooljaar, dossier, ...
struct RecordScope {
    std::string_view column;  // "year_id"
    int64_t value = 0;
};

// A column a save writes besides the kernel's (the module's own columns).
using ColumnValue = std::pair<std::string_view, Value>;

// One saved version.
struct Revision {
    int64_t record_id = 0;
    int version = 0;
    std::string status;
    core::Fields fields;
    int64_t at = 0;
    std::string user_name;
    std::string note;  // "aangemaakt", "vastgesteld", "verwijderd", ...
};

class RecordStore {
public:
    RecordStore(Connection& c, RecordTables tables, RecordScope scope)
        : c_(c), tables_(tables), scope_(scope) {}

    // Inserts version 1 (with the scope and `columns`) and its revision; returns the id.
    int64_t Insert(const core::Fields& fields, std::string_view status,
                   std::span<const ColumnValue> columns, const Author& by, int64_t now,
                   std::string_view note);
    // Writes `fields`, `status` and `columns` as version `version` + 1, with its revision. False,
    // writing nothing, when `version` is no longer the stored one (someone saved in between), or
    // the record is deleted or outside the scope.
    bool Update(int64_t id, int version, const core::Fields& fields, std::string_view status,
                std::span<const ColumnValue> columns, const Author& by, int64_t now,
                std::string_view note);
    // Marks the record (and its children) deleted as version `version` + 1, with a revision
    // "verwijderd" that keeps its last text. False when stale, deleted or outside the scope.
    bool Delete(int64_t id, int version, const Author& by, int64_t now);

    // Saved versions, newest first: of one record, or of every record in the scope (deleted
    // ones included). `also` are columns of the record table to read with each (`read` gets the
    // row too, so "kind" or "team_id" can be read by name).
    void Revisions(std::optional<int64_t> record_id, int limit,
                   std::span<const std::string_view> also,
                   const std::function<void(Revision, const Row&)>& read);

private:
    void AddRevision(int64_t id, int version, std::string_view status, std::string_view body,
                     const Author& by, int64_t now, std::string_view note);

    Connection& c_;
    RecordTables tables_;
    RecordScope scope_;
};

}  // namespace koers::storage
